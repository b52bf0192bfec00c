#!/usr/bin/env bash
# Runs every benchmark script (scripts/bench-*.sh) with its defaults, one after another, keeps each one's full
# output in a log folder, and prints one table of their BENCH lines:
#   figure | discover | anchor | ratio | goal | met
# A script that fails is a row "failed (see LOG)" and the others still run; a script that prints no BENCH line is
# a row saying so. scripts/bench-mock.sh is skipped unless it prints BENCH lines (it measures the simulator).
#
#   scripts/bench.sh                      # all of them (each takes up to about 4 minutes)
#   scripts/bench.sh --only store,scan    # a subset, by the name after bench-
#   BENCH_LOG_DIR=/tmp/b scripts/bench.sh # where the logs go (default: a new /tmp/discover-bench.XXXXXX)
#
# The contract of a BENCH line (tab-separated): BENCH figure value anchor ratio goal met.
# Exit status: 0 when every script ran, 1 when one failed, 2 on a bad option.
set -uo pipefail
cd "$(dirname "$0")/.."

usage() { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; }

only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --only) [ $# -ge 2 ] || { echo "bench.sh: --only needs a list such as store,scan" >&2; exit 2; }; only="$2"; shift 2 ;;
    --only=*) only="${1#--only=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench.sh: unknown argument '${1:0:200}' (see --help)" >&2; exit 2 ;;
  esac
done

available=()
for script in scripts/bench-*.sh; do
  name="${script#scripts/bench-}"
  name="${name%.sh}"
  if [ "$name" = mock ] && ! grep -q 'BENCH' "$script"; then
    continue
  fi
  available+=("$name")
done

selected=()
if [ -n "$only" ]; then
  IFS=',' read -r -a wanted <<<"$only"
  for name in "${wanted[@]}"; do
    if [[ " ${available[*]} " != *" $name "* ]]; then
      echo "bench.sh: --only: no benchmark '${name:0:200}' (there are: ${available[*]})" >&2
      exit 2
    fi
    selected+=("$name")
  done
else
  selected=("${available[@]}")
fi

log_dir="${BENCH_LOG_DIR:-$(mktemp -d /tmp/discover-bench.XXXXXX)}"
mkdir -p "$log_dir"
rows="$log_dir/table.tsv"
: >"$rows"
failed=0
echo "bench.sh: ${selected[*]}; logs in $log_dir; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
# Waits (at most 2 minutes) until at most one thread per core is runnable for 3 seconds in a row, so one script's
# teardown is not the next one's load: bench-collect's 5,000-BMC fleet left a 1-minute load average of 714 for the
# crawl-log run after it. The runnable count (the 4th field of /proc/loadavg, before the slash) is now, not an average.
settle() {
  local calm=0 waited=0 running
  while [ "$calm" -lt 3 ] && [ "$waited" -lt 120 ]; do
    running=$(cut -d' ' -f4 /proc/loadavg | cut -d/ -f1)
    # This script's own cut counts as one runnable thread.
    if [ "$running" -le $(( $(nproc) + 1 )) ]; then calm=$((calm + 1)); else calm=0; fi
    sleep 1
    waited=$((waited + 1))
  done
  [ "$waited" -gt 3 ] && echo "bench.sh: waited ${waited} s for the machine to settle"
  return 0
}

for name in "${selected[@]}"; do
  log="$log_dir/bench-$name.log"
  settle
  echo "=== bench-$name ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg))"
  bash "scripts/bench-$name.sh" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  if [ "$rc" -ne 0 ]; then
    failed=1
    printf '%s\tfailed, exit %s (see %s)\t\t\t\tno\n' "bench-$name" "$rc" "$log" >>"$rows"
  elif ! grep -q $'^BENCH\t' "$log"; then
    printf '%s\tno BENCH lines (see %s)\t\t\t\t\n' "bench-$name" "$log" >>"$rows"
  else
    grep $'^BENCH\t' "$log" | cut -f2- >>"$rows"
  fi
done

echo
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg); logs in $log_dir"
# Aligned by characters, not bytes (µs): awk runs on bytes (LC_ALL=C) and skips UTF-8 continuation bytes.
{ printf 'figure\tdiscover\tanchor\tratio\tgoal\tmet\n'; cat "$rows"; } | LC_ALL=C awk -F'\t' '
  function chars(s,   t) { t = s; return length(s) - gsub(/[\200-\277]/, "", t) }
  function pad(s, n) { while (chars(s) < n) s = s " "; return s }
  { for (i = 1; i <= 6; i++) { cell[NR, i] = $i; if (chars($i) > width[i]) width[i] = chars($i) } }
  END {
    for (r = 1; r <= NR; r++) {
      line = pad(cell[r, 1], width[1])
      for (i = 2; i <= 6; i++) line = line " | " (i < 6 ? pad(cell[r, i], width[i]) : cell[r, i])
      print line
      if (r == 1) {
        rule = ""
        for (i = 1; i <= 6; i++) { dashes = ""; while (length(dashes) < width[i]) dashes = dashes "-"; rule = rule (i > 1 ? "-|-" : "") dashes }
        print rule
      }
    }
  }'
exit "$failed"
