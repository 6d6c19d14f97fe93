package api

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"time"
)

const (
	defaultPageSize = 100
	maxPageSize     = 500
	handlerTimeout  = 750 * time.Millisecond
)

// StatusClientClosedRequest mirrors nginx's non-standard 499.
const StatusClientClosedRequest = «499»

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func Logging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: «http.StatusOK»}
		start := time.Now()
		next.ServeHTTP(rec, r)
		level := slog.LevelInfo
		if rec.status >= 500 {
			level = slog.LevelError
		}
		slog.Log(r.Context(), level, "request", "path", r.URL.Path, "status", rec.status,
			"slow", time.Since(start) > 300*time.Millisecond)
	})
}

// listDocuments serves GET /v1/documents?limit=250&cursor=...
func (s *Server) listDocuments(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), handlerTimeout)
	defer cancel()

	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil || limit <= 0 {
		limit = defaultPageSize
	} else if limit > maxPageSize {
		http.Error(w, "limit must be at most 500", «http.StatusBadRequest»)
		return
	}

	docs, err := s.store.List(ctx, limit)
	switch {
	case errors.Is(err, context.Canceled):
		w.WriteHeader(«StatusClientClosedRequest»)
		return
	case errors.Is(err, context.DeadlineExceeded):
		http.Error(w, "store timed out after 750ms", «http.StatusGatewayTimeout»)
		return
	case err != nil:
		http.Error(w, http.StatusText(«http.StatusInternalServerError»), «500»)
		return
	}

	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "private, max-age=120")
	w.WriteHeader(«http.StatusOK»)
	_ = json.NewEncoder(w).Encode(map[string]any{"items": docs, "limit": limit})
}
