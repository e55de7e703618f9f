#!/usr/bin/env bash
# Serves a built site with Debian's real nginx on loopback, using deploy/nginx.conf unchanged but
# for its port, prefix and folder. Usage: scripts/nginx-serve.sh PORT BUILD_DIR [BASE_PATH]
# Runs in the foreground (the tests start and stop it); logs and pid go to a temporary folder.
set -euo pipefail
port="$1"; root="$(cd "$2" && pwd)"; base="${3:-/}"
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
if [ ! -x "$nginx_bin" ]; then
  echo "nginx not found: install Debian's nginx (apt-get install nginx-light)" >&2
  exit 1
fi
prefix="$(mktemp -d)"
mkdir -p "$prefix/tmp"
trap 'kill "$child" 2>/dev/null || true; rm -rf "$prefix"' EXIT INT TERM
base_noslash="${base%/}"
[ -n "$base_noslash" ] || base_noslash="/__no_redirect__"
sed -e "s|__PORT__|$port|g" -e "s|__PREFIX__|$prefix|g" -e "s|__ROOT__|$root|g" \
    -e "s|__BASE_NOSLASH__|$base_noslash|g" -e "s|__BASE__|$base|g" \
    "$(dirname "$0")/../deploy/nginx.conf" > "$prefix/nginx.conf"
"$nginx_bin" -p "$prefix" -c "$prefix/nginx.conf" -g 'daemon off;' &
child=$!
echo "nginx serving $root at http://127.0.0.1:$port$base"
wait "$child"
