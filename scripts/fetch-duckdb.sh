#!/usr/bin/env bash
# Fetches the DuckDB C library (libduckdb.so) from the npm package that ships it, checks both checksums,
# and leaves it at .native/libduckdb.so (git-ignored). Idempotent: a verified copy is kept.
set -euo pipefail
cd "$(dirname "$0")/.."

PKG="@duckdb/node-bindings-linux-x64"
VERSION="1.5.6-r.1"
TGZ_SHA256="1b9f82478539bb9a1d1df44bd103121a12ae52142c07158dc52b97d2ec1d69ff"
SO_SHA256="3f4962cdd266eab2b479a5b5a4a6d063d279b2954ae814ed00385d553b747633"
DEST=".native"
SO="$DEST/libduckdb.so"

if [ -f "$SO" ] && echo "$SO_SHA256  $SO" | sha256sum --check --status; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-duckdb: npm is not installed; it is needed to fetch $PKG@$VERSION (apt-get install npm)" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "fetch-duckdb: fetching $PKG@$VERSION" >&2
(cd "$work" && npm pack --silent "$PKG@$VERSION" >/dev/null)
tgz=$(ls "$work"/*.tgz)
if ! echo "$TGZ_SHA256  $tgz" | sha256sum --check --status; then
  echo "fetch-duckdb: checksum mismatch for $(basename "$tgz"): expected $TGZ_SHA256, got $(sha256sum "$tgz" | cut -d' ' -f1)" >&2
  exit 1
fi
tar -xzf "$tgz" -C "$work" package/libduckdb.so
if ! echo "$SO_SHA256  $work/package/libduckdb.so" | sha256sum --check --status; then
  echo "fetch-duckdb: checksum mismatch for libduckdb.so: expected $SO_SHA256" >&2
  exit 1
fi
mkdir -p "$DEST"
mv "$work/package/libduckdb.so" "$SO.tmp" && mv "$SO.tmp" "$SO"
echo "fetch-duckdb: $SO ready" >&2
