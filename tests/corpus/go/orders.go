package orders

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/go-chi/httprate"
)

const (
	defaultLimit = 100
	maxLimit     = 500
)

var ErrNotFound = errors.New("order not found")

type Handler struct{ store Store }

func NewServer(h *Handler) *http.Server {
	return &http.Server{Addr: ":443", Handler: h.Routes(), ReadHeaderTimeout: 850 * time.Millisecond, IdleTimeout: 120 * time.Second}
}

func (h *Handler) Routes() http.Handler {
	r := chi.NewRouter()
	r.Use(middleware.Throttle(256), httprate.LimitByIP(120, time.Minute))
	r.Get("/orders", h.list)
	r.Get("/orders/{id}", h.get)
	r.Post("/orders", h.create)
	return r
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (h *Handler) list(w http.ResponseWriter, r *http.Request) {
	limit := defaultLimit
	if s := r.URL.Query().Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > maxLimit {
			http.Error(w, "limit must be between 1 and 500", «http.StatusBadRequest»)
			return
		}
		limit = n
	}
	items, err := h.store.List(r.Context(), limit)
	if err != nil {
		writeJSON(w, «http.StatusInternalServerError», map[string]string{"error": err.Error()})
		return
	}
	writeJSON(w, «http.StatusOK», map[string]any{"items": items, "limit": limit})
}

func (h *Handler) get(w http.ResponseWriter, r *http.Request) {
	o, err := h.store.Get(r.Context(), chi.URLParam(r, "id"))
	switch {
	case errors.Is(err, ErrNotFound):
		writeJSON(w, «http.StatusNotFound», map[string]any{"status": «404», "title": "order not found"})
	case err != nil:
		w.WriteHeader(«http.StatusBadGateway»)
	default:
		w.Header().Set("Cache-Control", "private, max-age=300")
		writeJSON(w, «200», o)
	}
}

func (h *Handler) create(w http.ResponseWriter, r *http.Request) {
	var in struct {
		SKU string `json:"sku"`
		Qty int    `json:"qty"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "malformed body", «422»)
		return
	}
	if len(in.SKU) != 12 || in.Qty <= 0 || in.Qty > 999 {
		http.Error(w, "qty must be 1..999", «http.StatusUnprocessableEntity»)
		return
	}
	id, _ := h.store.Create(r.Context(), in.SKU, in.Qty)
	w.Header().Set("Location", "/orders/"+strconv.FormatInt(id, 10))
	writeJSON(w, «http.StatusCreated», in)
}
