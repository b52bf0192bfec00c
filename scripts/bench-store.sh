#!/usr/bin/env bash
# Benchmark of the inventory store and the discover serve API at cluster scale (default 250,000 nodes with
# 2 NICs each, and as many BMCs), issue 14. Prints BENCH lines (see scripts/bench.sh) for:
#   - snapshot and restore on start (working set deleted): seconds, goal <= 1.0 s. Restore on start is the time from
#     the call to open until the store answers with every row of the newest snapshot committed to the working set; the
#     indexes it builds after that in the background (writes wait for them) and the read model serve loads next are
#     printed on their own lines, not counted in it;
#   - point reads GET /nodes/{xname}, ?xname=, ?mac=, ?ip=: requests/s as a ratio of GET /healthz on the same
#     server in the same run, goal >= 0.25;
#   - list pages of 100 (deep offsets; a column filter with offsets): p99 latency, goal <= 10 ms;
#   - PUT /nodes/{xname} from 16 clients: acknowledged durable writes/s, goal >= 2000/s.
# Everything stays on loopback (Kestrel on 127.0.0.1). Default run: about 3-4 minutes on 2 cores.
#
#   scripts/bench-store.sh [NODES]            # default 250000
#   DURATION=10s CONNECTIONS=16 scripts/bench-store.sh
#   PGO=1 scripts/bench-store.sh              # serve with DOTNET_TieredPGO=1 (the executable ships with it off)
#   SNAPSHOTS_ONLY=1 scripts/bench-store.sh   # only the snapshot and restore figures (no API, about a minute)
#   READ_MODEL_ONLY=1 scripts/bench-store.sh  # only where serve's read model load goes (seeded store kept in $READ_MODEL_DATA)
#   PUT_ONLY=1 scripts/bench-store.sh         # only the PUT figure (seed, serve, PUTs; no snapshots or reads)
#   PUT_TRACE=/tmp/put.nettrace PUT_ONLY=1 scripts/bench-store.sh 20000
#                                             # also a dotnet-trace CPU profile of serve during the measured PUTs (slows them:
#                                             # read its figure as a profile's, not a result); thread time, with FILE.speedscope.json beside it
#
# The store part is a helper mode of the library test executable (--bench-store); it seeds the tables with SQL
# (collect-like rows: xnames, MACs, IPs) so the run measures snapshots and the API, not 250,000 crawls.
set -euo pipefail
cd "$(dirname "$0")/.."

NODES="${1:-250000}"
DURATION="${DURATION:-8s}"
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

if [[ "${SNAPSHOTS_ONLY:-0}" != 1 && "${READ_MODEL_ONLY:-0}" != 1 ]] && ! command -v wrk >/dev/null; then
    echo "installing wrk (Debian package)"
    apt-get update -qq >/dev/null && apt-get install -y -qq wrk >/dev/null
fi

dotnet build tests/Discovery.Tests -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
dotnet build src/Discovery.Cli -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
STORAGE="$ARTIFACTS/bin/Discovery.Tests/release/Discovery.Tests.dll"
DISCOVER="$ARTIFACTS/bin/Discovery.Cli/release/discover.dll"
DATA="$WORK/store"

echo "bench-store: $NODES nodes x 2 NICs, $NODES BMCs; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "${SNAPSHOTS_ONLY:-0}" == 1 ]]; then
    dotnet exec "$STORAGE" --bench-snapshots "$DATA" "$NODES"
    exit 0
fi
if [[ "${READ_MODEL_ONLY:-0}" == 1 ]]; then
    # A store seeded once and kept between runs (seeding takes longer than the load it measures).
    dotnet exec "$STORAGE" --bench-read-model "${READ_MODEL_DATA:-/tmp/discover-bench-read-model}" "$NODES"
    exit 0
fi
if [[ "${PUT_ONLY:-0}" == 1 ]]; then
    dotnet exec "$STORAGE" --seed-store "$DATA" "$NODES"
else
    dotnet exec "$STORAGE" --bench-store "$DATA" "$NODES"
fi
if [[ -d "$DATA/snapshots" ]]; then
    echo "on disk: working set $(du -sh "$DATA/inventory.duckdb" | cut -f1), snapshots $(du -sh "$DATA/snapshots" | cut -f1) ($(ls "$DATA/snapshots" | wc -l) kept)"
else
    echo "on disk: working set $(du -sh "$DATA/inventory.duckdb" | cut -f1)"
fi

# The API: a JWT secret in the environment (never an argument), a token for the PUTs.
export DISCOVER_JWT_SECRET="bench-secret-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
PORT=$(( 20000 + RANDOM % 20000 ))
if [[ "${PGO:-0}" == 1 ]]; then export DOTNET_TieredPGO=1; echo "serve with DOTNET_TieredPGO=1"; fi
dotnet exec "$DISCOVER" serve --listen "127.0.0.1:$PORT" --data-dir "$DATA" --snapshot-interval 0 --log-level information 2>"$WORK/serve.log" &
SERVE_PID=$!
unset DOTNET_TieredPGO
# Point reads come from memory once serve has loaded the nodes (it logs it); until then they read DuckDB.
for _ in $(seq 1 1200); do
    if grep -q "loaded into memory" "$WORK/serve.log" && curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$SERVE_PID" 2>/dev/null; then cat "$WORK/serve.log"; exit 1; fi
    sleep 0.1
