#!/usr/bin/env bash
# Cost of parts (issue 17): `discover collect` of FLEET mock BMCs (every shared mockup round-robin, or the project
# fixtures when ../shared is absent) with parts (profile inventory) against the same run without them (profile
# nodes: the crawl and mapping of before issue 17), alternating, ROUNDS rounds each. Prints the crawl log's Parquet
# size and the wall time of both, and one BENCH line (format in scripts/bench.sh). Store and crawl log go to a
# temporary folder; everything listens on and talks to 127.0.0.0/8 only.
#
#   scripts/bench-parts.sh [FLEET] [ROUNDS] [PARALLEL]
set -euo pipefail
FLEET="${1:-1000}"
ROUNDS="${2:-1}"
PARALLEL="${3:-64}"
export ARTIFACTS="${ARTIFACTS:-/tmp/discover-bench-parts}"
source "$(dirname "$0")/mock-common.sh"
[ -n "${DISCOVERY_SHARED_MOCKUPS:-}" ] && SHARED_MOCKUPS="$DISCOVERY_SHARED_MOCKUPS"
WORK="$(mktemp -d /tmp/bench-parts.XXXXXX)"
trap 'mock_stop; rm -rf "$WORK" "$MOCK_OUT"' EXIT

dotnet build "$REPO/src/Discovery.Cli" -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
DISCOVER="$ARTIFACTS/bin/Discovery.Cli/release/discover"
mockups=()
if [ -n "$SHARED_MOCKUPS" ]; then
  for m in "$SHARED_MOCKUPS"/*/; do mockups+=(--mockup "${m%/}"); done
else
  for m in minimal nics-under-managers multi-system no-systems; do mockups+=(--mockup "$REPO/fixtures/$m"); done
fi

mock_start "$MOCK_BMC" "${mockups[@]}" --fleet "$FLEET" --first-address 127.1.0.2 --tls -q
urls=()
for ((i = 0; i < FLEET; i++)); do n=$((2 + i)); urls+=("https://127.1.$((n / 256)).$((n % 256)):$MOCK_PORT"); done
echo "bench-parts: $FLEET BMCs, $ROUNDS round(s), --parallel $PARALLEL, HTTPS; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

# collect NAME PROFILE: one collect into $WORK/NAME; prints "wall_ms parquet_bytes requests".
collect() {
  local dir="$WORK/$1" start end
  rm -rf "$dir"; mkdir -p "$dir"
  start=$(date +%s%N)
  DISCOVER_PASSWORD=password "$DISCOVER" collect "${urls[@]}" --profile "$2" --username admin --no-secrets-store \
    --state-dir "$dir/state" --data-dir "$dir/store" --log-dir "$dir/logs" --parallel "$PARALLEL" -o json >"$dir/rows.json" 2>"$dir/err" || true
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(find "$dir/logs" -name '*.parquet' -printf '%s\n' | awk '{s += $1} END {print s + 0}') \
$(python3 -c "import json,sys; print(sum(r['requests'] for r in json.load(open(sys.argv[1]))))" "$dir/rows.json")"
}

with=(); without=()
for ((r = 0; r < ROUNDS; r++)); do
  read -r w_ms w_bytes w_req < <(collect without nodes); without+=("$w_ms")
  read -r p_ms p_bytes p_req < <(collect with inventory); with+=("$p_ms")
  echo "round $((r + 1)): without parts ${w_ms} ms, ${w_bytes} B Parquet, ${w_req} requests; with parts ${p_ms} ms, ${p_bytes} B Parquet, ${p_req} requests"
done
python3 - "${without[*]}" "${with[*]}" "$w_bytes" "$p_bytes" "$FLEET" <<'PY'
import statistics, sys
without = statistics.median(int(v) for v in sys.argv[1].split()) / 1000
with_ = statistics.median(int(v) for v in sys.argv[2].split()) / 1000
wb, pb, fleet = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
print(f"crawl log Parquet: {pb / 1e6:.1f} MB with parts, {wb / 1e6:.1f} MB without ({pb / wb:.2f}x)")
ratio = with_ / without
print(f"BENCH\tcollect {fleet:,} BMCs with parts vs without (wall)\t{with_:.1f} s\t{without:.1f} s\t{ratio:.2f}\t<= 1.30\t{'yes' if ratio <= 1.30 else 'no'}")
PY
