#!/usr/bin/env bash
# Benchmark of `discover collect` (Release build) against mock-bmc fleets over HTTPS, printing figures and one
# BENCH line per goal of issue 14 (format in scripts/bench.sh). Three runs, each with its anchor in this run:
#
#  1. CPU: FLEET BMCs (every shared mockup round-robin, or the project fixtures when ../shared is absent), no
#     added latency. discover's user+sys CPU divided by its requests, against a minimal Go client
#     (scripts/bench/redfish-anchor, built here) sending the same GETs to the same fleet: one session per BMC,
#     2 requests in flight per BMC, PARALLEL BMCs at once, every body decoded.
#  2. Latency: LAT_FLEET BMCs, same mockups, LATENCY ms added to every request. Wall time of the whole command
#     against the critical path of issue 14: requests x latency / (PARALLEL x 2 in flight per BMC), that is
#     fleet/parallel waves x round trips per BMC x latency.
#  3. Memory: peak RSS of collecting 5,000 BMCs against 1,000, both of the project's small `minimal` fixture
#     (8 requests per BMC: 5,000 BMCs of the shared mockups would not fit the 4-minute budget on 2 cores).
#
# Every run writes its store and crawl log into a temporary folder (the defaults under $HOME are not touched).
# Everything listens on and talks to 127.0.0.0/8 only.
#
#   scripts/bench-collect.sh [FLEET] [LATENCY_MS] [PARALLEL] [LAT_FLEET] [RSS_SMALL] [RSS_LARGE]
#   COMPOSITE=1 scripts/bench-collect.sh   # discover self-contained, framework and app in one ReadyToRun composite
#   ONLY=latency scripts/bench-collect.sh  # one run only (cpu, latency or rss); all three by default
#   DISCOVER=PATH scripts/bench-collect.sh # time a discover built already (A/B against another branch)
#   KEEP=DIR scripts/bench-collect.sh      # copy each run's crawl log and stderr into DIR/NAME (for a timeline)
#
# COMPOSITE=1 measures the option of shipping a composite image: the framework's generics over the app's types (async
# state machines, source-generated JSON metadata: about 1,000 methods a collect compiles) are precompiled too, which
# about halved the fixed CPU of a collect (0.7-0.9 -> 0.35-0.45 s for one unreachable BMC, load 25-40). Its first
# publish compiles the whole framework (14 minutes at load 25 on 2 cores), so it is not the default; later runs reuse
# it while nothing changed.
set -euo pipefail
FLEET="${1:-200}"
LATENCY="${2:-50}"
PARALLEL="${3:-64}"
LAT_FLEET="${4:-1000}"
RSS_SMALL="${5:-1000}"
RSS_LARGE="${6:-5000}"
PER_BMC=2
ONLY="${ONLY:-}"
case "$ONLY" in ""|cpu|latency|rss) ;; *) echo "ONLY is cpu, latency or rss, not '$ONLY'" >&2; exit 2 ;; esac
runs() { [ -z "$ONLY" ] || [ "$ONLY" == "$1" ]; }
export ARTIFACTS="${ARTIFACTS:-/tmp/discover-bench-collect}"
source "$(dirname "$0")/mock-common.sh"
[ -n "${DISCOVERY_SHARED_MOCKUPS:-}" ] && SHARED_MOCKUPS="$DISCOVERY_SHARED_MOCKUPS"
WORK="$(mktemp -d /tmp/bench-collect.XXXXXX)"
trap 'mock_stop; rm -rf "$WORK" "$MOCK_OUT"' EXIT

if runs cpu && ! command -v go >/dev/null; then
  echo "installing golang-go (Debian package) for the anchor"
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-go >/dev/null
fi
# discover as scripts/package.sh ships it, ReadyToRun: a collect lasts seconds, and a plain build spends a good part of
# them in the JIT (about 13% of a 200-BMC collect's CPU, 8% with ReadyToRun). Framework-dependent, not a single file:
# the same compiled code, without unpacking the bundle on the first start.
if [ -n "${DISCOVER:-}" ]; then
  [ -x "$DISCOVER" ] || { echo "DISCOVER=$DISCOVER is not an executable" >&2; exit 2; }
elif [[ "${COMPOSITE:-0}" == 1 ]]; then
  dotnet publish "$REPO/src/Discovery.Cli" -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true \
    -p:PublishReadyToRunComposite=true --artifacts-path "$ARTIFACTS/composite" -o "$ARTIFACTS/publish/discover-composite" \
    -v quiet -nologo >/dev/null
  DISCOVER="$ARTIFACTS/publish/discover-composite/discover"
