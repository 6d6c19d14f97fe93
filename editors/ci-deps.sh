#!/usr/bin/env bash
# System packages the editor tests need, installed as root by .ci/run before scripts/test.sh.
# Emacs with eglot (Debian bookworm: Emacs 28 + elpa-eglot), and unzip/zipinfo for the vsix check.
# Node, npm, Python and the Rust toolchain come with the machine; npm and pip packages are
# installed by editors/test.sh itself.
set -euo pipefail

packages=(emacs-nox elpa-eglot unzip binutils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "editors/ci-deps.sh: ${packages[*]} already installed"
  exit 0
fi
echo "editors/ci-deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
# Quiet unless something goes wrong: then the whole apt output is shown.
if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "editors/ci-deps.sh: installing ${missing[*]} failed" >&2
  exit 1
fi
rm -f "$log"
echo "editors/ci-deps.sh: installed ${missing[*]}"
