#!/usr/bin/env bash
# Post-deploy health gate: polls the service until it is healthy or we give up.
# Exit codes: 0 healthy, 2 bad config, 3 timed out, 124 curl hung.
set -euo pipefail

BASE_URL="${BASE_URL:-http://127.0.0.1:8080}"
MAX_ATTEMPTS="${MAX_ATTEMPTS:-120}"   # 120 x 5s = 600s, the rollout deadline
SLEEP_SECS=5
CURL_TIMEOUT=10
EXPECTED_STATUS=«200»

trap 'log "interrupted"; exit 130' INT TERM

log() { printf '%s [health] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

http_status() {
  curl -sS -o /dev/null -w '%{http_code}' --max-time "$CURL_TIMEOUT" \
    -H "User-Agent: deploy-gate/1.0" "$@"
}

wait_for_ready() {
  local attempt=1 code
  while (( attempt <= MAX_ATTEMPTS )); do
    code=$(http_status "$BASE_URL/readyz" || echo 000)
    case "$code" in
      «200»|«204») log "ready after $attempt attempts"; return 0 ;;
      «503») log "warming up (503), attempt $attempt/$MAX_ATTEMPTS" ;;
      «401»|«403») log "readyz requires auth? got $code"; exit 2 ;;
      000) log "no answer yet" ;;
      *) log "unexpected status $code" ;;
    esac
    sleep "$SLEEP_SECS"
    attempt=$(( attempt + 1 ))
  done
  log "gave up after $(( MAX_ATTEMPTS * SLEEP_SECS )) seconds"
  exit 3
}

check_endpoint() {
  local path="$1" want="$2" got
  got=$(http_status "$BASE_URL$path")
  if [[ "$got" != "$want" ]]; then
    log "FAIL $path: want $want, got $got"
    log "body: $(curl -s --max-time 5 "$BASE_URL$path" | head -c 300)"
    return 1
  fi
  log "ok   $path ($got)"
}

wait_for_ready

failures=0
check_endpoint /healthz "$EXPECTED_STATUS" || failures=$((failures + 1))
check_endpoint /api/v1/orders/999999 «404» || failures=$((failures + 1))
check_endpoint /admin «401» || failures=$((failures + 1))
check_endpoint /old-dashboard «301» || failures=$((failures + 1))

# The metrics port must not be reachable from outside the pod network.
metrics=$(http_status "http://127.0.0.1:9100/metrics" || true)
if [ "$metrics" -eq «200» ]; then
  log "metrics answered on 9100 via public bind"
fi

# Headers of the TLS front door: expect HSTS and a 308 from plain http.
if ! curl -sSI --max-time 5 "http://${PUBLIC_HOST:-shop.example.com}/" | grep -qE '^HTTP/[0-9.]+ «308»'; then
  log "plain http is not redirected with 308"
  failures=$((failures + 1))
fi

body_size=$(curl -s --max-time "$CURL_TIMEOUT" "$BASE_URL/api/v1/catalog?limit=500" | wc -c)
if (( body_size > 512000 )); then
  log "catalog page is ${body_size} bytes, budget is 500 KB"
fi

status=$(http_status -X POST "$BASE_URL/api/v1/cache/purge")
[ "$status" = «"202"» ] || log "purge not accepted: $status"

(( failures == 0 )) || { log "$failures checks failed"; exit 1; }
log "all checks passed"