else
  dotnet publish "$REPO/src/Discovery.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    --artifacts-path "$ARTIFACTS" -o "$ARTIFACTS/publish/discover" -v quiet -nologo >/dev/null
  DISCOVER="$ARTIFACTS/publish/discover/discover"
fi
ANCHOR="$WORK/redfish-anchor"
if runs cpu; then
  (cd "$REPO/scripts/bench/redfish-anchor" && GOCACHE="$WORK/gocache" GO111MODULE=off go build -o "$ANCHOR" main.go)
fi

shared=()
if [ -n "$SHARED_MOCKUPS" ]; then
  for m in "$SHARED_MOCKUPS"/*/; do shared+=(--mockup "${m%/}"); done
else
  for m in minimal nics-under-managers multi-system no-systems; do shared+=(--mockup "$REPO/fixtures/$m"); done
fi
small=(--mockup "$REPO/fixtures/minimal")

# run_collect NAME FLEET LATENCY [--no-store] [--no-log] MOCKUP-ARGS...: starts the fleet (instance i on 127.1.0.2 + i), collects it with
# the store and crawl log in $WORK/NAME, and leaves the fleet running (mock_stop ends it). Sets WALL_MS, CPU_S,
# RSS_KB, REQUESTS and prints one human line.
run_collect() {
  local name="$1" fleet="$2" latency="$3"; shift 3
  local skip=()
  while [[ "${1:-}" == --no-* ]]; do skip+=("$1"); shift; done
  mock_start "$MOCK_BMC" "$@" --fleet "$fleet" --first-address 127.1.0.2 --tls --latency "$latency" -q
  local urls=() i n
  for ((i = 0; i < fleet; i++)); do n=$((2 + i)); urls+=("https://127.1.$((n / 256)).$((n % 256)):$MOCK_PORT"); done
  mkdir -p "$WORK/$name"
  local start_ns end_ns code
  start_ns=$(date +%s%N)
  set +e
  DISCOVER_PASSWORD=password /usr/bin/time -f '%e %U %S %M' -o "$WORK/$name/time" "$DISCOVER" collect "${urls[@]}" \
    --username admin --no-secrets-store --state-dir "$WORK/$name/state" --data-dir "$WORK/$name/store" \
    --log-dir "$WORK/$name/logs" --parallel "$PARALLEL" --per-bmc "$PER_BMC" "${skip[@]}" -o json >"$WORK/$name/rows.json" 2>"$WORK/$name/err"
  code=$?
  set -e
  end_ns=$(date +%s%N)
  WALL_MS=$(( (end_ns - start_ns) / 1000000 ))
  if [ -n "${KEEP:-}" ]; then
    mkdir -p "$KEEP/$name" && cp -r "$WORK/$name/logs" "$WORK/$name/err" "$KEEP/$name/" && echo "$start_ns $end_ns" >"$KEEP/$name/span"
  fi
  read -r _ user sys RSS_KB <"$WORK/$name/time"
  CPU_S=$(python3 -c "print($user + $sys)")
  REQUESTS=$(python3 - "$WORK/$name/rows.json" "$name" "$WALL_MS" "$latency" "$code" "$CPU_S" "$RSS_KB" <<'PY'
import json, sys, collections
rows = json.load(open(sys.argv[1])); wall_ms = int(sys.argv[3])
requests = sum(r["requests"] for r in rows)
status = dict(collections.Counter(r["status"] for r in rows))
print(f"{sys.argv[2]}: {len(rows)} BMCs, latency {sys.argv[4]} ms, {wall_ms/1000:.1f} s wall, {requests} requests "
      f"({requests/(wall_ms/1000):.0f} req/s), CPU {float(sys.argv[6]):.2f} s, peak RSS {int(sys.argv[7])//1024} MB, "
      f"status {status}, exit {sys.argv[5]}", file=sys.stderr)
print(requests)
PY
)
}

bench() { # bench FIGURE VALUE ANCHOR RATIO GOAL MET
  printf 'BENCH\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@"
}

echo "bench-collect: $(nproc) cores, $(dotnet --version) SDK, $(command -v go >/dev/null && go version | cut -d' ' -f3), --parallel $PARALLEL, --per-bmc $PER_BMC, inventory profile, HTTPS$([[ "${COMPOSITE:-0}" == 1 ]] && echo ", composite ReadyToRun"); load $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. CPU per request, against the Go client sending the same GETs to the same fleet.
if runs cpu; then
run_collect cpu "$FLEET" 0 "${shared[@]}" 2>&1
"$DISCOVER" logs query --log-dir "$WORK/cpu/logs" --state-dir "$WORK/cpu/state" --csv \
  "SELECT bmc, port, uri FROM responses WHERE method = 'GET' ORDER BY ts" |
  tail -n +2 | awk -F, '{ printf "https://%s:%s\t%s\n", $1, $2, $3 }' >"$WORK/urls.tsv"
DISCOVER_PASSWORD=password /usr/bin/time -f '%e %U %S %M' -o "$WORK/anchor.time" \
  "$ANCHOR" -urls "$WORK/urls.tsv" -parallel "$PARALLEL" -per-bmc "$PER_BMC" -user admin >"$WORK/anchor.out"
mock_stop
read -r _ go_user go_sys go_rss <"$WORK/anchor.time"
go_requests=$(sed -n 's/.*requests \([0-9]*\).*/\1/p' "$WORK/anchor.out")
echo "Go client: $(cat "$WORK/anchor.out"), CPU $(python3 -c "print(f'{$go_user + $go_sys:.2f}')") s, peak RSS $((go_rss / 1024)) MB"
python3 - "$CPU_S" "$REQUESTS" "$go_user" "$go_sys" "$go_requests" <<'PY'
import sys
cpu, requests, go_cpu, go_requests = float(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]) + float(sys.argv[4]), int(sys.argv[5])
# A tiny fleet can leave the Go client under /usr/bin/time's 10 ms resolution: count it as 10 ms, not as zero.
mine, go = cpu / requests * 1e6, max(go_cpu, 0.01) / go_requests * 1e6
print(f"CPU per request: discover {mine:.0f} µs, Go client {go:.0f} µs ({mine / go:.2f}x the Go client)")
print(f"BENCH\tcollect CPU µs/request (goal: value <= 150 µs)\t{mine:,.0f} µs\tGo client {go:,.0f} µs\t{mine / go:.2f}\t<= 150 µs\t{'yes' if mine <= 150 else 'no'}")
PY

