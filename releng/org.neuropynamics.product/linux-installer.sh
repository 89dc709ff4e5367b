#!/bin/sh
# Builds the Linux installers of the product (Maven profile "installers", see README "Installing"):
#   - a Java runtime trimmed with jlink to the modules the product needs (RUNTIME_MODULES below),
#   - the Linux archive again, with that runtime in jre/ (the launcher script prefers it),
#   - neuropynamics_VERSION_amd64.deb: the product in /usr/lib/neuropynamics with the runtime, /usr/bin/neuropynamics,
#     a desktop entry, icons, and MIME types for .ode and .neuronet files (the desktop entry opens them).
# Then tests the .deb: dpkg -x into a temporary folder, `neuropynamics --version` and `models` with no java on
# PATH and JAVA_HOME unset, smoke-test.sh on the unpacked files (the workbench and the command line on the
# bundled runtime), and desktop-launch-test.sh (the desktop entry started with gio launch, its window found).
# Usage: linux-installer.sh PRODUCTS_DIR VERSION ICONS_DIR WORK_DIR
set -eu
products=$1
version=$2
icons=$3
work=$4
archive="$products/neuropynamics-workbench-$version-linux.gtk.x86_64.tar.gz"
fail() { echo "LINUX INSTALLER FAILED: $*" >&2; exit 1; }
[ -f "$archive" ] || fail "no archive $archive"
jdk=${JAVA_HOME:-}
[ -x "$jdk/bin/jlink" ] || fail "JAVA_HOME ($jdk) is not a JDK with jlink"
command -v dpkg-deb > /dev/null 2>&1 || fail "dpkg-deb is missing (apt-get install -y dpkg)"

# The modules: jdeps --print-module-deps over plugins/*.jar gives java.base, java.desktop (AWT for PNG/SVG export,
# ImageIO), java.management, java.sql (EMF, Janino), jdk.unsupported (SWT, EMF), jdk.xml.dom; the rest are loaded
# reflectively or through services: java.logging (System.Logger), java.naming (Equinox), java.instrument,
# jdk.zipfs, jdk.charsets, jdk.management. Without java.net.http or jdk.jfr the product runs the same (tried).
RUNTIME_MODULES=java.base,java.desktop,java.management,java.sql,java.logging,java.naming,java.xml,java.instrument,jdk.unsupported,jdk.xml.dom,jdk.zipfs,jdk.charsets,jdk.management

rm -rf "$work"
mkdir -p "$work"
# no --compress: the archive and the .deb compress it anyway, and an uncompressed image starts faster
"$jdk/bin/jlink" --add-modules "$RUNTIME_MODULES" --strip-debug --no-header-files --no-man-pages \
  --generate-cds-archive --output "$work/jre" > "$work/jlink.log" 2>&1 || { cat "$work/jlink.log" >&2; fail "jlink failed"; }

# 1. the Linux archive, with the runtime (from Tycho's archive, so that no state of a test run gets in)
mkdir -p "$work/archive"
tar -xzf "$archive" -C "$work/archive"
cp -a "$work/jre" "$work/archive/neuropynamics-workbench/jre"
tar -C "$work/archive" -czf "$archive.tmp" neuropynamics-workbench
mv "$archive.tmp" "$archive"

# 2. the .deb
root="$work/deb"
lib="$root/usr/lib/neuropynamics"
mkdir -p "$root/DEBIAN" "$root/usr/lib" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/mime/packages" \
  "$root/usr/share/doc/neuropynamics"
mv "$work/archive/neuropynamics-workbench" "$lib"
ln -s ../lib/neuropynamics/neuropynamics "$root/usr/bin/neuropynamics"
for size in 16 32 48 64 128 256; do
  mkdir -p "$root/usr/share/icons/hicolor/${size}x${size}/apps"
  cp "$icons/app$size.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/neuropynamics.png"
done
cat > "$root/usr/share/applications/neuropynamics.desktop" <<'EOF'
[Desktop Entry]
Type=Application
Name=Neuropynamics Workbench
GenericName=Neurodynamics workbench
Comment=Single neurons, phase planes, bifurcations and spiking networks
Exec=/usr/bin/neuropynamics %F
Icon=neuropynamics
Terminal=false
Categories=Education;Science;Biology;
MimeType=text/x-xppaut-ode;application/x-neuropynamics-network;
StartupWMClass=Neuropynamics Workbench
EOF
cat > "$root/usr/share/mime/packages/neuropynamics.xml" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="text/x-xppaut-ode">
    <sub-class-of type="text/plain"/>
    <comment>XPPAUT model</comment>
    <glob pattern="*.ode"/>
  </mime-type>
  <mime-type type="application/x-neuropynamics-network">
    <sub-class-of type="application/xml"/>
    <comment>Neuropynamics network</comment>
    <glob pattern="*.neuronet"/>
  </mime-type>
