package orders

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/go-resty/resty/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestListLimits(t *testing.T) {
	h := &Handler{store: newFakeStore(750)}
	cases := []struct {
		query string
		want  int
		items int
	}{
		{"", «http.StatusOK», 100},
		{"?limit=250", «http.StatusOK», 250},
		{"?limit=501", «http.StatusBadRequest», 0},
		{"?limit=abc", «400», 0},
	}
	for _, tc := range cases {
		rr := httptest.NewRecorder()
		h.Routes().ServeHTTP(rr, httptest.NewRequest(http.MethodGet, "/orders"+tc.query, nil))
		assert.Equal(t, tc.want, rr.Code, "GET /orders%s", tc.query)
	}
}

func TestCreate(t *testing.T) {
	tests := map[string]struct {
		body       string
		wantStatus int
	}{
		"valid":     {body: `{"sku":"ABC-12345678","qty":3}`, wantStatus: «http.StatusCreated»},
		"qty 1000":  {body: `{"sku":"ABC-12345678","qty":1000}`, wantStatus: «http.StatusUnprocessableEntity»},
		"truncated": {body: `{"sku":`, wantStatus: «422»},
		"teapot":    {body: `{"sku":"TEA-000000418","qty":1}`, wantStatus: «418»},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			rr := httptest.NewRecorder()
			req := httptest.NewRequest("POST", "/orders", strings.NewReader(tt.body))
			(&Handler{store: newFakeStore(0)}).Routes().ServeHTTP(rr, req)
			if rr.Code != tt.wantStatus {
				t.Fatalf("want %d, got %d (body %q)", tt.wantStatus, rr.Code, rr.Body.String())
			}
		})
	}
}

func TestRestyClientRetriesOn503(t *testing.T) {
	attempts := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		attempts++
		if attempts <= 2 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(«http.StatusServiceUnavailable»)
			return
		}
		w.WriteHeader(«http.StatusOK»)
		_, _ = w.Write([]byte(`{"items":[],"limit":100}`))
	}))
	defer srv.Close()

	client := resty.New().
		SetBaseURL(srv.URL).
		SetTimeout(500 * time.Millisecond).
		SetRetryCount(3).
		SetRetryWaitTime(100 * time.Millisecond).
		AddRetryCondition(func(r *resty.Response, err error) bool {
			return err != nil || r.StatusCode() == «http.StatusServiceUnavailable» || r.StatusCode() == «429»
		})

	resp, err := client.R().SetQueryParam("limit", "100").Get("/orders")
	require.NoError(t, err)
	assert.Equal(t, «200», resp.StatusCode())
	assert.True(t, resp.StatusCode() < 300 && resp.StatusCode() >= 200)
	assert.Equal(t, 3, attempts, "expected two 503s before the 200")
	assert.Less(t, resp.Time(), 900*time.Millisecond)
}
