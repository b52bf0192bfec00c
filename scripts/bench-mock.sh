#!/usr/bin/env bash
# Benchmarks of mock-bmc (Release build), printing figures:
#  1. start a 1,000-BMC fleet (HTTPS, the iLO 5 + Intel + Gigabyte mockups round-robin, or the project fixtures
#     when ../shared is absent): wall time until the ready line, peak RSS at ready (VmHWM) and at exit (time -v);
#  2. GET /redfish/v1/Systems/<id> on one instance with wrk (-t2 -c64, Basic auth) for DURATION (default 10s),
#     over HTTP and over HTTPS.
# Everything listens on 127.0.0.0/8.
#
#   scripts/bench-mock.sh [FLEET] [DURATION]
set -euo pipefail
FLEET="${1:-1000}"
DURATION="${2:-10s}"
source "$(dirname "$0")/mock-common.sh"
trap 'mock_stop; rm -f "$MOCK_OUT" "${TIME_OUT:-}"' EXIT
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

if [ -n "$SHARED_MOCKUPS" ]; then
  mockups=(--mockup "$SHARED_MOCKUPS/hpe-proliant-dl325-gen10plus-ilo5" --mockup "$SHARED_MOCKUPS/intel-s2600bpb" --mockup "$SHARED_MOCKUPS/gigabyte-h262-z63-ami")
  system_path="/redfish/v1/Systems/1"
else
  mockups=(--mockup "$REPO/fixtures/minimal" --mockup "$REPO/fixtures/multi-system")
  system_path="/redfish/v1/Systems/1"
fi
echo "bench-mock: $(nproc) cores, $(dotnet --version) SDK, fleet $FLEET"

TIME_OUT="$(mktemp /tmp/mock-bmc-time.XXXXXX)"
start_ns=$(date +%s%N)
mock_start /usr/bin/time -v -o "$TIME_OUT" "$MOCK_BMC" "${mockups[@]}" --fleet "$FLEET" --first-address 127.1.0.2 --tls -q
ready_ns=$(date +%s%N)
child=$(pgrep -P "$MOCK_PID" -f mock-bmc | head -1)
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$child/status")
threads=$(awk '/Threads/ {print $2}' "/proc/$child/status")
echo "start $FLEET BMCs: $(( (ready_ns - start_ns) / 1000000 )) ms wall until ready ($(sed -n 's/.* in \([0-9]*\) ms.*/\1/p' "$MOCK_OUT") ms inside mock-bmc), peak RSS at ready $((hwm / 1024)) MB, $threads threads"
curl -sk -o /dev/null -w "check: GET https://127.1.3.233:$MOCK_PORT/redfish/v1 -> %{http_code}\n" "https://127.1.3.233:$MOCK_PORT/redfish/v1" || true
kill -TERM "$child"; wait "$MOCK_PID" 2>/dev/null || true; MOCK_PID=""
echo "exit: $(grep -E 'Maximum resident set size' "$TIME_OUT" | sed 's/^\s*//'), $(grep -E 'Elapsed \(wall' "$TIME_OUT" | sed 's/^\s*//')"

auth="Authorization: Basic $(printf 'admin:password' | base64)"
for scheme in http https; do
  tls=(); [ "$scheme" = https ] && tls=(--tls)
  mock_start "$MOCK_BMC" "${mockups[0]}" "${mockups[1]}" --fleet 1 --first-address 127.1.0.2 "${tls[@]}" -q
  url="$scheme://127.1.0.2:$MOCK_PORT$system_path"
  echo "wrk -t2 -c64 -d$DURATION -H 'Authorization: Basic ...' $url  (body $(curl -sk -H "$auth" "$url" | wc -c) bytes)"
  wrk -t2 -c64 -d"$DURATION" -H "$auth" "$url" | grep -E 'Requests/sec|Latency|Non-2xx|Socket errors|requests in'
  mock_stop
done
