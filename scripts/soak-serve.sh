#!/usr/bin/env bash
# Soak of `discover serve`: the built binary on 127.0.0.1 with an embedded store in a temp folder, for
# SOAK_MINUTES (default 20) under concurrent readers and writers, killed with `kill -9` and restarted every
# SOAK_CYCLE_SECONDS (default 120). Each cycle starts with the scenario that once crashed in libc memcpy: a
# `discover apply -f` of 2,000 nodes through `--server`, on a store just recovered from kill -9 (the kill waits
# for that apply's answer, so a cycle can run longer on a loaded machine).
#
#   scripts/soak-serve.sh                    # 20 minutes
#   SOAK_MINUTES=2 scripts/soak-serve.sh     # a quick run
#   SOAK_WRITERS=4 SOAK_READERS=4 SOAK_APPLY_NODES=2000 SOAK_CYCLE_SECONDS=120 (the defaults)
#   SOAK_BUILD=0 (use the build in $ARTIFACTS as it is), SOAK_KEEP=1 (keep the temp folder and its logs)
#
# The load generator is a helper mode of the test executable (--soak-load; not in the shipped CLI). It journals
# every write before it is sent and again when the server acknowledged it (2xx); after each restart and at the end
# --soak-verify reads every acknowledged key back (last acknowledged value wins; a write in flight at the kill
# may also have landed). The token lives in a file, never in a process's arguments. It prints requests served,
# crashes (server exits we did not cause, and segfault/abort lines in its stderr) and acknowledged writes lost;
# it exits 1 unless both are 0. Everything stays on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."

