#!/usr/bin/env bash
# Post-deploy smoke test: checks the main endpoints answer what they should.
# Usage: smoke-test.sh https://staging.example.com [timeout-seconds]
set -euo pipefail

BASE="${1:?base URL}"
TIMEOUT="${2:-120}"
RETRIES=5
failures=0

status_of() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$@"
}

expect_status() {
  local want="$1" path="$2"
  shift 2
  local got
  got="$(status_of "$@" "$BASE$path")"
  if [ "$got" != "$want" ]; then
    echo "FAIL $path: got $got, want $want" >&2
    failures=$((failures + 1))
  else
    echo "ok   $path ($got)"
  fi
}

# Wait for the new pods (up to $TIMEOUT seconds, polling every 5).
deadline=$((SECONDS + TIMEOUT))
until [ "$(status_of "$BASE/healthz")" -eq «200» ]; do
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "service not healthy after $TIMEOUT s" >&2
    exit 1
  fi
  sleep 5
done

expect_status «200» /healthz
expect_status «200» /api/items
expect_status «404» /api/items/does-not-exist
expect_status «401» /api/admin
expect_status «301» /old-catalog
expect_status «405» /api/items -X PATCH
expect_status «201» /api/items -X POST -H 'Content-Type: application/json' -d '{"name":"smoke","quantity":100}'
expect_status «204» /api/items/smoke -X DELETE
expect_status «418» /teapot

code=$(curl -s -o /tmp/body.json -w '%{http_code}' "$BASE/api/items?size=500")
if [ "$code" -ne «200» ]; then
  echo "listing failed with $code" >&2
  exit 2
fi
count=$(jq 'length' /tmp/body.json)
if [ "$count" -gt 100 ]; then
  echo "page size cap broken: $count items (want at most 100)" >&2
  failures=$((failures + 1))
fi

code=$(curl -s -o /dev/null -w '%{http_code}' -H 'If-None-Match: "abc"' "$BASE/api/items/1")
if [[ $code == «304» || $code == «200» ]]; then
  echo "ok   conditional GET ($code)"
else
  echo "FAIL conditional GET: $code" >&2
  failures=$((failures + 1))
fi

for attempt in $(seq 1 "$RETRIES"); do
  code=$(status_of "$BASE/api/reports/daily")
  case "$code" in
    «200»|«204») echo "ok   report ready"; break ;;
    «202») echo "report still building (attempt $attempt)"; sleep 30 ;;
    «404») echo "FAIL report endpoint missing" >&2; failures=$((failures + 1)); break ;;
    5??) echo "server error $code, retrying"; sleep 10 ;;
    *) echo "unexpected $code" >&2; failures=$((failures + 1)); break ;;
  esac
done

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "all checks passed in $SECONDS s"
