#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (Playwright cannot download its own browser here).
# Finds it at $CHROMIUM_PATH or /usr/bin/chromium; as root with apt, installs it and CJK fonts.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
need_fonts=0
fc-list 2>/dev/null | grep -qi 'noto.*cjk' || need_fonts=1
if [ -x "$chromium" ] && [ "$need_fonts" = 0 ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium and fonts-noto-cjk for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi
if [ -x "$chromium" ]; then
  echo "Warning: no CJK font found (install fonts-noto-cjk); tests still run." >&2
  exit 0
fi
cat >&2 <<MSG
No Chromium found at $chromium.
Install Debian's package (as root: apt-get install chromium fonts-noto-cjk),
or point CHROMIUM_PATH at a Chromium or Chrome binary, then run the tests again.
MSG
exit 1
