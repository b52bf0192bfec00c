#!/usr/bin/env bash
# The main job on loopback: build, start a mixed fleet of simulated BMCs on 127.0.0.2.., scan 127.0.0.0/24
# for them, collect their inventory, and show what was found. Nothing outside 127.0.0.0/8 is contacted.
#   FLEET=40 scripts/demo.sh     # fleet size (default 24)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
fleet_size=${FLEET:-24}

scripts/build.sh
export PATH="$root/out/discover:$root/out/mock-bmc:$PATH"

# The demo keeps its state, logs and store apart from the user's own.
demo="$root/out/demo"
rm -rf "$demo" && mkdir -p "$demo"
export DISCOVER_STATE_DIR="$demo/state" DISCOVER_LOG_DIR="$demo/logs" DISCOVER_DATA_DIR="$demo/data"

# Real vendor mockups from ../shared when present, else the project's own small ones.
mockups=()
if [ -d "$root/../shared/fixtures/mockups" ]; then
  for d in "$root"/../shared/fixtures/mockups/*/; do mockups+=(--mockup "$d"); done
fi
for d in "$root"/fixtures/mockups/*/; do [ -d "$d" ] && mockups+=(--mockup "$d"); done

# The simulator's own account; handed to both sides through the environment, never on a command line.
export MOCK_BMC_PASSWORD=demo-password DISCOVER_PASSWORD=demo-password

mock-bmc "${mockups[@]}" --fleet "$fleet_size" --first-address 127.0.0.2 --tls --quiet > "$demo/mock-bmc.log" 2>&1 &
mock_pid=$!
trap 'kill "$mock_pid" 2>/dev/null; wait "$mock_pid" 2>/dev/null || true' EXIT

# Wait for the fleet's ready line (poll with a deadline, no fixed sleep).
deadline=$((SECONDS + 60))
until grep -q '^ready:' "$demo/mock-bmc.log"; do
  kill -0 "$mock_pid" 2>/dev/null || { cat "$demo/mock-bmc.log" >&2; exit 1; }
  [ $SECONDS -lt $deadline ] || { echo "demo: mock-bmc did not get ready in 60 s" >&2; exit 1; }
  sleep 0.2
done
port=$(sed -n 's/^ready: .* port \([0-9]*\) .*/\1/p' "$demo/mock-bmc.log")
grep '^ready:' "$demo/mock-bmc.log"

echo; echo "== discover scan 127.0.0.0/24 -p $port"
discover scan 127.0.0.0/24 -p "$port"

echo; echo "== discover collect --username admin   (the BMCs of the last scan)"
discover collect --username admin || true

echo; echo "== discover get nodes   (the inventory store in $DISCOVER_DATA_DIR)"
discover get nodes -o table || true

echo; echo "== discover logs query: nodes per vendor in the crawl log"
discover logs query "select manufacturer, count(*) as nodes, round(sum(memory_gib)) as memory_gib from nodes group by all order by nodes desc" || true
