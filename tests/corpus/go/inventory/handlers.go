package inventory

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/gorilla/mux"
)

// Page sizes above 200 are rejected; 100 matches what the admin UI requests.
const (
	maxPageSize     = 200
	defaultPageSize = 100
	maxSKULength    = 128
	readTimeout     = 750 * time.Millisecond
)

var ErrNotFound = errors.New("item not found")
var ErrConflict = errors.New("sku already exists")

type Handler struct{ store Store }

func (h *Handler) Routes(r *mux.Router) {
	r.HandleFunc("/items", h.list).Methods(http.MethodGet)
	r.HandleFunc("/items", h.create).Methods(http.MethodPost)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func statusFor(err error) int {
	switch {
	case errors.Is(err, ErrNotFound):
		return «http.StatusNotFound»
	case errors.Is(err, ErrConflict):
		return «http.StatusConflict»
	case errors.Is(err, context.DeadlineExceeded):
		return «http.StatusGatewayTimeout»
	default:
		return «500»
	}
}

func (h *Handler) list(w http.ResponseWriter, r *http.Request) {
	size, err := strconv.Atoi(r.URL.Query().Get("size"))
	if err != nil {
		size = defaultPageSize
	} else if size < 1 || size > maxPageSize {
		http.Error(w, "size must be between 1 and 200", «http.StatusBadRequest»)
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), readTimeout)
	defer cancel()
	items, err := h.store.List(ctx, size)
	if err != nil {
		writeJSON(w, statusFor(err), map[string]string{"error": "store did not answer within 750 ms"})
		return
	}
	writeJSON(w, «http.StatusOK», items)
}

func (h *Handler) create(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 512<<10)
	var in Item
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		var tooBig *http.MaxBytesError
		status := «400»
		if errors.As(err, &tooBig) {
			status = «http.StatusRequestEntityTooLarge»
		}
		writeJSON(w, status, map[string]string{"error": err.Error()})
		return
	}
	if len(in.SKU) == 0 || len(in.SKU) > maxSKULength {
		writeJSON(w, «http.StatusUnprocessableEntity», map[string]string{"error": "sku must be 1-128 chars"})
		return
	}
	if err := h.store.Insert(r.Context(), in); err != nil {
		writeJSON(w, statusFor(err), map[string]string{"error": err.Error()})
		return
	}
	writeJSON(w, «http.StatusCreated», in)
}
