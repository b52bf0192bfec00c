#!/usr/bin/env bash
# Builds what users install, into out/package/:
#   linux-x64/discover, linux-x64/mock-bmc   self-contained single files: run on linux-x64 without .NET installed
#   discover_<version>_amd64.deb             both, plus the systemd unit and timer and the example config
# Install with `dpkg -i out/package/discover_<version>_amd64.deb` (README, "Installing"). Safe to run again: each
# run replaces what the last one left. The version is the project's (<Version> in Directory.Build.props).
set -euo pipefail
cd "$(dirname "$0")/.."

out=out/package
rid=linux-x64
start=$SECONDS
version=$(dotnet msbuild src/Discovery.Cli -getProperty:Version -nologo)
[ -n "$version" ] || { echo "package: no <Version> in Directory.Build.props" >&2; exit 1; }
# File dates in the .deb are the last commit's, so two runs on one commit give the same archive listing.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

# 1. Self-contained single files. Native libraries (DuckDB's libduckdb.so) go inside the bundle and are unpacked on
#    first start under $DOTNET_BUNDLE_EXTRACT_BASE_DIR, else $HOME/.net. Not trimmed: YamlDotNet and ASP.NET reach
#    types by reflection. Only the executables are kept; the .pdb and .xml files beside them are not shipped.
#    ReadyToRun: the code is compiled ahead of time, so a short run (a scan, an apply, `discover --version`) does
#    not spend its first second in the JIT (10,000-document apply 2.8-3.0 s -> 2.0-2.1 s, --version 0.16 -> 0.06 s).
publish() { # project folder, executable name
  echo "package: publishing $2 $version ($rid, self-contained, single file)" >&2
  dotnet publish "$1" -c Release -r "$rid" --self-contained \
    -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true -p:PublishReadyToRun=true \
    -o "$out/publish/$2" --nologo -v quiet
  mkdir -p "$out/$rid"
  ln -f "$out/publish/$2/$2" "$out/$rid/$2"
}
publish src/Discovery.Cli discover
publish mock-bmc/MockBmc mock-bmc

# A bundle that cannot start fails here rather than in users' hands: no dotnet on PATH, no DOTNET_ROOT.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
printed=$(env -i PATH=/usr/bin:/bin HOME="$scratch" "$out/$rid/discover" --version)
case "$printed" in
  "$version" | "$version+"*) ;;
  *) echo "package: $out/$rid/discover --version printed '$printed', expected $version" >&2; exit 1 ;;
esac
env -i PATH=/usr/bin:/bin HOME="$scratch" "$out/$rid/mock-bmc" --help >/dev/null

# 2. The tree the .deb installs (removed once packed). The binaries live in /usr/lib/discover (room for a native
#    library beside them, should one ever refuse to be bundled) with links in /usr/bin. Never strip them: strip drops
#    the bundle appended to the host.
root=$out/root
rm -rf "$root"
install -d -m 0755 "$root/usr/bin" "$root/usr/lib/discover" "$root/lib/systemd/system" \
  "$root/usr/share/doc/discover/examples" "$root/etc/discover" "$root/DEBIAN"
for exe in discover mock-bmc; do
  install -m 0755 "$out/$rid/$exe" "$root/usr/lib/discover/$exe"
  ln -s "../lib/discover/$exe" "$root/usr/bin/$exe"
done

# The unit and the crontab example name /usr/local/bin/discover (a hand install); the package's binary is /usr/bin.
installed() { # source, destination: the file with the package's paths; fails if the source no longer names the old path
  grep -q '/usr/local/bin/discover' "$1" || { echo "package: $1 no longer names /usr/local/bin/discover; update package.sh" >&2; exit 1; }
  sed -e 's|/usr/local/bin/discover|/usr/bin/discover|g' \
      -e 's|Install both into /etc/systemd/system/, then|From the .deb: write /etc/discover/run.yaml, then|' \
      -e 's|scripts/schedule/crontab|/usr/share/doc/discover/examples/crontab|' \
      "$1" >"$2"
  chmod 0644 "$2"
}
installed scripts/schedule/discover-run.service "$root/lib/systemd/system/discover-run.service"
install -m 0644 scripts/schedule/discover-run.timer "$root/lib/systemd/system/discover-run.timer"
# The example config is not a conffile in /etc: targets and credentials have no safe default, and the file the unit
# reads (/etc/discover/run.yaml) stays the administrator's alone, never replaced or prompted about on upgrade.
install -m 0644 scripts/schedule/discover-run.yaml "$root/usr/share/doc/discover/examples/run.yaml"
installed scripts/schedule/crontab "$root/usr/share/doc/discover/examples/crontab"

# 3. Control file and maintainer scripts (from scripts/debian/). libicu only without InvariantGlobalization (the
#    project sets it). No zlib1g: .NET 10 carries its own zlib-ng. libssl3 is opened at run time (HTTPS), so no
#    tool reading the ELF headers would find it.
icu=""
[ "$(dotnet msbuild src/Discovery.Cli -getProperty:InvariantGlobalization -nologo)" = true ] || icu=", libicu72"
cat >"$root/DEBIAN/control" <<EOF
Package: discover
Version: $version
Architecture: amd64
Maintainer: ${DEBFULLNAME:-discover maintainers} <${DEBEMAIL:-maintainers@example.org}>
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: libc6 (>= 2.27), libgcc-s1 (>= 3.0), libstdc++6 (>= 6), libssl3$icu, adduser
Recommends: ca-certificates
Section: admin
Priority: optional
Description: Redfish discovery and inventory for HPC clusters
 discover finds the BMCs of a cluster, walks their Redfish trees into node, BMC
 and network-interface records, logs every exchange as Parquet, keeps an
 inventory in an embedded DuckDB store, serves it over HTTP and registers it
 with OpenCHAMI SMD.
 .
 This build is self-contained: it needs no .NET installation. It also ships
 mock-bmc, a Redfish BMC simulator, and a systemd timer for scheduled discovery
 (discover-run.timer, not enabled on install).
EOF
for script in postinst prerm postrm; do
  install -m 0755 "scripts/debian/$script" "$root/DEBIAN/$script"
done

# 4. The package. zstd (dpkg >= 1.21.18, Debian 12's 1.21.22 reads it): level 9 packs the 275 MB in ~10 s on two
#    cores; xz, dpkg-deb's default, takes over 5 minutes for a fifth less.
rm -f "$out"/discover_*_amd64.deb
deb=$out/discover_${version}_amd64.deb
dpkg-deb --root-owner-group -Zzstd -z9 --build "$root" "$deb" >/dev/null
rm -rf "$root"

echo "package: done in $((SECONDS - start)) s" >&2
echo "  $deb ($(du -h "$deb" | cut -f1))" >&2
echo "  $out/$rid/discover" >&2
echo "  $out/$rid/mock-bmc" >&2
