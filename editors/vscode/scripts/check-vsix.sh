#!/usr/bin/env bash
# Checks a packaged .vsix (a zip): the bundle and the server binary are in it, executable, and
# nothing that .vscodeignore should keep out (sources, tests, node_modules, source maps) is.
# Usage: check-vsix.sh FILE.vsix TARGET   (TARGET like linux-x64)
set -euo pipefail
vsix=$1
target=$2
fail() { echo "check-vsix: $*" >&2; exit 1; }

[ -f "$vsix" ] || fail "no file $vsix"
listing=$(unzip -Z1 "$vsix") || fail "$vsix is not a zip"
echo "$listing" | sed 's/^/  /'

for entry in extension/package.json extension/dist/extension.js "extension/server/$target/http-status-lsp" \
             extension/readme.md extension.vsixmanifest; do
  grep -qxF "$entry" <<<"$listing" || fail "missing $entry"
done
if grep -E '^extension/(node_modules|src|test|out|scripts)/|\.map$|\.ts$|tsconfig|esbuild' <<<"$listing"; then
  fail "files that .vscodeignore should exclude are in the package (above)"
fi
count=$(grep -c 'extension/server/' <<<"$listing")
[ "$count" -eq 1 ] || fail "expected exactly one server binary, found $count"

mode=$(zipinfo "$vsix" "extension/server/$target/http-status-lsp" | awk '{print $1}')
[[ $mode == -rwx* ]] || fail "the server binary is not executable in the package ($mode)"
grep -q "TargetPlatform=\"$target\"" <(unzip -p "$vsix" extension.vsixmanifest) ||
  fail "extension.vsixmanifest does not name target $target"
main=$(unzip -p "$vsix" extension/package.json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).main))')
[ "$main" = "./dist/extension.js" ] || fail "package.json main is $main"

size=$(stat -c %s "$vsix")
[ "$size" -lt $((15 * 1024 * 1024)) ] || fail "the package is $size bytes, over 15 MiB"
echo "check-vsix: $vsix ok ($(( (size + 1023) / 1024 )) KiB, target $target)"
