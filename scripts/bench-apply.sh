#!/usr/bin/env bash
# Benchmark of `discover apply`: generates N ComputeNode documents (default 10,000 and 100,000; one NIC with a MAC
# and an IPv4 address each, as `get nodes -o yaml` would write them) and times
#   - `discover apply --dry-run -f FILE`   (read, validate, diff against the store; nothing kept)
#   - `discover apply -f FILE`             (the same, written into an embedded store in a fresh --data-dir)
# next to two anchors measured in the same run, so a slow or busy machine shows up in the anchors too:
#   - startup: `discover --version`, the fixed cost every command pays (runtime start, JIT);
#   - sqlite3: importing the same rows (as CSV) into an indexed table of an embedded database in one transaction,
#     with no validation: about the least any tool can spend to parse and store these rows.
# "x sqlite" is apply's time over that anchor. Everything stays local; nothing touches the network.
# The goal (issue 13): 10,000 node documents applied in under 3 s. For that size the script also prints
# machine lines for scripts/bench.sh (BENCH<TAB>figure<TAB>value<TAB>anchor<TAB>ratio<TAB>goal<TAB>met).
#
#   scripts/bench-apply.sh [N ...]          # default: 10000 100000
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=("$@")
[[ ${#SIZES[@]} -gt 0 ]] || SIZES=(10000 100000)
ARTIFACTS="${ARTIFACTS:-/tmp/discover-bench-artifacts}"
WORK="$(mktemp -d /tmp/discover-bench-apply.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/data" XDG_STATE_HOME="$WORK/home/state" XDG_CONFIG_HOME="$WORK/home/config"
mkdir -p "$HOME"

if ! command -v sqlite3 >/dev/null; then
    echo "installing sqlite3 (Debian package) for the anchor"
    apt-get update -qq >/dev/null && apt-get install -y -qq sqlite3 >/dev/null
fi

# What users run: the Debian package's discover, a ReadyToRun single file (the flags of scripts/package.sh). Its
# native library is unpacked under $HOME on the first start, which the startup anchor below (the first run) pays.
dotnet publish src/Discovery.Cli -c Release -r linux-x64 --self-contained \
    -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true -p:PublishReadyToRun=true \
    --artifacts-path "$ARTIFACTS" -o "$ARTIFACTS/publish-r2r/discover" -v quiet -nologo >/dev/null
DISCOVER=("$ARTIFACTS/publish-r2r/discover/discover")

# Seconds (wall) that "$@" takes; its output goes to $WORK/last.log, and a failure stops the bench.
seconds() {
    local start end
    start=$(date +%s.%N)
    if ! "$@" >"$WORK/last.log" 2>&1; then
        echo "failed: $*" >&2; tail -5 "$WORK/last.log" >&2; exit 1
    fi
    end=$(date +%s.%N)
    echo "$start $end" | awk '{printf "%.2f", $2 - $1}'
}

# N node documents (YAML) and the same rows as CSV for the anchor.
generate() {
    local n=$1
    awk -v n="$n" -v yaml="$WORK/nodes-$n.yaml" -v csv="$WORK/nodes-$n.csv" 'BEGIN {
        for (i = 0; i < n; i++) {
            xname = sprintf("x%dc0s%db0n0", 1000 + int(i / 256), i % 256)
            mac = sprintf("02:00:%02x:%02x:%02x:01", int(i / 65536) % 256, int(i / 256) % 256, i % 256)
            ip = sprintf("10.%d.%d.%d", int(i / 65536) % 256, int(i / 256) % 256, i % 256)
            printf "---\nkind: ComputeNode\nxname: %s\nhostname: nid%06d\narch: x86_64\nnetwork_interfaces:\n  - name: eth0\n    mac_address: %s\n    ipv4_addresses: [%s]\n", xname, i, mac, ip > yaml
            printf "%s,nid%06d,x86_64,eth0,%s,%s\n", xname, i, mac, ip > csv
        }
    }'
}

anchor_sqlite() {
    local n=$1
    sqlite3 "$WORK/anchor-$n.db" <<SQL
CREATE TABLE nodes (xname TEXT PRIMARY KEY, hostname TEXT, arch TEXT, nic TEXT, mac TEXT UNIQUE, ip TEXT);
.mode csv
.import $WORK/nodes-$n.csv nodes
SQL
}

echo "bench-apply: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
startup=$(seconds "${DISCOVER[@]}" --version)
printf '%-8s %10s %10s %10s %14s %14s\n' docs startup sqlite dry-run apply "apply/sqlite"
for n in "${SIZES[@]}"; do
    generate "$n"
    sqlite=$(seconds anchor_sqlite "$n")
    dry=$(seconds "${DISCOVER[@]}" apply --dry-run -f "$WORK/nodes-$n.yaml" --data-dir "$WORK/store-$n" -o json)
    real=$(seconds "${DISCOVER[@]}" apply -f "$WORK/nodes-$n.yaml" --data-dir "$WORK/store-$n" -o json)
    ratio=$(echo "$real $sqlite" | awk '{ printf "%.0fx", $1 / ($2 > 0.01 ? $2 : 0.01) }')
    printf '%-8s %9ss %9ss %9ss %13ss %14s\n' "$n" "$startup" "$sqlite" "$dry" "$real" "$ratio"
    if [[ "$n" == 10000 ]]; then
        for pair in "dry-run:$dry" "apply:$real"; do
            echo "${pair#*:}" | awk -v what="${pair%%:*}" '{ r = $1 / 3.0
                printf "BENCH\t%s of 10,000 node docs (goal: under 3 s)\t%.2f s\t3.00 s\t%.2f\t<= 1.00\t%s\n", what, $1, r, (r <= 1.0 ? "yes" : "no") }' >>"$WORK/bench.lines"
        done
    fi
    rm -rf "$WORK/store-$n" "$WORK/nodes-$n.yaml" "$WORK/nodes-$n.csv" "$WORK/anchor-$n.db"
done
[[ -f "$WORK/bench.lines" ]] && cat "$WORK/bench.lines"
exit 0
