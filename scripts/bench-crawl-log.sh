#!/usr/bin/env bash
# Benchmark of the crawl log: writes ROWS (default 1,000,000) `responses` rows with realistic 1-2 KB Redfish
# bodies through CrawlLogWriter (redaction, appender, zstd Parquet part files), prints rows/s and MB/s, then
# times a few `logs query`-style aggregates over the result with CrawlLogQuery. Nothing touches the network.
#
#   scripts/bench-crawl-log.sh [ROWS]
#   BENCH_ROWS_PER_PART=50000 scripts/bench-crawl-log.sh     # part-file size (default 50,000 rows)
#
# The driver is a helper mode of the library test executable (no extra project): --bench-crawl-log.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS="${1:-1000000}"
ARTIFACTS="${ARTIFACTS:-/tmp/discover-bench-artifacts}"
LOG_DIR="$(mktemp -d /tmp/discover-bench-log.XXXXXX)"
trap 'rm -rf "$LOG_DIR"' EXIT

dotnet build tests/Discovery.Tests -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
DLL="$ARTIFACTS/bin/Discovery.Tests/release/Discovery.Tests.dll"

echo "bench-crawl-log: $ROWS rows, $(nproc) cores, log dir $LOG_DIR"
/usr/bin/time -f "process: %e s wall, %M KB max RSS" dotnet exec "$DLL" --bench-crawl-log "$LOG_DIR" "$ROWS"
echo "on disk: $(du -sh "$LOG_DIR" | cut -f1)"