# Where the CPU goes: the same fleet without the store step, then without the crawl log too (human lines only).
for skip in "--no-store" "--no-store --no-log"; do
  # shellcheck disable=SC2086 # two flags on purpose
  run_collect "cpu${skip// /}" "$FLEET" 0 $skip "${shared[@]}" 2>&1
  mock_stop
  echo "  $skip: $(python3 -c "print(f'{$CPU_S / $REQUESTS * 1e6:.0f}')") µs/request"
done
fi

# 2. Wall time with added latency against the critical path.
if runs latency; then
run_collect latency "$LAT_FLEET" "$LATENCY" "${shared[@]}" 2>&1
mock_stop
python3 - "$WALL_MS" "$REQUESTS" "$LATENCY" "$PARALLEL" "$PER_BMC" <<'PY'
import sys
wall, requests, latency, parallel, per_bmc = int(sys.argv[1]) / 1000, int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
critical = requests * latency / 1000 / (parallel * per_bmc)
print(f"critical path: {requests} requests x {latency} ms / ({parallel} BMCs x {per_bmc} in flight) = {critical:.1f} s; wall {wall:.1f} s = {wall / critical:.2f}x")
print(f"BENCH\tcollect wall vs critical path at {latency} ms\t{wall:.1f} s\t{critical:.1f} s\t{wall / critical:.2f}\t<= 1.20\t{'yes' if wall / critical <= 1.20 else 'no'}")
PY
fi

# 3. Peak RSS of a large fleet against a small one (same small mockup).
if runs rss; then
run_collect rss-small "$RSS_SMALL" 0 "${small[@]}" 2>&1
mock_stop
small_kb=$RSS_KB
run_collect rss-large "$RSS_LARGE" 0 "${small[@]}" 2>&1
mock_stop
python3 - "$small_kb" "$RSS_KB" "$RSS_SMALL" "$RSS_LARGE" <<'PY'
import sys
small, large = int(sys.argv[1]) / 1024, int(sys.argv[2]) / 1024
print(f"BENCH\tcollect RSS {sys.argv[4]} vs {sys.argv[3]} BMCs\t{large:.0f} MB\t{small:.0f} MB\t{large / small:.2f}\t<= 1.50\t{'yes' if large / small <= 1.50 else 'no'}")
PY
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
