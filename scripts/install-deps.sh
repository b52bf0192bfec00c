#!/usr/bin/env bash
# Installs what the tests need from Debian: third-party Redfish clients (redfishtool, sushycli) that talk to
# mock-bmc, and npm for the DuckDB library. Only missing packages are installed.
set -euo pipefail
need=()
command -v redfishtool >/dev/null 2>&1 || need+=(redfishtool)
command -v sushycli >/dev/null 2>&1 || need+=(python3-sushy-cli)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "install-deps: installing ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
