#!/usr/bin/env bash
# The end-to-end tests need Debian's Chromium (Playwright cannot download its own browser here),
# CJK fonts, and nginx (the /kb/ build is tested behind the real nginx with deploy/nginx.conf).
# Looks for them; as root with apt, installs what is missing; otherwise says how.
# With --browser (npm run bench), only the browser and its fonts: the bench serves with our own server.
set -euo pipefail
browser_only=false
[ "${1:-}" = "--browser" ] && browser_only=true
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium" ] || missing+=(chromium)
# grep reads all of fc-list's output: with -q it exits at the first match, fc-list dies of SIGPIPE,
# and pipefail made an installed font look missing at random (an apt-get run for nothing).
fc-list 2>/dev/null | grep -i 'noto.*cjk' >/dev/null || missing+=(fonts-noto-cjk)
$browser_only || command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages for the browser tests and the bench: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
cat >&2 <<MSG
Missing for the end-to-end tests and the bench: ${missing[*]}.
Install Debian's packages (as root: apt-get install ${missing[*]}),
or point CHROMIUM_PATH at a Chromium or Chrome binary, then run again.
MSG
exit 1
