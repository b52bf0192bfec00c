#!/usr/bin/env bash
# Benchmark of `discover scan` against nmap's TCP connect scan, on loopback only. discover is measured as
# scripts/package.sh builds it for users (self-contained single file, ReadyToRun), not as a plain `dotnet build`.
# Starts a 200-BMC mock fleet (mock-bmc built in Release, HTTPS, mixed mockups) on 127.0.0.2-201, then runs, ROUNDS
# times each and alternating so both see the same machine:
#   discover scan 127.0.0.0/16 -p PORT -o json             (connect, TLS and GET /redfish/v1/ on open ports; crawl log on)
#   nmap -n -Pn -sT -p PORT --open 127.0.0.0/16            (open ports only, no Redfish check)
# each under /usr/bin/time -v, and prints the medians of wall time and peak RSS, what each found, and two BENCH lines
# (format: scripts/bench.sh): wall time against nmap's in the same run (goal <= 1.00) and RSS against 64 MB.
# Also shown, for where memory goes: a one-address scan (the fixed cost of runtime, TLS and the crawl log)
# and the /16 with --no-log; the floor of any command, `discover --version`; the CPU (user + sys) of discover and nmap;
# and, from one more /16 sampled through /proc/PID/smaps_rollup, its peak RSS split into file-backed pages (the
# bundle's runtime and ReadyToRun code, libssl) and anonymous ones (GC heap, malloc arenas, JIT and stubs).
# Usage: [DISCOVER=PATH] scripts/bench-scan.sh [FLEET_SIZE] [CONCURRENCY] [ROUNDS]
set -euo pipefail
FLEET="${1:-200}"
CONCURRENCY="${2:-512}"
ROUNDS="${3:-3}"
RSS_GOAL_MB=64
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_ARTIFACTS="${BENCH_ARTIFACTS:-/tmp/discover-bench-scan-artifacts}"

if ! command -v nmap >/dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "bench-scan: installing nmap (the anchor)" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nmap >/dev/null
fi

# shellcheck source=scripts/mock-common.sh
source "$REPO/scripts/mock-common.sh"
OUT="$(mktemp -d /tmp/bench-scan.XXXXXX)"
trap 'mock_stop; rm -rf "$OUT"' EXIT
SHARED_MOCKUPS="${DISCOVERY_SHARED_MOCKUPS:-$SHARED_MOCKUPS}"

# discover as users install it: scripts/package.sh's build (self-contained single file, ReadyToRun: one composite
# image of the app and the runtime), with the same flags; DISCOVER=PATH times a build made already instead. Its
# native libraries are unpacked on the first start, into a folder of this run, before anything is timed.
if [ -z "${DISCOVER:-}" ]; then
  dotnet publish "$REPO/src/Discovery.Cli" -c Release -r linux-x64 --self-contained \
    -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true -p:PublishReadyToRun=true \
    --artifacts-path "$BENCH_ARTIFACTS" -o "$BENCH_ARTIFACTS/package/discover" -v quiet -nologo >/dev/null
  DISCOVER="$BENCH_ARTIFACTS/package/discover/discover"
fi
export DOTNET_BUNDLE_EXTRACT_BASE_DIR="$OUT/bundle"
"$DISCOVER" --version >/dev/null

