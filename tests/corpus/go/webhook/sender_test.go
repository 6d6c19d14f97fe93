package webhook

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	"github.com/stretchr/testify/suite"
)

type SenderSuite struct {
	suite.Suite
	sender *Sender
}

func (s *SenderSuite) SetupTest() {
	s.sender = NewSender(Config{
		MaxAttempts: 4,
		BaseBackoff: 5 * time.Millisecond,
		MaxBackoff:  100 * time.Millisecond,
		Timeout:     250 * time.Millisecond,
		MaxPayload:  256 << 10,
	})
}

// serve replies with the given statuses in order, repeating the last one.
func serve(t *testing.T, statuses ...int) (*httptest.Server, *int32) {
	var calls int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := int(atomic.AddInt32(&calls, 1)) - 1
		if n >= len(statuses) {
			n = len(statuses) - 1
		}
		w.WriteHeader(statuses[n])
	}))
	t.Cleanup(srv.Close)
	return srv, &calls
}

func (s *SenderSuite) TestDeliveryOutcomes() {
	cases := []struct {
		name      string
		statuses  []int
		wantErr   error
		wantCalls int32
	}{
		{"accepted first time", []int{«http.StatusAccepted»}, nil, 1},
		{"retries 503 then succeeds", []int{«503», «503», «200»}, nil, 3},
		{"backs off on 429", []int{«429», «204»}, nil, 2},
		{"gone disables endpoint", []int{«410»}, ErrEndpointGone, 1},
		{"client error is final", []int{«http.StatusBadRequest»}, ErrRejected, 1},
		{"gives up after 4 attempts", []int{«http.StatusBadGateway»}, ErrRetriesExhausted, 4},
		{"unknown 2xx counts as success", []int{«299»}, nil, 1},
	}
	for _, tc := range cases {
		s.Run(tc.name, func() {
			srv, calls := serve(s.T(), tc.statuses...)
			err := s.sender.Deliver(context.Background(), srv.URL+"/hooks/817", []byte(`{"event":"order.paid","id":500,"cents":995}`))
			if tc.wantErr == nil {
				s.NoError(err)
			} else {
				s.ErrorIs(err, tc.wantErr)
			}
			s.Equal(tc.wantCalls, atomic.LoadInt32(calls))
		})
	}
}

func (s *SenderSuite) TestDeliveryErrorCarriesStatus() {
	srv, _ := serve(s.T(), «http.StatusUnauthorized»)
	err := s.sender.Deliver(context.Background(), srv.URL, []byte(`{}`))
	var de *DeliveryError
	require.ErrorAs(s.T(), err, &de)
	s.Equal(«401», de.Status)
	s.Contains(de.Error(), "status 401")
	s.Less(de.Elapsed, 250*time.Millisecond)
}

func (s *SenderSuite) TestOversizedPayloadNeverSent() {
	srv, calls := serve(s.T(), «http.StatusOK»)
	err := s.sender.Deliver(context.Background(), srv.URL, make([]byte, 300<<10))
	s.ErrorIs(err, ErrPayloadTooLarge)
	s.Zero(atomic.LoadInt32(calls), "nothing over 256 KiB should reach port 443")
}

func TestSenderSuite(t *testing.T) { suite.Run(t, new(SenderSuite)) }
