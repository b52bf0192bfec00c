#!/usr/bin/env bash
# Fuzzing of the parsers people's and BMCs' input goes through: the target grammar (arguments, -iL files,
# excludes), apply manifests (read, then applied as apply does), the run config file (read and resolved), the id
# map, and the Redfish mapper (real mockups, mutated, replayed through the crawl-log replay as a collect maps them).
# Inputs start from real ones (fixtures/, scripts/schedule/discover-run.yaml, /work/shared/fixtures/mockups) and
# are mutated: bit flips, truncation, duplicated lines and keys, JSON type swaps (string, number, null, object,
# array), huge strings, deep nesting, odd Unicode, bent @odata.id links.
#
#   scripts/fuzz.sh                                  # 10,000 inputs per target, a random seed (printed)
#   FUZZ_SEED=12345 FUZZ_COUNT=2000 scripts/fuzz.sh  # reproducible; the same seed makes the same inputs
#   FUZZ_TARGETS=redfish,idmap scripts/fuzz.sh       # some targets (targets, manifest, config, idmap, redfish)
#   FUZZ_OUT=DIR (failing inputs, default /tmp/discover-fuzz-SEED), FUZZ_INPUT_TIMEOUT=60 (seconds before a hang)
#
# Any exception that escapes the library is a failure (an error the library reports as a value is expected). The
# harness is a helper mode of the test executable (--fuzz; not in the shipped CLI, not run by dotnet test); each
# target runs in child processes, so a stack overflow or a hang is counted against its input, not fatal to the
# run. A failing input replays with: dotnet $ARTIFACTS/bin/Discovery.Tests/release/Discovery.Tests.dll --fuzz-replay TARGET SEED INDEX
# Exits 1 when any input failed. No network: host names in targets resolve to 127.0.0.1 inside the harness.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTIFACTS="${ARTIFACTS:-/tmp/discover-fuzz-artifacts}"
dotnet build tests/Discovery.Tests -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
exec dotnet "$ARTIFACTS/bin/Discovery.Tests/release/Discovery.Tests.dll" --fuzz
