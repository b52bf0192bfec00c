#!/usr/bin/env bash
# Benchmark of `discover locate` against net-snmp's snmpbulkwalk, on loopback only (issue 16).
# Generates one 48-port switch holding ENTRIES forwarding-table entries (Q-BRIDGE dot1qTpFdbPort in two VLANs, plus
# dot1dBasePortIfIndex and ifName for 48 ports), serves it with snmpsim (snmpsimd, v2c), then runs ROUNDS times
# each, alternating so both see the same machine:
#   discover locate --location-map MAP -o json    (walks dot1qTpFdbPort, dot1dBasePortIfIndex, ifName, lldpRemSysName)
#   snmpbulkwalk -v2c -Cr40 over the same four subtrees (the same max-repetitions as discover)
# and prints the medians of wall time and one BENCH line (format: scripts/bench.sh): discover's time against
# snmpbulkwalk's in the same run (goal <= 1.50). Both include their process start; discover's is a .NET start
# (ReadyToRun, as packaged).
# Usage: scripts/bench-locate.sh [ENTRIES] [ROUNDS]
set -euo pipefail
ENTRIES="${1:-2000}"
ROUNDS="${2:-5}"
GOAL="1.50"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_ARTIFACTS="${BENCH_ARTIFACTS:-/tmp/discover-bench-locate-artifacts}"

for tool in snmpsimd snmpbulkwalk; do
  if ! command -v "$tool" >/dev/null; then
    "$REPO/scripts/install-deps.sh"
    break
  fi
done

OUT="$(mktemp -d /tmp/bench-locate.XXXXXX)"
SIM_PID=""
cleanup() {
  if [ -n "$SIM_PID" ]; then kill "$SIM_PID" 2>/dev/null || true; wait "$SIM_PID" 2>/dev/null || true; fi
  rm -rf "$OUT"
}
trap cleanup EXIT
chmod 755 "$OUT"

# What users run: the Debian package's discover, a ReadyToRun single file (the flags of scripts/package.sh), so a
# short walk does not spend its time in the JIT.
dotnet publish "$REPO/src/Discovery.Cli" -c Release -r linux-x64 --self-contained \
    -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true -p:PublishReadyToRun=true \
    --artifacts-path "$BENCH_ARTIFACTS" -o "$BENCH_ARTIFACTS/publish-r2r/discover" -v quiet -nologo >/dev/null
DISCOVER="$BENCH_ARTIFACTS/publish-r2r/discover/discover"

# The switch: ports 1-48 (ifIndex 1000+port), ENTRIES MACs spread over ports 1-47 in VLANs 10 and 20.
COMMUNITY="bench-ro-$$"
mkdir -p "$OUT/data" "$OUT/cache"
chmod 777 "$OUT/cache"
awk -v n="$ENTRIES" 'BEGIN {
  print "1.3.6.1.2.1.1.1.0|4|bench switch"
  for (p = 1; p <= 48; p++) printf "1.3.6.1.2.1.17.1.4.1.2.%d|2|%d\n", p, 1000 + p
  for (i = 0; i < n; i++) {
    vlan = (i % 2) ? 20 : 10
    printf "1.3.6.1.2.1.17.7.1.2.2.1.2.%d.2.0.0.%d.%d.%d|2|%d\n", vlan, int(i / 65536) % 256, int(i / 256) % 256, i % 256, (i % 47) + 1
  }
  for (p = 1; p <= 48; p++) printf "1.3.6.1.2.1.31.1.1.1.1.%d|4|Ethernet%d\n", 1000 + p, p
}' | sort -t'|' -k1,1 -V >"$OUT/data/$COMMUNITY.snmprec"

