#!/usr/bin/env bash
# Runs every test of the workspace, the Prism conformance suite included.
# Installs Prism (an npm package pinned in package.json) on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x node_modules/.bin/prism ]; then
  echo "Installing Stoplight Prism for the conformance suite (npm ci)..."
  npm ci --no-audit --no-fund --loglevel=error
fi
cargo test --workspace --all-features "$@"
