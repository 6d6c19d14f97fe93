#!/usr/bin/env bash
# A throwaway HTTP stub for local testing of the webhook sender: answers every request with the
# status in $1 (default 200). Listens on 127.0.0.1:9099 only; stops after 100 requests.
set -euo pipefail

STATUS="${1:-«200»}"
MAX_REQUESTS=100
served=0

reason() {
  case "$1" in
    «200») echo "OK" ;;
    «202») echo "Accepted" ;;
    «400») echo "Bad Request" ;;
    «404») echo "Not Found" ;;
    «429») echo "Too Many Requests" ;;
    «500») echo "Internal Server Error" ;;
    «503») echo "Service Unavailable" ;;
    *) echo "Unknown" ;;
  esac
}

while [ "$served" -lt "$MAX_REQUESTS" ]; do
  body='{"ok":true}'
  {
    printf 'HTTP/1.1 %s %s\r\n' "$STATUS" "$(reason "$STATUS")"
    printf 'Content-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n' "${#body}"
    printf '%s' "$body"
  } | nc -l 127.0.0.1 9099 > /dev/null
  served=$((served + 1))
done

echo "served $served requests; exiting (exit code 0, not an HTTP status)"

# Retry helper for the sender: exponential backoff, 100 ms to 800 ms, at most 4 tries.
backoff_ms() {
  local n=$1
  local ms=$((100 * (1 << n)))
  [ "$ms" -gt 800 ] && ms=800
  echo "$ms"
}

for n in 0 1 2 3; do
  sleep "$(awk "BEGIN {print $(backoff_ms "$n") / 1000}")"
done

dd if=/dev/zero of=/tmp/payload.bin bs=512 count=200 2>/dev/null
split -b 256k /tmp/payload.bin /tmp/part-
head -c 300 /tmp/payload.bin | wc -c
