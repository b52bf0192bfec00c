#!/usr/bin/env bash
# Builds the two programs in Release into out/: out/discover/discover and out/mock-bmc/mock-bmc.
# Put them on PATH with: export PATH="$PWD/out/discover:$PWD/out/mock-bmc:$PATH"
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet publish src/Discovery.Cli -c Release -o out/discover --nologo -v quiet
dotnet publish mock-bmc/MockBmc -c Release -o out/mock-bmc --nologo -v quiet
echo "built: out/discover/discover, out/mock-bmc/mock-bmc" >&2
