#!/usr/bin/env bash
# Benchmark of the crawl log, three processes of the library test executable (helper modes, no extra project):
#  1. the anchor, --bench-duckdb-copy: DuckDB generates ROWS rows shaped like `responses` (the same 1-2 KB
#     bodies) and COPYs them to zstd Parquet;
#  2. --bench-crawl-log: ROWS rows through CrawlLogWriter (redaction, appender, zstd Parquet part files), then a
#     few `logs query`-style aggregates over the result; it prints the CPU of each thread per row (caller, appender,
#     pool threads copying parts), which says what bounds the rate on 2 cores;
#  3. the same with ROWS/4 rows, whose peak working set the big run's must stay near (memory bounded by the part
#     size, not by the rows of a run).
# Prints human lines and one BENCH line per goal (scripts/bench.sh collects them). Nothing touches the network.
#
#   scripts/bench-crawl-log.sh [ROWS]                        # default 1,000,000
#   BENCH_ROWS_PER_PART=50000 scripts/bench-crawl-log.sh     # part-file size (default 50,000 rows)
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS="${1:-1000000}"
SMALL=$((ROWS / 4))
ARTIFACTS="${ARTIFACTS:-/tmp/discover-bench-artifacts}"
WORK="$(mktemp -d /tmp/discover-bench-log.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

dotnet build tests/Discovery.Tests -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
DLL="$ARTIFACTS/bin/Discovery.Tests/release/Discovery.Tests.dll"
# The writer runs inside `discover`, which ships with PGO's instrumented tier and quick JIT off
# (src/Discovery.Cli/Discovery.Cli.csproj); the test executable hosting it here is run the same way, so the JIT costs
# what it costs in discover (with the defaults, JIT threads took about 0.2 µs of CPU per row of a 300,000-row run).
export DOTNET_TieredPGO=0 DOTNET_TC_QuickJit=0

echo "bench-crawl-log: $ROWS rows, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), work dir $WORK"
dotnet exec "$DLL" --bench-duckdb-copy "$WORK/copy" "$ROWS" | tee "$WORK/copy.out"
dotnet exec "$DLL" --bench-crawl-log "$WORK/big" "$ROWS" | tee "$WORK/big.out"
echo "on disk: $(du -sh "$WORK/big" | cut -f1)"
rm -rf "$WORK/big" "$WORK/copy"
dotnet exec "$DLL" --bench-crawl-log "$WORK/small" "$SMALL" | grep -v '^query:' | tee "$WORK/small.out"

# The `result:` lines hold plain numbers: key=value.
value() { grep '^result:' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
copy_rate=$(value "$WORK/copy.out" copy_rows_per_s)
rate=$(value "$WORK/big.out" rows_per_s)
big_mb=$(value "$WORK/big.out" peak_mb)
small_mb=$(value "$WORK/small.out" peak_mb)

bench_line() { # figure value anchor unit goal-op goal
  awk -v figure="$1" -v value="$2" -v anchor="$3" -v unit="$4" -v op="$5" -v goal="$6" '
    function commas(n,   s, head) { s = sprintf("%d", n + 0.5); head = ""; while (length(s) > 3) { head = "," substr(s, length(s) - 2) head; s = substr(s, 1, length(s) - 3) } return s head }
    BEGIN {
      ratio = sprintf("%.2f", value / anchor)
      met = (op == ">=" ? ratio + 0 >= goal + 0 : ratio + 0 <= goal + 0) ? "yes" : "no"
      printf "BENCH\t%s\t%s %s\t%s %s\t%s\t%s %s\t%s\n", figure, commas(value), unit, commas(anchor), unit, ratio, op, goal, met
    }'
}
bench_line "crawl log rows/s (absolute goal: anchor is the goal, 200,000 rows/s)" "$rate" 200000 "rows/s" ">=" 1.00
bench_line "crawl log vs DuckDB COPY (same rows to zstd Parquet)" "$rate" "$copy_rate" "rows/s" ">=" 0.50
bench_line "crawl log peak RSS bounded ($ROWS rows vs $SMALL rows)" "$big_mb" "$small_mb" "MB" "<=" 1.20
