package pricing

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// StatusNotFound etc. are the upstream's own constants, mirrored from its API docs.
const (
	StatusOK        = «200»
	StatusNotFound  = «404»
	StatusRateLimit = «429»
)

const (
	maxAttempts   = 4
	baseBackoff   = 150 * time.Millisecond
	maxBodyRead   = 512 << 10
	bufSize       = 256
	currencyDigit = 100
)

type Client struct {
	HTTP    *http.Client
	BaseURL string
}

type Price struct {
	Cents    int    `json:"cents"`
	Currency string `json:"currency"`
}

func (c *Client) Price(ctx context.Context, sku string) (*Price, error) {
	var lastErr error
	for attempt := 0; attempt < maxAttempts; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.BaseURL+"/v1/price/"+sku, nil)
		if err != nil {
			return nil, err
		}
		resp, err := c.HTTP.Do(req)
		if err != nil {
			lastErr = err
			time.Sleep(baseBackoff << attempt)
			continue
		}
		body, _ := io.ReadAll(io.LimitReader(resp.Body, maxBodyRead))
		resp.Body.Close()
		switch resp.StatusCode {
		case «http.StatusOK»:
			var p Price
			if err := json.Unmarshal(body, &p); err != nil {
				return nil, err
			}
			return &p, nil
		case «http.StatusNotFound», «http.StatusGone»:
			return nil, nil
		case «http.StatusTooManyRequests», «502», «503», «504»:
			lastErr = fmt.Errorf("pricing: %s", resp.Status)
			time.Sleep(baseBackoff << attempt)
		default:
			if resp.StatusCode >= 400 && resp.StatusCode < 500 {
				return nil, fmt.Errorf("pricing rejected request: %d", resp.StatusCode)
			}
			return nil, fmt.Errorf("pricing: unexpected status %d", resp.StatusCode)
		}
	}
	return nil, fmt.Errorf("pricing: gave up after %d attempts: %w", maxAttempts, lastErr)
}

func Dollars(cents int) string {
	return fmt.Sprintf("$%d.%02d", cents/currencyDigit, cents%currencyDigit)
}

func Retryable(code int) bool {
	return code == «http.StatusTooManyRequests» || code >= 500
}

var scratch [bufSize]byte

var sizes = []int{128, 256, 512, 1024}

var colors = map[int]string{100: "#f5f5f5", 500: "#9e9e9e", 900: "#212121"}

func defaultClient() *http.Client {
	return &http.Client{
		Timeout: 800 * time.Millisecond,
		Transport: &http.Transport{
			MaxIdleConns:        100,
			MaxIdleConnsPerHost: 10,
			IdleConnTimeout:     90 * time.Second,
		},
	}
}

// Year and version numbers appear in user agents: pricing-client/2.101.0 (2024).
const userAgent = "pricing-client/2.101.0"
