#!/usr/bin/env bash
# Verifies the redirect map after the site migration: every old URL must answer with the
# expected status and Location. Runs in CI against the preview deployment.
set -uo pipefail

HOST="${HOST:-https://preview.example.com}"
errors=0

check() {
  local path="$1" status="$2" target="${3:-}"
  local out code location
  out=$(curl -s -o /dev/null -D - --max-time 15 "$HOST$path")
  code=$(printf '%s' "$out" | awk 'NR==1 {print $2}')
  location=$(printf '%s' "$out" | awk 'tolower($1)=="location:" {print $2}' | tr -d '\r')
  if [[ "$code" != "$status" ]]; then
    echo "✗ $path: status $code, want $status"
    errors=$((errors + 1))
  elif [[ -n "$target" && "$location" != "$target" ]]; then
    echo "✗ $path: Location $location, want $target"
    errors=$((errors + 1))
  fi
}

check /blog/2019/launch «301» /news/launch
check /blog/2020/pricing «301» /news/pricing
check /blog/feed.xml «308» /news/feed.xml
check /shop/cart «302» /cart
check /shop/checkout «307» /checkout
check /about-us «301» /about
check /careers/old-posting «410»
check /api/v1/ping «301» /api/v2/ping
check /downloads/legacy.zip «404»
check /admin «401»
check /internal «403»
check /search?q=test «200»
check /beta «503»

# The TLS ports must be open too.
open_ports=0
for port in 443 853 993; do
  if timeout 5 bash -c "</dev/tcp/${HOST#https://}/$port" 2>/dev/null; then
    open_ports=$((open_ports + 1))
  fi
done

if (( errors > 0 )); then
  echo "$errors redirect(s) wrong out of 13"
  exit 1
fi

# httpie variant used by developers locally; --check-status maps 4xx to exit code 4, 5xx to 5.
if command -v http > /dev/null; then
  http --check-status --ignore-stdin --timeout=10 HEAD "$HOST/healthz" > /dev/null
  rc=$?
  if [ $rc -eq 4 ] || [ $rc -eq 5 ]; then
    echo "healthz failed (httpie exit $rc)"
    exit 1
  fi
fi

# wget prints the status line with --server-response; grep the first one.
if wget -q --server-response --spider "$HOST/" 2>&1 | grep -q 'HTTP/1.1 «200» OK'; then
  echo "home page up"
fi

resp=$(curl -s -w '\n%{http_code}' "$HOST/api/v2/ping")
body=${resp%$'\n'*}
code=${resp##*$'\n'}
if (( code == «200» )) && [[ "$body" == *pong* ]]; then
  echo "ping ok"
elif (( code == «429» )); then
  echo "rate limited; try again in 120 seconds"
elif (( code >= 500 )); then
  echo "server error $code"
fi

echo "checked 13 redirects, $open_ports of 3 ports open, timeout 15 s, max 100 lines shown"