MOCKUP_ARGS=()
if [ -n "$SHARED_MOCKUPS" ]; then
  for m in "$SHARED_MOCKUPS"/*/; do MOCKUP_ARGS+=(--mockup "${m%/}"); done
else
  for m in minimal multi-system nics-under-managers; do MOCKUP_ARGS+=(--mockup "$REPO/fixtures/$m"); done
fi
mock_start "$MOCK_BMC" "${MOCKUP_ARGS[@]}" --fleet "$FLEET" --tls --quiet
echo "fleet: $FLEET BMCs on 127.0.0.2+ port $MOCK_PORT (HTTPS); load: $(cut -d' ' -f1-3 /proc/loadavg)"

# measure NAME command...: runs it under /usr/bin/time -v; appends "seconds kib cpu-seconds" to $OUT/NAME.runs.
measure() {
  local name="$1"; shift
  /usr/bin/time -v "$@" >"$OUT/$name.out" 2>"$OUT/$name.err" || true
  local wall rss cpu
  wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$OUT/$name.err" \
    | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')"
  rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$OUT/$name.err")"
  cpu="$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { print s }' "$OUT/$name.err")"
  echo "$wall $rss $cpu" >>"$OUT/$name.runs"
}
# peak_split command...: runs it, reading /proc/PID/smaps_rollup every 20 ms; prints "rss-kib anonymous-kib" at the
# sample with the highest Rss (the sampling may miss the very top by a little; /usr/bin/time's figure is the peak).
peak_split() {
  "$@" >/dev/null 2>&1 &
  local pid=$! best=0 anon=0 rss a
  while kill -0 "$pid" 2>/dev/null; do
    read -r rss a < <(awk '/^Rss:/ { r = $2 } /^Anonymous:/ { a = $2 } END { print r + 0, a + 0 }' "/proc/$pid/smaps_rollup" 2>/dev/null || echo "0 0")
    if [ "${rss:-0}" -gt "$best" ]; then best=$rss; anon=$a; fi
    sleep 0.02
  done
  wait "$pid" || true
  echo "$best $anon"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
wall_of() { cut -d' ' -f1 "$OUT/$1.runs" | median; }
rss_mb_of() { cut -d' ' -f2 "$OUT/$1.runs" | median | awk '{ printf "%.0f", $1 / 1024 }'; }
cpu_of() { cut -d' ' -f3 "$OUT/$1.runs" | median; }
discover_scan() { # name, target, extra args...
  local name="$1" target="$2"; shift 2
  measure "$name" "$DISCOVER" scan "$target" -p "$MOCK_PORT" -o json --concurrency "$CONCURRENCY" \
    --state-dir "$OUT/state" --log-dir "$OUT/logs" "$@"
}

for _ in $(seq "$ROUNDS"); do
  discover_scan discover 127.0.0.0/16
  measure nmap nmap -n -Pn -sT -p "$MOCK_PORT" --open 127.0.0.0/16
done
discover_scan one 127.0.0.2
measure version "$DISCOVER" --version
discover_scan nolog 127.0.0.0/16 --no-log
read -r split_rss split_anon < <(peak_split "$DISCOVER" scan 127.0.0.0/16 -p "$MOCK_PORT" -o json --concurrency "$CONCURRENCY" \
  --state-dir "$OUT/state" --log-dir "$OUT/logs")

found="$(grep -c '"address"' "$OUT/discover.out" || true)"
open="$(grep -c '/tcp *open' "$OUT/nmap.out" || true)"
printf 'discover  wall %6.2f s  peak RSS %4d MiB  BMCs found: %s  (%s)\n' "$(wall_of discover)" "$(rss_mb_of discover)" "$found" \
  "$(grep -E '^scanned' "$OUT/discover.err" || true)"
printf 'nmap -sT  wall %6.2f s  peak RSS %4d MiB  open ports: %s\n' "$(wall_of nmap)" "$(rss_mb_of nmap)" "$open"
printf 'fixed cost: a one-address scan (runtime, TLS, crawl log) peaks at %d MiB; the /16 with --no-log at %d MiB in %.2f s\n' \
  "$(rss_mb_of one)" "$(rss_mb_of nolog)" "$(wall_of nolog)"
printf 'floor: discover --version (runtime start, no scan) takes %.2f s and peaks at %d MiB\n' "$(wall_of version)" "$(rss_mb_of version)"
printf 'CPU (user + sys): discover %.2f s, nmap %.2f s\n' "$(cpu_of discover)" "$(cpu_of nmap)"
printf 'the /16 at its sampled peak of %d MiB: %d MiB file-backed (bundle: runtime, ReadyToRun code; libssl), %d MiB anonymous (GC heap, malloc, JIT)\n' \
  "$((split_rss / 1024))" "$(((split_rss - split_anon) / 1024))" "$((split_anon / 1024))"
echo "medians of $ROUNDS rounds; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$found" != "$FLEET" ] || [ "$open" != "$FLEET" ]; then
  echo "bench-scan: expected $FLEET BMCs and $FLEET open ports (a loaded machine can push TLS past the 3 s probe limit)" >&2
fi

awk -v d="$(wall_of discover)" -v n="$(wall_of nmap)" 'BEGIN {
  r = d / n; printf "BENCH\tscan /16 wall vs nmap -sT\t%.2f s\t%.2f s\t%.2f\t<= 1.00\t%s\n", d, n, r, (r <= 1.0 ? "yes" : "no") }'
awk -v m="$(rss_mb_of discover)" -v g="$RSS_GOAL_MB" 'BEGIN {
  r = m / g; printf "BENCH\tscan /16 RSS (anchor: the 64 MB goal)\t%d MB\t%d MB\t%.2f\t<= 1.00\t%s\n", m, g, r, (r <= 1.0 ? "yes" : "no") }'
