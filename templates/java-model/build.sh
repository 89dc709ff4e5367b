#!/bin/sh
# Builds this model plug-in against an installed Neuropynamics Workbench (its plugins/ folder), with a JDK 21+:
#   NEUROPYNAMICS_HOME=/path/to/neuropynamics-workbench ./build.sh     (the .deb: /usr/lib/neuropynamics)
# and writes org.example.models.quadratic_1.0.0.jar here; copy it into the workbench's dropins/ folder (or
# ~/.neuropynamics/dropins/). The jar holds the manifest, plugin.xml and the compiled classes.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
home=${NEUROPYNAMICS_HOME:?set NEUROPYNAMICS_HOME to the installed workbench (the folder with plugins/)}
core=""
for j in "$home"/plugins/org.neuropynamics.core_*.jar; do [ -f "$j" ] && core=$j; done
[ -n "$core" ] || { echo "build.sh: no plugins/org.neuropynamics.core_*.jar in $home" >&2; exit 2; }
bin=${JAVA_HOME:+$JAVA_HOME/bin/}
rm -rf "$here/bin"
mkdir -p "$here/bin"
"${bin}javac" --release 21 -cp "$core" -d "$here/bin" $(find "$here/src" -name '*.java')
version=$(sed -n 's/^Bundle-Version: *//p' "$here/META-INF/MANIFEST.MF" | tr -d '\r')
name=$(sed -n 's/^Bundle-SymbolicName: *\([^;]*\).*/\1/p' "$here/META-INF/MANIFEST.MF" | tr -d '\r')
out=${1:-$here/${name}_$version.jar}
"${bin}jar" --create --file "$out" --manifest "$here/META-INF/MANIFEST.MF" -C "$here" plugin.xml -C "$here/bin" .
echo "$out"