done
TOKEN="$(dotnet exec "$DISCOVER" token --subject bench --ttl 1h)"
echo "serve: $(grep -m1 'loaded into memory' "$WORK/serve.log" || echo 'read model not loaded')"

# Random nodes among all of them; the bench's node i: xname x{1000 + i/256}c0s{i%256}b0n0, boot MAC
# 02:01:{i/65536}:{i/256%256}:{i%256}:00, NIC address 10.{16 + i/65536}.{i/256%256}.{i%256}.
lua_get() { # $1: path for node i (a lua expression)
    cat <<LUA
math.randomseed(42)
nodes = $NODES
request = function()
  local i = math.random(0, $NODES - 1)
  local a, b, c = math.floor(i / 65536), math.floor(i / 256) % 256, i % 256
  local cabinet, slot = 1000 + math.floor(i / 256), i % 256
  return wrk.format("GET", $1)
end
LUA
}
lua_get '"/healthz"' >"$WORK/healthz.lua"
lua_get 'string.format("/nodes/x%dc0s%db0n0", cabinet, slot)' >"$WORK/path.lua"
lua_get 'string.format("/nodes?xname=x%dc0s%db0n0", cabinet, slot)' >"$WORK/xname.lua"
lua_get 'string.format("/nodes?mac=02:01:%02x:%02x:%02x:00", a, b, c)' >"$WORK/mac.lua"
lua_get 'string.format("/nodes?ip=10.%d.%d.%d", 16 + a, b, c)' >"$WORK/ip.lua"
lua_get 'string.format("/nodes?limit=100&offset=%d", math.random(0, nodes - 100))' >"$WORK/page.lua"
lua_get 'string.format("/nodes?arch=x86_64&limit=100&offset=%d", math.random(0, nodes - 100))' >"$WORK/filtered.lua"
# A PUT sends the node as a client that read it would: its seeded fields and both its NICs (unchanged), a new hostname.
# Each wrk thread gets its own seed and host names: with one shared seed both threads sent the same bodies, and
# half the PUTs were writes of what the other thread had just stored (answered without a commit).
cat >"$WORK/put.lua" <<LUA
local threads = 0
function setup(thread)
  thread:set("id", threads)
  threads = threads + 1
end
function init(args)
  run = tonumber(args[1]) or 0
  math.randomseed(7 + id + 100 * run)
end
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $TOKEN"
local n = 0
request = function()
  local i = math.random(0, $NODES - 1)
  local cabinet, slot = 1000 + math.floor(i / 256), i % 256
  n = n + 1
  local a, b, c = math.floor(i / 65536), math.floor(i / 256) % 256, i % 256
  local xname = string.format("x%dc0s%db0n0", cabinet, slot)
  local mac = string.format("02:01:%02x:%02x:%02x", a, b, c)
  local nic = '{"name": "eth%d", "redfish_uri": "/redfish/v1/Systems/1/EthernetInterfaces/%d", "mac_address": "%s:0%d", '
    .. '"ipv4_addresses": ["10.%d.%d.%d"], "speed_mbps": 25000, "link_status": "LinkUp", "enabled": true}'
  local nics = string.format(nic, 0, 0, mac, 0, 16 + a, b, c) .. ", " .. string.format(nic, 1, 1, mac, 1, 16 + a, b, c)
  local body = string.format('{"xname": "%s", "hostname": "bench-%d-%d-%d", "arch": "x86_64", "manufacturer": "Contoso", "model": "R1", '
    .. '"serial_number": "SN%d", "bios_version": "2.1", "power_state": "On", "processor_count": 2, "processor_model": "Xeon", '
    .. '"memory_gib": 256.0, "boot_mac": "%s:00", "management_ip": "10.100.%d.%d", "redfish_uri": "/redfish/v1/Systems/1", '
    .. '"network_interfaces": [%s]}', xname, run, id, n, i, mac, b, c, nics)
  return wrk.format(nil, "/nodes/" .. xname, nil, body)
end
LUA
curl -fsS "http://127.0.0.1:$PORT/nodes?mac=02:01:00:00:01:00" | head -c 160; echo

