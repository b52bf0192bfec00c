#!/usr/bin/env bash
# The test command of the README: installs what the tests need, builds, packages (scripts/package.sh), and runs
# every test project.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
dotnet build Discovery.sln -c Release --nologo -v quiet
# The .deb users install; tests/Discovery.IntegrationTests/Packaging installs it in a scratch root and must find it.
scripts/package.sh
export DISCOVERY_PACKAGE_REQUIRED=1
log=$(mktemp)
set +e
dotnet test Discovery.sln -c Release --no-build --nologo 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e
# One closing line that any CI reader understands, summed over the test assemblies.
awk '/(Passed|Failed)! +- +Failed:/ { gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $rc
