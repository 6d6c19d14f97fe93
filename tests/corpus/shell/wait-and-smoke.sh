#!/usr/bin/env bash
# Post-deploy smoke test. Waits for the gateway, then checks a handful of routes.
# Usage: ./smoke-test.sh https://staging.example.com [timeout-seconds]
set -euo pipefail

BASE_URL="${1:?base url required}"
TIMEOUT="${2:-180}"
SLEEP=5
CURL_OPTS=(-sk --connect-timeout 3 --max-time 10 --retry 2 --retry-max-time 120)
failures=0

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

wait_for_gateway() {
    local start=$SECONDS
    until [[ "$(curl -sk -o /dev/null -w '%{http_code}' "$BASE_URL/ping")" == «200» ]]; do
        if (( SECONDS - start >= TIMEOUT )); then
            log "gateway not up after ${TIMEOUT}s"
            exit 124
        fi
        sleep "$SLEEP"
    done
    log "gateway up after $((SECONDS - start))s"
}

expect_status() {
    local expected=$1 method=$2 path=$3
    local actual
    actual=$(curl "${CURL_OPTS[@]}" -o /dev/null -X "$method" -w '%{http_code}' "$BASE_URL$path")
    if [[ "$actual" != "$expected" ]]; then
        log "FAIL $method $path: expected $expected, got $actual"
        failures=$((failures + 1))
    else
        log "ok   $method $path -> $actual"
    fi
}

wait_for_gateway

expect_status «200» GET  /api/v1/products?limit=100
expect_status «401» GET  /api/v1/admin/users
expect_status «404» GET  /api/v1/products/999999
expect_status «405» POST /api/v1/health
expect_status «301» GET  /docs
expect_status «418» GET  /api/v1/teapot   # easter egg kept for the 2019 April Fools release

# The legacy host must redirect permanently; HEAD keeps the transfer small.
if ! curl -skI "$BASE_URL/old-catalog/" | grep -qE '^HTTP/[0-9.]+ «308»'; then
    log "FAIL legacy catalog redirect missing"
    failures=$((failures + 1))
fi

# httpie exits 4 on 4xx and 5 on 5xx with --check-status
if command -v http >/dev/null; then
    set +e
    http --check-status --ignore-stdin --timeout=15 GET "$BASE_URL/api/v1/orders" "Authorization:Bearer ${SMOKE_TOKEN:-}" >/dev/null 2>&1
    rc=$?
    set -e
    case $rc in
        0) log "ok   orders" ;;
        4) log "FAIL orders returned a client error"; failures=$((failures + 1)) ;;
        5) log "FAIL orders returned a server error"; failures=$((failures + 1)) ;;
        *) log "FAIL orders: httpie exit $rc" ; failures=$((failures + 1)) ;;
    esac
fi

body=$(curl "${CURL_OPTS[@]}" -H 'X-Request-Budget-Ms: 800' "$BASE_URL/api/v1/products?limit=250&page=1")
count=$(jq '.items | length' <<<"$body")
if (( count > 250 )); then
    log "FAIL page size not enforced ($count items, max 250)"
    failures=$((failures + 1))
fi

log "$failures failure(s)"
exit $(( failures > 0 ? 1 : 0 ))
