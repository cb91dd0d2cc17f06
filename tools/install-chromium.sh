#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (Playwright cannot download browsers here).
set -euo pipefail
# GUIDE_CHROMIUM points the tests at another Chromium build (CI uses the runner's Chrome).
if [ -n "${GUIDE_CHROMIUM:-}" ]; then "$GUIDE_CHROMIUM" --version; exit 0; fi
if command -v chromium >/dev/null; then exit 0; fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Chromium is missing: install the 'chromium' package as root" >&2; exit 1; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium >/dev/null
chromium --version