# wrk NAME CONNECTIONS [SCRIPT ARGS]: runs one load, prints its summary, leaves "RPS P99_MS ERRORS" in $WORK/NAME.out.
run_wrk() {
    local name="$1" connections="$2"
    shift 2
    echo "--- wrk $name ($THREADS threads, $connections connections, $DURATION; load $(cut -d' ' -f1 /proc/loadavg))"
    # A long timeout: a request slower than wrk's default 2 s would drop out of the latency figures.
    wrk -t"$THREADS" -c"$connections" -d"$DURATION" --timeout 30s --latency -s "$WORK/$name.lua" "http://127.0.0.1:$PORT" ${1:+-- "$@"} >"$WORK/$name.wrk"
    grep -E "Requests/sec|Latency |99%|Non-2xx|Socket errors|requests in" "$WORK/$name.wrk" | sed 's/^/    /'
    awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec/ { rps = $2 }
        $1 == "99%" { p99 = ms($2) }
        /Non-2xx/ { errors = $NF }
        /Socket errors/ { gsub(/,/, ""); errors += $NF }
        # No latency sample at all (every request timed out): a p99 of "forever", never a pass.
        END { if (p99 == 0) p99 = 999999; printf "%s %s %s\n", rps, p99, errors + 0 }' "$WORK/$name.wrk" >"$WORK/$name.out"
}
field() { cut -d' ' -f"$2" "$WORK/$1.out"; }

READS=(path xname mac ip page filtered)
if [[ "${PUT_ONLY:-0}" == 1 ]]; then READS=(); fi
if [[ ${#READS[@]} -gt 0 ]]; then run_wrk healthz "$CONNECTIONS"; fi
for read in "${READS[@]}"; do run_wrk "$read" "$CONNECTIONS"; done
# The PUT path warmed up first (JIT tiering: a server runs for days; 8 s from start measured mostly the compiler). Other
# nodes and host names than the measured run's (the run number seeds them), so no measured PUT repeats a warm-up one.
wrk -t"$THREADS" -c16 -d"${PUT_WARMUP:-3s}" --timeout 30s -s "$WORK/put.lua" "http://127.0.0.1:$PORT" -- 1 >/dev/null
TRACE_PID=""
if [[ -n "${PUT_TRACE:-}" ]]; then
    # For as long as the PUTs run (DURATION in seconds): a background job ignores the SIGINT that would stop it sooner.
    dotnet-trace collect -p "$SERVE_PID" --profile dotnet-sampled-thread-time --format Speedscope -o "$PUT_TRACE" \
        --duration "$(printf '00:00:00:%02d' "${DURATION%s}")" >"$WORK/trace.log" 2>&1 &
    TRACE_PID=$!
    for _ in $(seq 1 100); do grep -q "Recording trace" "$WORK/trace.log" 2>/dev/null && break; sleep 0.1; done
fi
run_wrk put 16
if [[ -n "$TRACE_PID" ]]; then
    wait "$TRACE_PID" || true
    sed 's/^/    dotnet-trace: /' "$WORK/trace.log" | tail -3
fi
curl -fsS "http://127.0.0.1:$PORT/history?limit=1" | head -c 200; echo
# Stopped here so the store logs, as it closes, how its group commits went (writes a group, statements vs COMMIT).
kill "$SERVE_PID"; wait "$SERVE_PID" 2>/dev/null || true; SERVE_PID=""
grep -o "Inventory store: [0-9]* writes in .*" "$WORK/serve.log" || echo "serve logged no group commits"
for name in "${READS[@]}" put; do
    if [[ "$(field "$name" 3)" != 0 ]]; then echo "warning: $name had $(field "$name" 3) non-2xx answers"; fi
done

# BENCH lines: figure, value, anchor, ratio, goal, met.
ratio_line() { # FIGURE VALUE ANCHOR UNIT GOAL_OP GOAL
    awk -v f="$1" -v v="$2" -v a="$3" -v u="$4" -v op="$5" -v g="$6" 'BEGIN {
        r = (a > 0) ? v / a : 0
        met = (op == ">=") ? (r >= g) : (r <= g)
        printf "BENCH\t%s\t%.2f %s\t%.2f %s\t%.2f\t%s %.2f\t%s\n", f, v, u, a, u, r, op, g, met ? "yes" : "no" }'
}
put_line() { ratio_line "PUT /nodes/{xname} rate, 16 clients (goal 2000/s as anchor)" "$(field put 1)" 2000 "req/s" ">=" 1; }
if [[ ${#READS[@]} -eq 0 ]]; then put_line; exit 0; fi
HEALTHZ="$(field healthz 1)"
ratio_line "GET /nodes/{xname} rate vs /healthz" "$(field path 1)" "$HEALTHZ" "req/s" ">=" 0.25
ratio_line "GET /nodes?xname= rate vs /healthz" "$(field xname 1)" "$HEALTHZ" "req/s" ">=" 0.25
ratio_line "GET /nodes?mac= rate vs /healthz" "$(field mac 1)" "$HEALTHZ" "req/s" ">=" 0.25
ratio_line "GET /nodes?ip= rate vs /healthz" "$(field ip 1)" "$HEALTHZ" "req/s" ">=" 0.25
ratio_line "GET /nodes?limit=100&offset=random p99 (goal 10 ms as anchor)" "$(field page 2)" 10 "ms" "<=" 1
ratio_line "GET /nodes?arch=x86_64&limit=100&offset=random p99 (goal 10 ms as anchor)" "$(field filtered 2)" 10 "ms" "<=" 1
put_line
