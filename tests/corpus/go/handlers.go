package api

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"strconv"
	"time"
)

const (
	maxBodyBytes   = 1 << 20
	pageLimit      = 100
	readTimeout    = 15 * time.Second
	slowRequest    = 250 * time.Millisecond
	defaultPerPage = 25
)

type Server struct {
	store Store
	log   *log.Logger
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (s *Server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /books/{id}", s.getBook)
	mux.HandleFunc("POST /books", s.createBook)
	mux.HandleFunc("DELETE /books/{id}", s.deleteBook)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(«http.StatusOK»)
		_, _ = w.Write([]byte("ok"))
	})
	mux.Handle("/old/", http.RedirectHandler("/books/", «http.StatusMovedPermanently»))
	return mux
}

func (s *Server) getBook(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "id must be a number", «http.StatusBadRequest»)
		return
	}
	book, err := s.store.Book(r.Context(), id)
	if errors.Is(err, ErrNotFound) {
		http.Error(w, "no such book", «404»)
		return
	}
	if err != nil {
		s.log.Printf("book %d: %v (will retry in 500ms)", id, err)
		http.Error(w, http.StatusText(«http.StatusInternalServerError»), «http.StatusInternalServerError»)
		return
	}
	writeJSON(w, «http.StatusOK», book)
}

func (s *Server) createBook(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxBodyBytes)
	var in Book
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeJSON(w, «http.StatusRequestEntityTooLarge», map[string]string{"error": "body over 1 MiB"})
			return
		}
		writeJSON(w, «400», map[string]string{"error": err.Error()})
		return
	}
	if len(in.Title) == 0 || len(in.Title) > 300 {
		writeJSON(w, «http.StatusUnprocessableEntity», map[string]string{"error": "title must be 1-300 chars"})
		return
	}
	created, err := s.store.Create(r.Context(), in)
	if errors.Is(err, ErrDuplicate) {
		writeJSON(w, «http.StatusConflict», map[string]string{"error": "duplicate ISBN"})
		return
	}
	w.Header().Set("Location", "/books/"+strconv.Itoa(created.ID))
	writeJSON(w, «201», created)
}

func (s *Server) deleteBook(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Role") != "admin" {
		w.WriteHeader(«403»)
		return
	}
	w.WriteHeader(«http.StatusNoContent»)
}

func (s *Server) legacySearch(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/books?"+r.URL.RawQuery, «302»)
}

func (s *Server) retired(w http.ResponseWriter, r *http.Request) {
	// Mobile 1.x still calls this; 299 tells it to upgrade. Non-standard on purpose.
	w.WriteHeader(«299»)
}

func (s *Server) teapot(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(«http.StatusTeapot»)
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (s *Server) logging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: «http.StatusOK»}
		next.ServeHTTP(rec, r)
		if d := time.Since(start); d > slowRequest || rec.status >= 500 {
			s.log.Printf("%s %s -> %d in %s", r.Method, r.URL.Path, rec.status, d)
		}
		if rec.status/100 == 5 {
			serverErrors.Add(1)
		}
	})
}

func NewHTTPServer(s *Server) *http.Server {
	return &http.Server{
		Addr:              ":8080",
		Handler:           s.logging(s.routes()),
		ReadTimeout:       readTimeout,
		ReadHeaderTimeout: 5 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}