MINUTES="${SOAK_MINUTES:-20}"
CYCLE_SECONDS="${SOAK_CYCLE_SECONDS:-120}"
WORK="$(mktemp -d /tmp/discover-soak.XXXXXX)"
SERVE_PID=""
LOAD_PID=""
cleanup() {
    for pid in "$LOAD_PID" "$SERVE_PID"; do
        if [[ -n "$pid" ]]; then kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    done
    if [[ "${SOAK_KEEP:-}" == 1 ]]; then echo "soak: kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

# A build of its own (as the bench scripts do), so rebuilding the worktree during a soak cannot swap its binaries.
ARTIFACTS="${ARTIFACTS:-/tmp/discover-soak-artifacts}"
if [[ "${SOAK_BUILD:-1}" == 1 ]]; then
    dotnet build src/Discovery.Cli -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
    dotnet build tests/Discovery.Tests -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
fi
export SOAK_DISCOVER="$ARTIFACTS/bin/Discovery.Cli/release/discover.dll"
HELPER="$ARTIFACTS/bin/Discovery.Tests/release/Discovery.Tests.dll"
DATA="$WORK/store"
PORT=$(( 20000 + RANDOM % 20000 ))
URL="http://127.0.0.1:$PORT"

# The secret and the token: files with mode 600, passed by path.
(umask 077; head -c 48 /dev/urandom | base64 >"$WORK/jwt-secret")
(umask 077; dotnet "$SOAK_DISCOVER" token --subject soak --ttl 1d --jwt-secret-file "$WORK/jwt-secret" >"$WORK/token")

crashes=0
crash_notes=()
lost_total=0
lost_last=0
verify_reads=0
lost_notes=()

start_server() {
    local cycle=$1
    dotnet "$SOAK_DISCOVER" serve --listen "127.0.0.1:$PORT" --data-dir "$DATA" --jwt-secret-file "$WORK/jwt-secret" \
        --snapshot-interval 1m >"$WORK/serve-$cycle.out" 2>"$WORK/serve-$cycle.err" &
    SERVE_PID=$!
    local deadline=$(( SECONDS + 120 ))
    until curl -fsS "$URL/healthz" >/dev/null 2>&1; do
        if ! kill -0 "$SERVE_PID" 2>/dev/null; then
            wait "$SERVE_PID" && code=0 || code=$?
            crashes=$(( crashes + 1 )); crash_notes+=("cycle $cycle: serve exited $code while starting")
            tail -n 20 "$WORK/serve-$cycle.err" >&2
            SERVE_PID=""; return 1
        fi
        if (( SECONDS > deadline )); then
            crashes=$(( crashes + 1 )); crash_notes+=("cycle $cycle: serve did not answer /healthz within 120 s")
            return 1
        fi
        sleep 0.1
    done
}

verify() {
    local when=$1 line lost reads
    line="$(dotnet "$HELPER" --soak-verify "$URL" "$WORK" | tee "$WORK/verify-$when.txt" | head -n 1)"
    lost="$(sed -n 's/.* lost=\([0-9]*\).*/\1/p' <<<"$line")"
    reads="$(sed -n 's/.* reads=\([0-9]*\).*/\1/p' <<<"$line")"
    verify_reads=$(( verify_reads + reads ))
    lost_last=$lost
    lost_total=$(( lost_total > lost ? lost_total : lost ))
    if (( lost > 0 )); then lost_notes+=("$when: $(tail -n +2 "$WORK/verify-$when.txt" | head -n 3 | tr '\n' ' ')"); fi
    echo "soak: $when: $line"
}

# Server stderr lines that mean a native crash or an unhandled exception, whatever the exit.
scan_stderr() {
    local cycle=$1 hits
    hits="$(grep -c -i -E 'segmentation fault|sigsegv|sigabrt|aborted|core dumped|memcpy|fatal error|unhandled exception' "$WORK/serve-$cycle.err" || true)"
    if (( hits > 0 )); then
        crashes=$(( crashes + 1 )); crash_notes+=("cycle $cycle: $hits crash lines in serve stderr: $(grep -m1 -i -E 'segmentation|sigsegv|sigabrt|abort|core dumped|memcpy|fatal error|unhandled' "$WORK/serve-$cycle.err")")
    fi
}

echo "soak: $MINUTES min, kill -9 every $CYCLE_SECONDS s, $URL, store $DATA; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
end=$(( SECONDS + MINUTES * 60 ))
cycle=0
while (( SECONDS < end )); do
    cycle=$(( cycle + 1 ))
    start_server "$cycle" || { scan_stderr "$cycle"; break; }
    (( cycle > 1 )) && verify "after-restart-$cycle"
    # The cycle's clock starts once the server answers, so every cycle gets its full time under load.
    cycle_end=$(( SECONDS + CYCLE_SECONDS ))
    (( cycle_end > end + 30 )) && cycle_end=$(( end + 30 ))
    rm -f "$WORK/stop"
    dotnet "$HELPER" --soak-load "$URL" "$WORK" "$cycle" >"$WORK/load-$cycle.out" 2>&1 &
    LOAD_PID=$!
    died=0
    # The kill comes after SOAK_CYCLE_SECONDS, and not before this cycle's apply has answered (at most three
    # cycles' time): on a loaded machine the apply alone can take longer than a cycle, and then the scenario
    # this soak exists for (a large apply on a store recovered from kill -9) would never complete.
    give_up=$(( SECONDS + 3 * CYCLE_SECONDS ))
    while (( SECONDS < cycle_end )) || { ! grep -q "^cycle $cycle discover apply:" "$WORK/cli.log" 2>/dev/null && (( SECONDS < give_up )); }; do
        if ! kill -0 "$SERVE_PID" 2>/dev/null; then died=1; break; fi
        sleep 1
    done
    if (( died )); then
        wait "$SERVE_PID" && code=0 || code=$?
        crashes=$(( crashes + 1 )); crash_notes+=("cycle $cycle: serve exited $code on its own")
    else
        kill -9 "$SERVE_PID" 2>/dev/null || true
        wait "$SERVE_PID" 2>/dev/null && code=0 || code=$?
        # 137 is our SIGKILL; anything else means it died on its own just before.
        if (( code != 137 )); then crashes=$(( crashes + 1 )); crash_notes+=("cycle $cycle: serve exited $code before the kill"); fi
    fi
    SERVE_PID=""
    touch "$WORK/stop"
    wait "$LOAD_PID" || echo "soak: load generator of cycle $cycle exited $?" >&2
    LOAD_PID=""
    scan_stderr "$cycle"
    echo "soak: cycle $cycle: $(tail -n 1 "$WORK/stats")"
done

# The final check, on a server recovered from the last kill -9.
final_cycle=$(( cycle + 1 ))
if start_server "$final_cycle"; then
    verify "end"
    kill "$SERVE_PID"; wait "$SERVE_PID" 2>/dev/null || true; SERVE_PID=""
    scan_stderr "$final_cycle"
fi

served=$(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^responses=/) { split($i, kv, "="); sum += kv[2] } } END { print sum + 0 }' "$WORK/stats")
acked=$(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^acknowledged=/) { split($i, kv, "="); sum += kv[2] } } END { print sum + 0 }' "$WORK/stats")
server_errors=$(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^server_errors=/) { split($i, kv, "="); sum += kv[2] } } END { print sum + 0 }' "$WORK/stats")
applies_ok=$(grep -c 'apply_exit=0 ' "$WORK/stats" || true)
echo "soak: $cycle cycles with kill -9, $applies_ok/$cycle large applies through --server acknowledged"
echo "requests served: $(( served + verify_reads )) ($served load, $verify_reads verify reads; $server_errors answered 5xx)"
echo "acknowledged writes: $acked API writes + $(( applies_ok * ${SOAK_APPLY_NODES:-2000} )) applied nodes; keys checked at the end: $(sed -n 's/.*checked=\([0-9]*\).*/\1/p' "$WORK/verify-end.txt" 2>/dev/null || echo 0)"
echo "crashes: $crashes"
for note in "${crash_notes[@]+"${crash_notes[@]}"}"; do echo "  $note"; done
echo "acknowledged writes lost: $lost_total (at the end: $lost_last)"
for note in "${lost_notes[@]+"${lost_notes[@]}"}"; do echo "  $note"; done
(( crashes == 0 && lost_total == 0 ))
