#!/usr/bin/env bash
# Shared by scripts/mock-*.sh, bench-mock.sh and third-party-clients.sh (sourced, not run).
# Builds mock-bmc in Release into $ARTIFACTS (default /tmp/discover-mock-artifacts) and defines:
#   MOCK_BMC            path of the mock-bmc executable
#   SHARED_MOCKUPS      ../shared/fixtures/mockups when present (empty otherwise)
#   mock_start ARGS...  starts mock-bmc in the background (MOCK_PID), waits for its ready line, sets MOCK_PORT
#   mock_stop           SIGTERM to mock-bmc and wait for it
ARTIFACTS="${ARTIFACTS:-/tmp/discover-mock-artifacts}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dotnet build "$REPO/mock-bmc/MockBmc" -c Release --artifacts-path "$ARTIFACTS" -v quiet -nologo >/dev/null
MOCK_BMC="$ARTIFACTS/bin/MockBmc/release/mock-bmc"
SHARED_MOCKUPS=""
[ -d "$REPO/../shared/fixtures/mockups" ] && SHARED_MOCKUPS="$(cd "$REPO/../shared/fixtures/mockups" && pwd)"
MOCK_OUT="$(mktemp /tmp/mock-bmc-out.XXXXXX)"

mock_start() {
  : >"$MOCK_OUT"   # truncate before starting: a background redirection may run after the first grep
  "$@" >>"$MOCK_OUT" 2>&1 &
  MOCK_PID=$!
  local deadline=$((SECONDS + 120))
  until grep -q '^ready:' "$MOCK_OUT"; do
    if ! kill -0 "$MOCK_PID" 2>/dev/null; then cat "$MOCK_OUT" >&2; echo "mock-bmc exited before ready" >&2; return 1; fi
    if [ $SECONDS -ge $deadline ]; then echo "mock-bmc not ready after 120 s" >&2; return 1; fi
    sleep 0.05
  done
  MOCK_PORT="$(sed -n 's/^ready: .* port \([0-9]*\) .*/\1/p' "$MOCK_OUT")"
}

mock_stop() {
  if [ -n "${MOCK_PID:-}" ] && kill -0 "$MOCK_PID" 2>/dev/null; then
    kill -TERM "$MOCK_PID"
    wait "$MOCK_PID" 2>/dev/null || true
  fi
  MOCK_PID=""
}
