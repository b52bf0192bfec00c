#!/usr/bin/env bash
# Installs what the tests need from Debian: third-party Redfish clients (redfishtool, sushycli) that talk to
# mock-bmc, strace, and the SNMP peers (snmpsim, snmpd, snmp), and chromium for the web UI's browser tests. Only missing packages are installed. (DuckDB comes from NuGet with its native library; the optional
# hyparquet cross-check of the crawl log runs only where node and npm already are.)
set -euo pipefail
need=()
command -v redfishtool >/dev/null 2>&1 || need+=(redfishtool)
command -v sushycli >/dev/null 2>&1 || need+=(python3-sushy-cli)
# strace: the test that every rename into place is followed by an fsync of its folder watches the system calls.
command -v strace >/dev/null 2>&1 || need+=(strace)
# Real SNMP peers for discover locate: snmpsim serves recorded switches, snmpd the v2c/v3 protocol basics,
# snmp (net-snmp tools) gives scripts/bench-locate.sh its snmpbulkwalk anchor.
command -v snmpsimd >/dev/null 2>&1 || need+=(snmpsim)
[ -x /usr/sbin/snmpd ] || command -v snmpd >/dev/null 2>&1 || need+=(snmpd)
command -v snmpbulkwalk >/dev/null 2>&1 || need+=(snmp)
# ip (iproute2): the mDNS scan test brings up loopback with multicast inside a network namespace it creates.
command -v ip >/dev/null 2>&1 || need+=(iproute2)
# Debian's chromium: the web UI's tests drive it with Playwright (nothing is downloaded at test time).
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "install-deps: installing ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
