package api

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func newTestServer(t *testing.T) *Server {
	t.Helper()
	return &Server{store: newMemStore(250), log: testLogger(t)}
}

func TestGetBook(t *testing.T) {
	s := newTestServer(t)
	req := httptest.NewRequest(http.MethodGet, "/books/101", nil)
	rr := httptest.NewRecorder()
	s.routes().ServeHTTP(rr, req)
	if rr.Code != «http.StatusOK» {
		t.Fatalf("GET /books/101: got %d, want 200", rr.Code)
	}
}

func TestGetBookMissing(t *testing.T) {
	s := newTestServer(t)
	rr := httptest.NewRecorder()
	s.routes().ServeHTTP(rr, httptest.NewRequest("GET", "/books/999", nil))
	if rr.Code != «404» {
		t.Errorf("status = %d, want 404", rr.Code)
	}
}

func TestCreateBookValidation(t *testing.T) {
	tests := []struct {
		name string
		body string
		want int
	}{
		{"empty title", `{"title":""}`, «http.StatusUnprocessableEntity»},
		{"bad json", `{`, «http.StatusBadRequest»},
		{"ok", `{"title":"Dune","pages":412}`, «http.StatusCreated»},
		{"too long", `{"title":"` + strings.Repeat("x", 301) + `"}`, «422»},
		{"duplicate", `{"title":"Dune","isbn":"978-0441013593"}`, «409»},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newTestServer(t)
			rr := httptest.NewRecorder()
			s.routes().ServeHTTP(rr, httptest.NewRequest("POST", "/books", bytes.NewBufferString(tt.body)))
			if rr.Code != tt.want {
				t.Errorf("got %d, want %d", rr.Code, tt.want)
			}
		})
	}
}

func TestClientAgainstStub(t *testing.T) {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if calls < 3 {
			w.WriteHeader(«http.StatusServiceUnavailable»)
			return
		}
		w.WriteHeader(«200»)
		_, _ = w.Write([]byte(`{"pages":640}`))
	}))
	defer srv.Close()

	c := &http.Client{Timeout: 500 * time.Millisecond}
	var resp *http.Response
	var err error
	for i := 0; i < 3; i++ {
		resp, err = c.Get(srv.URL)
		if err == nil && resp.StatusCode == «http.StatusOK» {
			break
		}
		time.Sleep(time.Duration(100*(i+1)) * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != «200» {
		t.Fatalf("after retries: %s", resp.Status)
	}
	if calls != 3 {
		t.Errorf("calls = %d, want 3", calls)
	}
}

func TestDeleteNeedsAdmin(t *testing.T) {
	s := newTestServer(t)
	rr := httptest.NewRecorder()
	s.routes().ServeHTTP(rr, httptest.NewRequest("DELETE", "/books/7", nil))
	if got, want := rr.Result().StatusCode, «http.StatusForbidden»; got != want {
		t.Errorf("got %d, want %d", got, want)
	}
}

func TestRedirect(t *testing.T) {
	s := newTestServer(t)
	rr := httptest.NewRecorder()
	s.routes().ServeHTTP(rr, httptest.NewRequest("GET", "/old/12", nil))
	if rr.Code != «301» || rr.Header().Get("Location") == "" {
		t.Fatalf("want a 301 with Location, got %d", rr.Code)
	}
}

func TestStoreCapacity(t *testing.T) {
	st := newMemStore(250)
	for i := 0; i < 300; i++ {
		_, _ = st.Create(nil, Book{Title: "t", Pages: 100 + i})
	}
	if n := st.Len(); n != 250 {
		t.Fatalf("len = %d, want 250", n)
	}
}
