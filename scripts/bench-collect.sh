#!/usr/bin/env bash
# Benchmark of `discover collect` (Release build), printing figures: a mock-bmc fleet of FLEET BMCs over
# HTTPS (every shared mockup round-robin, or the project fixtures when ../shared is absent), collected with
# the inventory profile, once with no added latency and once with LATENCY ms added to every request:
# wall time, requests/second (every HTTP attempt, login and logout included), peak RSS of discover.
# Everything listens on and talks to 127.0.0.0/8 only.
#
#   scripts/bench-collect.sh [FLEET] [LATENCY_MS] [PARALLEL]
set -euo pipefail
FLEET="${1:-1000}"
LATENCY="${2:-50}"
PARALLEL="${3:-64}"
export ARTIFACTS="${ARTIFACTS:-/tmp/discover-bench-collect}"
source "$(dirname "$0")/mock-common.sh"
[ -n "${DISCOVERY_SHARED_MOCKUPS:-}" ] && SHARED_MOCKUPS="$DISCOVERY_SHARED_MOCKUPS"
WORK="$(mktemp -d /tmp/bench-collect.XXXXXX)"
trap 'mock_stop; rm -rf "$WORK" "$MOCK_OUT"' EXIT

dotnet build "$REPO/src/Discovery.Cli" -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
DISCOVER="$ARTIFACTS/bin/Discovery.Cli/release/discover"

mockups=()
if [ -n "$SHARED_MOCKUPS" ]; then
  for m in "$SHARED_MOCKUPS"/*/; do mockups+=(--mockup "${m%/}"); done
else
  for m in minimal nics-under-managers multi-system no-systems; do mockups+=(--mockup "$REPO/fixtures/$m"); done
fi

# Instance i listens on 127.1.0.2 + i.
targets=()
for ((i = 0; i < FLEET; i++)); do n=$((2 + i)); targets+=("127.1.$((n / 256)).$((n % 256))"); done

echo "bench-collect: $(nproc) cores, $(dotnet --version) SDK, fleet $FLEET, $(( ${#mockups[@]} / 2 )) mockups, --parallel $PARALLEL, inventory profile, HTTPS"
for latency in 0 "$LATENCY"; do
  mock_start "$MOCK_BMC" "${mockups[@]}" --fleet "$FLEET" --first-address 127.1.0.2 --tls --latency "$latency" -q
  urls=(); for t in "${targets[@]}"; do urls+=("https://$t:$MOCK_PORT"); done
  start_ns=$(date +%s%N)
  set +e
  DISCOVER_PASSWORD=password /usr/bin/time -v -o "$WORK/time" "$DISCOVER" collect "${urls[@]}" \
    --username admin --no-secrets-store --state-dir "$WORK/state" --parallel "$PARALLEL" -o json >"$WORK/rows.json" 2>"$WORK/err"
  code=$?
  set -e
  end_ns=$(date +%s%N)
  mock_stop
  python3 - "$WORK/rows.json" "$(( (end_ns - start_ns) / 1000000 ))" "$latency" "$code" <<'PY'
import json, sys, collections
rows = json.load(open(sys.argv[1])); wall_ms = int(sys.argv[2])
requests = sum(r["requests"] for r in rows); nodes = sum(r["nodes"] for r in rows)
status = collections.Counter(r["status"] for r in rows)
print(f"latency {sys.argv[3]} ms: {len(rows)} BMCs in {wall_ms/1000:.1f} s wall, {requests} requests = {requests/(wall_ms/1000):.0f} req/s, "
      f"{nodes} nodes, status {dict(status)}, exit {sys.argv[4]}")
PY
  echo "  $(grep -E 'Maximum resident set size' "$WORK/time" | sed 's/^\s*//'), $(grep -E 'Percent of CPU' "$WORK/time" | sed 's/^\s*//')"
done
