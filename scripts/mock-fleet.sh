#!/usr/bin/env bash
# Serves a mock BMC fleet on loopback until Ctrl-C. With no arguments: one instance of every shared mockup
# (or of every project fixture when ../shared is absent) over HTTPS on 127.0.0.2 and up. Any arguments are
# passed to mock-bmc as they are (see `scripts/mock-fleet.sh --help`).
#
#   scripts/mock-fleet.sh
#   scripts/mock-fleet.sh --mockup fixtures/minimal --fleet 100 --port 8443 --tls
set -euo pipefail
source "$(dirname "$0")/mock-common.sh"
if [ $# -gt 0 ]; then
  exec "$MOCK_BMC" "$@"
fi
args=()
if [ -n "$SHARED_MOCKUPS" ]; then
  for m in "$SHARED_MOCKUPS"/*/; do args+=(--mockup "$m"); done
else
  for m in "$REPO"/fixtures/*/; do [ -d "$m/redfish" ] && args+=(--mockup "$m"); done
fi
exec "$MOCK_BMC" "${args[@]}" --fleet "$(( ${#args[@]} / 2 ))" --tls
