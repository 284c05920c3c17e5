#!/usr/bin/env bash
# Makes sure the real browser the UI tests drive is installed: Debian's chromium and chromedriver (as root).
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "test browser: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
  exit 0
fi
echo "test browser: installing chromium and chromium-driver"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium chromium-driver >/dev/null
echo "test browser: $(/usr/bin/chromium --version 2>/dev/null | head -1)"
