#!/usr/bin/env bash
# Benchmark of `discover scan` against nmap's TCP connect scan, on loopback only.
# Starts a 200-BMC mock fleet (mock-bmc built in Release, HTTPS, mixed mockups) on 127.0.0.2-201, then runs
#   discover scan 127.0.0.0/16 -p PORT -o json
#   nmap -n -Pn -sT -p PORT --open 127.0.0.0/16        (open ports only, no Redfish check)
# each under /usr/bin/time -v, and prints wall time, peak RSS and what each found.
# Usage: scripts/bench-scan.sh [FLEET_SIZE] [CONCURRENCY]
set -euo pipefail
FLEET="${1:-200}"
CONCURRENCY="${2:-512}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_ARTIFACTS="${BENCH_ARTIFACTS:-/tmp/discover-bench-scan-artifacts}"
# shellcheck source=scripts/mock-common.sh
source "$REPO/scripts/mock-common.sh"
trap mock_stop EXIT
SHARED_MOCKUPS="${DISCOVERY_SHARED_MOCKUPS:-$SHARED_MOCKUPS}"

dotnet build "$REPO/src/Discovery.Cli" -c Release --artifacts-path "$BENCH_ARTIFACTS" -v quiet -nologo >/dev/null
DISCOVER="$BENCH_ARTIFACTS/bin/Discovery.Cli/release/discover"

MOCKUP_ARGS=()
if [ -n "$SHARED_MOCKUPS" ]; then
  for m in "$SHARED_MOCKUPS"/*/; do MOCKUP_ARGS+=(--mockup "${m%/}"); done
else
  for m in minimal multi-system nics-under-managers; do MOCKUP_ARGS+=(--mockup "$REPO/fixtures/$m"); done
fi
mock_start "$MOCK_BMC" "${MOCKUP_ARGS[@]}" --fleet "$FLEET" --tls --quiet
echo "fleet: $FLEET BMCs on 127.0.0.2+ port $MOCK_PORT (HTTPS)"

OUT="$(mktemp -d /tmp/bench-scan.XXXXXX)"
measure() { # name, command...
  local name="$1"; shift
  /usr/bin/time -v "$@" >"$OUT/$name.out" 2>"$OUT/$name.err" || true
  local wall rss
  wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$OUT/$name.err")"
  rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/$name.err")"
  printf '%-8s wall %-10s peak RSS %6d MiB' "$name" "$wall" $((rss / 1024))
}

measure discover "$DISCOVER" scan 127.0.0.0/16 -p "$MOCK_PORT" -o json --concurrency "$CONCURRENCY" --state-dir "$OUT/state"
echo "  BMCs found: $(grep -c '"address"' "$OUT/discover.out" || true)   ($(grep -E '^scanned' "$OUT/discover.err" || true))"
if command -v nmap >/dev/null; then
  measure nmap nmap -n -Pn -sT -p "$MOCK_PORT" --open 127.0.0.0/16
  echo "  open ports: $(grep -c '/tcp *open' "$OUT/nmap.out" || true)"
else
  echo "nmap not installed; skipped"
fi
rm -rf "$OUT"
