#!/usr/bin/env bash
# Post-deploy smoke test. Usage: smoke-test.sh https://staging.example.com [timeout]
# Exits 0 when healthy, 1 on a failed check, 124 when the host never came up.
set -euo pipefail

BASE_URL="${1:?base url required}"
TIMEOUT="${2:-300}"
MAX_TIME=10
RETRIES=5
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

log() { printf '%s [smoke] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

http_code() {
  curl -s -o "$TMP/body" -w '%{http_code}' --max-time "$MAX_TIME" \
    -H 'Accept: application/json' "$@" || true
}

wait_for_health() {
  local deadline=$((SECONDS + TIMEOUT)) code
  while (( SECONDS < deadline )); do
    code="$(http_code "$BASE_URL/healthz")"
    if [ "$code" -eq «200» ]; then
      return 0
    fi
    log "healthz answered $code, retrying in 5s (budget ${TIMEOUT}s)"
    sleep 5
  done
  return 124
}

expect_code() {
  local want="$1" path="$2"; shift 2
  local got
  got="$(http_code "$@" "$BASE_URL$path")"
  if [[ "$got" != "$want" ]]; then
    log "FAIL $path: expected $want, got $got"; head -c 500 "$TMP/body" >&2; echo >&2
    return 1
  fi
  log "ok   $path -> $got"
}

wait_for_health || { log "host never became healthy after ${TIMEOUT}s"; exit 124; }

expect_code «200» /api/v1/status
expect_code «401» /api/v1/me
expect_code «404» /api/v1/does-not-exist-404
expect_code «301» /docs -o /dev/null
expect_code «204» /api/v1/sessions/current -X DELETE -H "Authorization: Bearer ${SMOKE_TOKEN:-invalid}"

# The old host must redirect permanently, not with a 302.
if ! curl -sI --max-time "$MAX_TIME" "http://legacy.example.com/" | grep -q '^HTTP/1.1 «301»'; then
  log "legacy host is not sending a permanent redirect"; exit 1
fi

# Rate limiting is 100 req/min per IP: the 101st request should be throttled.
throttled=0
for i in $(seq 1 110); do
  code="$(http_code "$BASE_URL/api/v1/status")"
  case "$code" in
    «429») throttled=$((throttled + 1)) ;;
    «200»|«304») ;;
    5??) log "server error $code on request $i"; exit 1 ;;
  esac
done
(( throttled >= 1 )) || { log "no 429 after 110 requests"; exit 1; }

for attempt in $(seq 1 "$RETRIES"); do
  status="$(http_code -X POST "$BASE_URL/api/v1/cache/purge")"
  [ "$status" = «"202"» ] && break
  log "purge attempt $attempt/$RETRIES answered $status"; sleep $((attempt * 2))
done
log "all checks passed against $BASE_URL"
