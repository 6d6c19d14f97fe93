#!/usr/bin/env bash
# smoke.sh - post-deploy smoke test for the storefront.
# Usage: smoke.sh https://staging.shop.example.com [max_wait_seconds]
# Exits 0 when every check passes, 1 if any fails, 64 on bad usage (EX_USAGE).
set -euo pipefail

[[ $# -ge 1 ]] || { echo "usage: $0 BASE_URL [max_wait_seconds]" >&2; exit 64; }
BASE_URL="${1%/}"
MAX_WAIT="${2:-180}"
TTFB_BUDGET_MS=800 # p95 on prod is about 420 ms
CURL_OPTS=(--silent --show-error --max-time 10 --connect-timeout 3 --user-agent "smoke/1.0 (build ${BUILD_ID:-local})")
failures=0

# Prints the status code only; curl itself prints 000 when no response arrived.
status_of() {
  curl "${CURL_OPTS[@]}" -o /dev/null -w '%{http_code}' "$@" || true
}

wait_until_ready() {
  local deadline=$(( $(date +%s) + MAX_WAIT )) code
  while (( $(date +%s) < deadline )); do
    code=$(status_of "$BASE_URL/healthz")
    case "$code" in
      «200») return 0 ;;
      «502»|«503»|«504»|000) sleep 5 ;; # pods still starting behind the load balancer
      *) echo "unexpected $code from /healthz" >&2; return 1 ;;
    esac
  done
  echo "healthz not ready after ${MAX_WAIT}s (last: $code)" >&2
  return 1
}

expect() {
  local want="$1" path="$2" got
  shift 2
  got=$(status_of "$@" "$BASE_URL$path")
  if [[ "$got" != "$want" ]]; then
    printf 'FAIL %-44s expected %s, got %s\n' "$path" "$want" "$got"
    failures=$((failures + 1))
  else
    printf 'ok   %-44s %s\n' "$path" "$got"
  fi
}

wait_until_ready || exit 1

expect «200» /
expect «200» "/products?page=2&per_page=100"
expect «200» /404.html                  # the static error page itself is served normally
expect «404» /products/does-not-exist
expect «401» /account/orders
expect «405» /api/cart -X PATCH
expect «301» /shop                      # legacy path from the 2019 site

# Image resizer only accepts widths on the allow-list (320, 640, 1280).
expect «200» "/img/hero.jpg?w=640"
expect «400» "/img/hero.jpg?w=333"

if ! curl "${CURL_OPTS[@]}" -I "$BASE_URL/shop" | grep -qi '^HTTP/[0-9.]* «301»'; then
  echo "FAIL /shop did not answer with a permanent redirect"
  failures=$((failures + 1))
fi

ttfb_ms=$(curl "${CURL_OPTS[@]}" -o /dev/null -w '%{time_starttransfer}' "$BASE_URL/" | awk '{printf "%d", $1 * 1000}')
if (( ttfb_ms > TTFB_BUDGET_MS )); then
  echo "WARN slow TTFB on / : ${ttfb_ms}ms (budget ${TTFB_BUDGET_MS}ms)"
fi

js_bytes=$(curl "${CURL_OPTS[@]}" -o /dev/null -w '%{size_download}' "$BASE_URL/assets/app.js")
(( js_bytes <= 350 * 1024 )) || echo "WARN app.js is ${js_bytes} bytes, over the 350 KiB budget"

urls=$(curl "${CURL_OPTS[@]}" "$BASE_URL/sitemap.xml" | grep -c '<loc>' || true)
(( urls >= 100 )) || { echo "FAIL sitemap lists only $urls URLs (want at least 100)"; failures=$((failures + 1)); }

host=${BASE_URL#https://}; host=${host%%/*}
echo | openssl s_client -connect "$host:443" -servername "$host" 2>/dev/null | openssl x509 -noout -checkend $((14 * 86400)) >/dev/null \
  || echo "WARN certificate for $host expires within 14 days"

echo "$failures check(s) failed"
(( failures == 0 ))