PORT="$(python3 -c 'import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
SIM_ARGS=(--data-dir="$OUT/data" --cache-dir="$OUT/cache" --agent-udpv4-endpoint="127.0.0.1:$PORT" --logging-method=null)
[ "$(id -u)" -eq 0 ] && SIM_ARGS+=(--process-user=nobody --process-group=nogroup)
snmpsimd "${SIM_ARGS[@]}" >"$OUT/snmpsim.log" 2>&1 &
SIM_PID=$!
# Ready when it answers (snmpsim indexes the file before it listens).
for _ in $(seq 1 300); do
  if snmpget -v2c -c "$COMMUNITY" -t 0.2 -r 0 "127.0.0.1:$PORT" 1.3.6.1.2.1.1.1.0 >/dev/null 2>&1; then break; fi
  sleep 0.1
done

printf '%s\n' "$COMMUNITY" >"$OUT/community"
chmod 600 "$OUT/community"
cat >"$OUT/map.yaml" <<MAP
switches:
  - name: bench
    address: 127.0.0.1
    port: $PORT
    snmp: v2c
    credentials: file:$OUT/community
    timeout: 5s
    retries: 1
MAP

SUBTREES=(1.3.6.1.2.1.17.7.1.2.2.1.2 1.3.6.1.2.1.17.1.4.1.2 1.3.6.1.2.1.31.1.1.1.1 1.0.8802.1.1.2.1.4.1.1.9)
run_discover() { "$DISCOVER" locate --location-map "$OUT/map.yaml" --no-secrets-store --all -o json >"$OUT/discover.json"; }
run_bulkwalk() {
  : >"$OUT/bulkwalk.txt"
  for oid in "${SUBTREES[@]}"; do
    snmpbulkwalk -v2c -c "$COMMUNITY" -Cr40 -On -t 5 -r 1 "127.0.0.1:$PORT" "$oid" >>"$OUT/bulkwalk.txt"
  done
}
seconds() { local start end; start="$(date +%s.%N)"; "$@"; end="$(date +%s.%N)"; awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

run_discover; run_bulkwalk   # warm both (snmpsim's first answers, the OS page cache)
: >"$OUT/discover.runs"; : >"$OUT/bulkwalk.runs"
for _ in $(seq 1 "$ROUNDS"); do
  seconds run_discover >>"$OUT/discover.runs"; echo >>"$OUT/discover.runs"
  seconds run_bulkwalk >>"$OUT/bulkwalk.runs"; echo >>"$OUT/bulkwalk.runs"
done

found="$(grep -c '"mac"' "$OUT/discover.json" || true)"
walked="$(grep -c '^\.1\.3\.6\.1\.2\.1\.17\.7\.1\.2\.2\.1\.2\.' "$OUT/bulkwalk.txt" || true)"
d="$(grep -v '^$' "$OUT/discover.runs" | median)"
b="$(grep -v '^$' "$OUT/bulkwalk.runs" | median)"
ratio="$(awk -v d="$d" -v b="$b" 'BEGIN { printf "%.2f", d / b }')"
met="$(awk -v r="$ratio" -v g="$GOAL" 'BEGIN { print (r <= g) ? "yes" : "no" }')"
echo "switch: 48 ports, $ENTRIES FDB entries (snmpsim v2c on 127.0.0.1:$PORT); rounds: $ROUNDS; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "discover locate: median ${d} s, $found MACs located"
echo "snmpbulkwalk (same 4 subtrees, -Cr40): median ${b} s, $walked FDB rows"
if [ "$found" -ne "$ENTRIES" ] || [ "$walked" -ne "$ENTRIES" ]; then
  echo "bench-locate: expected $ENTRIES entries from both (discover $found, snmpbulkwalk $walked)" >&2
  exit 1
fi
printf 'BENCH\tSNMP FDB walk %s entries vs snmpbulkwalk\t%s s\t%s s\t%s\t<= %s\t%s\n' \
  "$(printf "%'d" "$ENTRIES" 2>/dev/null || echo "$ENTRIES")" "$d" "$b" "$ratio" "$GOAL" "$met"
