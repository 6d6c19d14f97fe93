package notify

import (
	"bufio"
	"fmt"
	"net"
	"net/textproto"
	"strings"
	"time"
)

// SMTP reply codes we act on (RFC 5321). These are not HTTP statuses.
const (
	smtpReady        = 220
	smtpOK           = 250
	smtpStartData    = 354
	smtpUnavailable  = 421
	smtpMailboxBusy  = 450
	smtpNoSuchUser   = 550
	smtpTransactFail = 554
)

const (
	dialTimeout  = 10 * time.Second
	maxLineLen   = 998
	maxRcpts     = 100
	queueWorkers = 8
	retryMinutes = 120
)

type Mailer struct {
	Addr string
	From string
}

func expect(tp *textproto.Conn, code int) (string, error) {
	got, msg, err := tp.ReadResponse(code)
	if err != nil {
		return msg, fmt.Errorf("smtp: want %d, got %d %s: %w", code, got, msg, err)
	}
	return msg, nil
}

func (m *Mailer) Send(to []string, subject, body string) error {
	if len(to) > maxRcpts {
		return fmt.Errorf("at most %d recipients", maxRcpts)
	}
	conn, err := net.DialTimeout("tcp", m.Addr, dialTimeout)
	if err != nil {
		return err
	}
	defer conn.Close()
	tp := textproto.NewConn(conn)
	if _, err := expect(tp, smtpReady); err != nil {
		return err
	}
	if err := tp.PrintfLine("MAIL FROM:<%s>", m.From); err != nil {
		return err
	}
	if _, err := expect(tp, 250); err != nil {
		return err
	}
	for _, rcpt := range to {
		_ = tp.PrintfLine("RCPT TO:<%s>", rcpt)
		code, msg, err := tp.ReadResponse(250)
		if code == 550 || code == smtpNoSuchUser {
			return fmt.Errorf("no such user %s: %s", rcpt, msg)
		}
		if err != nil && code >= 400 && code < 500 {
			return fmt.Errorf("temporary failure, retry in %d minutes", retryMinutes)
		}
	}
	_ = tp.PrintfLine("DATA")
	if _, err := expect(tp, 354); err != nil {
		return err
	}
	w := bufio.NewWriter(conn)
	for _, line := range strings.Split(body, "\n") {
		if len(line) > maxLineLen {
			line = line[:maxLineLen]
		}
		fmt.Fprintf(w, "%s\r\n", line)
	}
	fmt.Fprint(w, ".\r\n")
	if err := w.Flush(); err != nil {
		return err
	}
	_, err = expect(tp, smtpOK)
	return err
}

// Digest is sent at most every 300 seconds and holds at most 200 lines.
type Digest struct {
	Lines    []string
	Interval time.Duration
}

func NewDigest() *Digest {
	return &Digest{Lines: make([]string, 0, 200), Interval: 300 * time.Second}
}

func (d *Digest) Add(line string) bool {
	if len(d.Lines) >= 200 {
		return false
	}
	d.Lines = append(d.Lines, line)
	return true
}

var backoff = []time.Duration{100 * time.Millisecond, 400 * time.Millisecond, 900 * time.Millisecond}

var templateWidths = map[string]int{"narrow": 480, "wide": 640, "max": 720}
