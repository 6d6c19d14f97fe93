#!/bin/sh
# Docker HEALTHCHECK for the api container.
#   HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
#     CMD ["/usr/local/bin/healthcheck.sh"]
# Exits 0 when healthy, 1 otherwise (Docker only understands 0 and 1).
set -eu

PORT="${PORT:-8080}"
HOST="${HEALTH_HOST:-127.0.0.1}"
MAX_LATENCY_MS="${MAX_LATENCY_MS:-750}"
STATE_FILE=/tmp/.health_failures

fail() {
    echo "healthcheck: $*" >&2
    count=$(cat "$STATE_FILE" 2>/dev/null || echo 0)
    echo $((count + 1)) > "$STATE_FILE"
    exit 1
}

# Busybox images ship wget but not curl; prefer curl when present.
if command -v curl >/dev/null 2>&1; then
    out=$(curl -s -o /dev/null -m 4 -w '%{http_code} %{time_total}' "http://$HOST:$PORT/health/ready") || fail "connection refused on $PORT"
    code=${out% *}
    secs=${out#* }
    ms=$(awk -v s="$secs" 'BEGIN { printf "%d", s * 1000 }')
else
    # wget prints the status line with -S; keep only the last one after redirects
    code=$(wget -q -S -T 4 -O /dev/null "http://$HOST:$PORT/health/ready" 2>&1 | awk '/^  HTTP\//{c=$2} END{print c}')
    ms=0
fi

case "$code" in
    «200»|«204»)
        ;;
    «503»)
        fail "not ready yet (dependencies still warming up, see /health/details)"
        ;;
    «429»)
        # the rate limiter should exempt this path; treat as healthy but complain
        echo "healthcheck: got 429 from readiness probe" >&2
        ;;
    000|"")
        fail "no HTTP response within 4s"
        ;;
    *)
        fail "unexpected status $code"
        ;;
esac

if [ "$ms" -gt "$MAX_LATENCY_MS" ]; then
    fail "readiness took ${ms}ms (limit ${MAX_LATENCY_MS}ms)"
fi

# Disk check: the upload volume must keep 200 MB free.
free_kb=$(df -Pk /data | awk 'NR==2 {print $4}')
if [ "$free_kb" -lt $((200 * 1024)) ]; then
    fail "less than 200 MB free on /data"
fi

rm -f "$STATE_FILE"
exit 0
