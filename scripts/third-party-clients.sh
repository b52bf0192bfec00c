#!/usr/bin/env bash
# Shows that Debian's redfishtool and sushycli read mock-bmc over HTTPS with a session: ServiceRoot, Systems
# and Managers of one instance (the DMTF public-rackmount1 mockup, or fixtures/minimal when ../shared is absent).
# The password is the simulator's own test account. Run scripts/install-deps.sh first.
set -euo pipefail
source "$(dirname "$0")/mock-common.sh"
trap 'mock_stop; rm -f "$MOCK_OUT"' EXIT
mockup="$REPO/fixtures/minimal"
[ -n "$SHARED_MOCKUPS" ] && mockup="$SHARED_MOCKUPS/dmtf-public-rackmount1"
mock_start "$MOCK_BMC" --mockup "$mockup" --first-address 127.0.0.2 --tls
cat "$MOCK_OUT"
host="127.0.0.2:$MOCK_PORT"
# python-requests lets these override verify=False (sushycli --insecure, redfishtool's unverified HTTPS).
unset REQUESTS_CA_BUNDLE CURL_CA_BUNDLE
set -x
redfishtool -r "$host" -u admin -p password -S Always -A Session root
redfishtool -r "$host" -u admin -p password -S Always -A Session Systems -F get
redfishtool -r "$host" -u admin -p password -S Always -A Session Managers -F get
sushycli version show --service-endpoint "https://$host/redfish/v1" --username admin --password password --insecure
sushycli system list --service-endpoint "https://$host/redfish/v1" --username admin --password password --insecure
sushycli system inventory show --service-endpoint "https://$host/redfish/v1" --username admin --password password --insecure
sushycli manager list --service-endpoint "https://$host/redfish/v1" --username admin --password password --insecure
