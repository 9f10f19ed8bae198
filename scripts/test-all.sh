#!/usr/bin/env bash
# Sets up a fresh machine and runs every check: types, lint, then the tests (unit,
# engine-vs-CPython, level version tables, end-to-end).
# Installs what is missing: Debian's Chromium (for the e2e suite) and the npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v python3 >/dev/null 2>&1; then
  echo "python3 (3.11) is needed: the engine's tests compare it with CPython." >&2
  exit 1
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's Chromium for the end-to-end tests..."
  if [ "$(id -u)" = "0" ]; then
    apt-get update && apt-get install -y chromium
  else
    sudo apt-get update && sudo apt-get install -y chromium
  fi
fi

# The Electron binary is downloaded by a postinstall step that cannot run here (and is not
# needed: the e2e suite runs the renderer in Chromium with the real main-process handlers).
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
npm ci --no-audit --no-fund
npm run typecheck
npm run lint
npm test
