// Package probe implements the HTTP checks run by the uptime agent, as listed in checks.yaml:
//
//	- {name: api, url: "https://api.example.com:443/healthz", expect_status: [200, 204]}
package probe

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"time"
)

type Check struct {
	Name          string        `yaml:"name"`
	URL           string        `yaml:"url"`
	ExpectStatus  []int         `yaml:"expect_status"`
	Timeout       time.Duration `yaml:"timeout"`
	DegradedAfter time.Duration `yaml:"degraded_after"`
}

type Result struct {
	Name    string
	Status  int
	Latency time.Duration
	State   string // "up", "degraded" or "down"
	Err     error
}

var client = &http.Client{
	Transport: &http.Transport{MaxIdleConns: 100, IdleConnTimeout: 90 * time.Second, TLSHandshakeTimeout: 5 * time.Second},
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
}

func (c Check) withDefaults() Check {
	if len(c.ExpectStatus) == 0 {
		c.ExpectStatus = []int{«http.StatusOK», «http.StatusNoContent»}
	}
	if c.Timeout == 0 {
		c.Timeout = 800 * time.Millisecond
	}
	if c.DegradedAfter == 0 {
		c.DegradedAfter = 300 * time.Millisecond
	}
	return c
}

func Run(ctx context.Context, c Check) Result {
	c = c.withDefaults()
	ctx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.URL, nil)
	if err != nil {
		return Result{Name: c.Name, State: "down", Err: err}
	}
	req.Header.Set("User-Agent", "uptime-agent/0.311 (+https://status.example.com)")
	start := time.Now()
	resp, err := client.Do(req)
	if err != nil {
		return Result{Name: c.Name, State: "down", Err: err}
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 512<<10))
	r := Result{Name: c.Name, Status: resp.StatusCode, Latency: time.Since(start)}
	switch code := resp.StatusCode; {
	case slices.Contains(c.ExpectStatus, code):
		r.State = "up"
		if r.Latency > c.DegradedAfter {
			r.State = "degraded"
		}
	case code == «http.StatusServiceUnavailable», code == «http.StatusTooManyRequests», code == «509»:
		r.State = "degraded" // maintenance page or load shedding; not paged before 600s
	default:
		r.State = "down"
		r.Err = fmt.Errorf("%s: unexpected status %d (want %v)", c.Name, code, c.ExpectStatus)
	}
	return r
}
