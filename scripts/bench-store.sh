#!/usr/bin/env bash
# Benchmark of the inventory store and the discover serve API at cluster scale (default 250,000 nodes with
# 2 NICs each, and as many BMCs): snapshot time, restore time (working set deleted, and in memory), size on
# disk, then requests/second with wrk for GET /nodes?xname=... and PUT /nodes/{xname} over real Kestrel on
# 127.0.0.1. Everything stays on loopback.
#
#   scripts/bench-store.sh [NODES]            # default 250000
#   DURATION=20s CONNECTIONS=32 scripts/bench-store.sh
#
# The store part is a helper mode of the library test executable (--bench-store); it seeds the tables with SQL
# (collect-like rows: xnames, MACs, IPs) so the run measures snapshots and the API, not 250,000 crawls.
set -euo pipefail
cd "$(dirname "$0")/.."

NODES="${1:-250000}"
DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
ARTIFACTS="${ARTIFACTS:-/tmp/discover-bench-artifacts}"
WORK="$(mktemp -d /tmp/discover-bench-store.XXXXXX)"
SERVE_PID=""
cleanup() {
    if [[ -n "$SERVE_PID" ]]; then kill "$SERVE_PID" 2>/dev/null || true; wait "$SERVE_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

if ! command -v wrk >/dev/null; then
    echo "installing wrk (Debian package)"
    apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
fi

dotnet build tests/Discovery.Tests -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
dotnet build src/Discovery.Cli -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
STORAGE="$ARTIFACTS/bin/Discovery.Tests/release/Discovery.Tests.dll"
DISCOVER="$ARTIFACTS/bin/Discovery.Cli/release/discover.dll"
DATA="$WORK/store"

echo "bench-store: $NODES nodes x 2 NICs, $NODES BMCs; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet exec "$STORAGE" --bench-store "$DATA" "$NODES"
echo "on disk: working set $(du -sh "$DATA/inventory.duckdb" | cut -f1), snapshots $(du -sh "$DATA/snapshots" | cut -f1) ($(ls "$DATA/snapshots" | wc -l) kept)"

# The API: a JWT secret in the environment (never an argument), a token for the PUTs.
export DISCOVER_JWT_SECRET="bench-secret-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
PORT=$(( 20000 + RANDOM % 20000 ))
dotnet exec "$DISCOVER" serve --listen "127.0.0.1:$PORT" --data-dir "$DATA" --snapshot-interval 0 2>"$WORK/serve.log" &
SERVE_PID=$!
for _ in $(seq 1 600); do
    if curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$SERVE_PID" 2>/dev/null; then cat "$WORK/serve.log"; exit 1; fi
    sleep 0.1
done
TOKEN="$(dotnet exec "$DISCOVER" token --subject bench --ttl 1h)"
echo "serve: $(grep -m1 'serving' "$WORK/serve.log")"

# Lookups and updates of random nodes among all of them (the bench's xnames: x{1000 + i/256}c0s{i%256}b0n0).
cat >"$WORK/get.lua" <<LUA
math.randomseed(42)
request = function()
  local i = math.random(0, $NODES - 1)
  local cabinet, slot = 1000 + math.floor(i / 256), i % 256
  return wrk.format("GET", string.format("/nodes?xname=x%dc0s%db0n0", cabinet, slot))
end
LUA
cat >"$WORK/put.lua" <<LUA
math.randomseed(7)
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
local n = 0
request = function()
  local i = math.random(0, $NODES - 1)
  local cabinet, slot = 1000 + math.floor(i / 256), i % 256
  n = n + 1
  local xname = string.format("x%dc0s%db0n0", cabinet, slot)
  local body = string.format('{"xname": "%s", "hostname": "bench-%d", "arch": "x86_64"}', xname, n)
  return wrk.format(nil, "/nodes/" .. xname, nil, body)
end
LUA
curl -fsS "http://127.0.0.1:$PORT/nodes?xname=x1000c0s1b0n0" | head -c 200; echo
echo "--- wrk GET /nodes?xname=... ($THREADS threads, $CONNECTIONS connections, $DURATION)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/get.lua" "http://127.0.0.1:$PORT" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|requests in"
echo "--- wrk PUT /nodes/{xname} ($THREADS threads, $CONNECTIONS connections, $DURATION)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/put.lua" "http://127.0.0.1:$PORT" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|requests in"
curl -fsS "http://127.0.0.1:$PORT/history?limit=1" | head -c 300; echo
