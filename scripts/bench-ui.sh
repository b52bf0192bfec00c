#!/usr/bin/env bash
# First render of the web view's nodes page at cluster scale (issue 18): the time from navigation to the first page
# of nodes in the table, in Debian's headless chromium driven by Playwright (scripts/bench/ui-first-render), on a
# served store of NODES nodes (default 250,000, 2 NICs each, seeded with SQL as scripts/bench-store.sh does), against
# the same measurement on a store of SMALL nodes (default 100) in the same run. The page marks
# performance.mark('nodes-rendered') once its table is filled; each figure is the median of RUNS fresh browser
# contexts (no cache) after one warm-up. Prints one BENCH line (scripts/bench.sh): ratio goal <= 2.00.
# Everything stays on loopback. Default run: about 2-3 minutes on 2 cores (most of it seeding and loading 250,000 nodes).
#
#   scripts/bench-ui.sh [NODES]          # default 250000
#   SMALL=100 RUNS=7 scripts/bench-ui.sh
set -euo pipefail
cd "$(dirname "$0")/.."

NODES="${1:-250000}"
SMALL="${SMALL:-100}"
RUNS="${RUNS:-7}"
WORK="$(mktemp -d /tmp/discover-bench-ui.XXXXXX)"
SERVE_PID=""
stop_serve() {
    if [[ -n "$SERVE_PID" ]]; then kill "$SERVE_PID" 2>/dev/null || true; wait "$SERVE_PID" 2>/dev/null || true; fi
    SERVE_PID=""
}
cleanup() {
    stop_serve
    rm -rf "$WORK"
}
trap cleanup EXIT

if [[ ! -x /usr/bin/chromium ]]; then
    echo "bench-ui needs Debian's chromium at /usr/bin/chromium: run scripts/install-deps.sh" >&2
    exit 3
fi

dotnet build tests/Discovery.Tests -c Release -v quiet -nologo >/dev/null
dotnet build src/Discovery.Cli -c Release -v quiet -nologo >/dev/null
dotnet build scripts/bench/ui-first-render -c Release -v quiet -nologo >/dev/null
STORAGE="artifacts/bin/Discovery.Tests/release/Discovery.Tests.dll"
DISCOVER="artifacts/bin/Discovery.Cli/release/discover.dll"
BROWSER="artifacts/bin/UiFirstRender/release/UiFirstRender.dll"
export DISCOVER_JWT_SECRET="bench-secret-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"

# measure N: seeds a store of N nodes, serves it, waits until its nodes are in memory (as a long-running serve has
# them), and leaves "first-render-ms X fetch-ms Y rows R runs K" in $WORK/N.out.
measure() {
    local nodes="$1" data="$WORK/store-$1" port=$(( 20000 + RANDOM % 20000 ))
    dotnet exec "$STORAGE" --seed-store "$data" "$nodes"
    dotnet exec "$DISCOVER" serve --listen "127.0.0.1:$port" --data-dir "$data" --snapshot-interval 0 --log-level information 2>"$WORK/serve-$nodes.log" &
    SERVE_PID=$!
    for _ in $(seq 1 1800); do
        if grep -q "loaded into memory" "$WORK/serve-$nodes.log" && curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then break; fi
        if ! kill -0 "$SERVE_PID" 2>/dev/null; then cat "$WORK/serve-$nodes.log"; exit 1; fi
        sleep 0.1
    done
    echo "serve ($nodes nodes): $(grep -m1 'loaded into memory' "$WORK/serve-$nodes.log" || echo 'read model not loaded')"
    echo "--- chromium: #/nodes on $nodes nodes ($RUNS runs; load $(cut -d' ' -f1-3 /proc/loadavg))"
    dotnet exec "$BROWSER" "http://127.0.0.1:$port/#/nodes" "$RUNS" | tee "$WORK/$nodes.out"
    stop_serve
}

echo "bench-ui: first render of #/nodes, $NODES nodes vs $SMALL; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
measure "$SMALL"
measure "$NODES"

field() { awk -v name="$2" '{ for (i = 1; i < NF; i++) if ($i == name) print $(i + 1) }' "$WORK/$1.out"; }
BIG_MS="$(field "$NODES" first-render-ms)"
SMALL_MS="$(field "$SMALL" first-render-ms)"
echo "GET /nodes (first page of 100) as the page fetched it: $(field "$NODES" fetch-ms) ms at $NODES nodes, $(field "$SMALL" fetch-ms) ms at $SMALL"
awk -v big="$BIG_MS" -v small="$SMALL_MS" -v nodes="$NODES" -v few="$SMALL" 'BEGIN {
    ratio = big / small
    printf "BENCH\tfirst render of #/nodes (chromium, median), %d nodes vs %d nodes\t%.0f ms\t%.0f ms\t%.2f\t<= 2.00\t%s\n",
        nodes, few, big, small, ratio, (ratio <= 2.00 ? "yes" : "no")
}'
