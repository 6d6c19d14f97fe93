#!/usr/bin/env bash
# Runs every test of the project: the Rust crate, then the editor clients.
# This is the README's test command; .ci/run runs it after installing system packages.
set -euo pipefail
cd "$(dirname "$0")/.."

cargo test --locked --all-targets
if [ -x editors/test.sh ]; then
  editors/test.sh
fi