</mime-info>
EOF
cat > "$root/usr/share/doc/neuropynamics/copyright" <<'EOF'
Neuropynamics Workbench. Copyright (c) 2026 the Neuropynamics developers.
License: Eclipse Public License 2.0 (https://www.eclipse.org/legal/epl-2.0/). The bundled Java runtime is
OpenJDK (GPL-2.0 with the Classpath Exception, see /usr/lib/neuropynamics/jre/legal); the licences of the
bundled libraries are listed in Help > About.
EOF
size=$(du -sk "$root/usr" | cut -f1)
# libgtk-3-0 was renamed libgtk-3-0t64 in Debian 13 / Ubuntu 24.04; the runtime draws text (PNG/SVG exports)
# with fontconfig fonts (its own freetype; AWT runs headless, so no X libraries of its own); the MIME database and the desktop menu are
# refreshed by the triggers of shared-mime-info and desktop-file-utils, so there are no maintainer scripts
cat > "$root/DEBIAN/control" <<EOF
Package: neuropynamics
Version: $version
Architecture: amd64
Maintainer: Neuropynamics developers <neuropynamics@example.org>
Installed-Size: $size
Depends: libgtk-3-0t64 | libgtk-3-0, libc6, zlib1g, fontconfig, fonts-dejavu-core
Recommends: shared-mime-info, desktop-file-utils, xdg-utils
Section: science
Priority: optional
Description: workbench for neurodynamics (single neurons to spiking networks)
 The Neuropynamics Workbench simulates single neuron models, draws phase planes
 and bifurcation diagrams, and builds and runs spiking networks, with every
 figure driven by parameter sliders, and a headless command line
 (neuropynamics --help). It brings its own Java runtime.
EOF
deb="$products/neuropynamics_${version}_amd64.deb"
dpkg-deb --root-owner-group -Zgzip --build "$root" "$deb.tmp" > /dev/null || fail "dpkg-deb failed"
mv "$deb.tmp" "$deb"

# 3. test: unpack the .deb and run it without any Java on PATH and without JAVA_HOME
check="$work/check"
mkdir -p "$check/root" "$check/bin" "$check/home"
dpkg-deb -x "$deb" "$check/root"
for tool in sh readlink sed cat ls mkdir rm mv dirname uname head; do
  t=$(command -v $tool) && ln -s "$t" "$check/bin/$tool"
done
ok=$(env -i PATH="$check/bin" HOME="$check/home" "$check/root/usr/bin/neuropynamics" --version 2>&1) \
  || fail "neuropynamics --version of the .deb exited $?: $ok"
echo "$ok" | grep -q "^Neuropynamics Workbench $version" || fail "neuropynamics --version printed: $ok"
models=$(env -i PATH="$check/bin" HOME="$check/home" NEUROPYNAMICS_OSGI=1 "$check/root/usr/bin/neuropynamics" models --json 2>&1) \
  || fail "neuropynamics models (OSGi) of the .deb exited $?: $models"
echo "$models" | grep -q '"id":"hindmarsh-rose"' || fail "models of the .deb lacks hindmarsh-rose: $models"
# the product smoke test on the installed files: the trimmed runtime must run every path it exercises (workbench,
# command line on the plain class path and in OSGi, PNG rendering, EMF, Janino)
env -u JAVA_HOME HOME="$check/home" "$(dirname "$0")/smoke-test.sh" "$check/root/usr/lib/neuropynamics" "$work/smoke" \
  > "$work/smoke.log" 2>&1 || { cat "$work/smoke.log" >&2; fail "the smoke test of the .deb's files failed"; }
# the desktop entry started as a desktop starts it (gio launch), the window checked with xdotool
"$(dirname "$0")/desktop-launch-test.sh" "$check/root" "$work/desktop-launch" > "$work/desktop-launch.log" 2>&1 \
  || { cat "$work/desktop-launch.log" >&2; fail "the workbench did not start from its desktop entry"; }
echo "linux installers: $(tail -n 1 "$work/desktop-launch.log")"
echo "linux installers: $deb ($(du -k "$deb" | cut -f1) KiB), $archive with a runtime of $(du -sk "$work/jre" | cut -f1) KiB; --version without Java on PATH: $ok"
