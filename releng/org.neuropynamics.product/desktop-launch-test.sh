#!/bin/sh
# Starts the workbench from the .deb's desktop entry as a desktop does (issue 17): the entry's Exec line run by
# `gio launch` (GLib's launcher, which desktops use) with a model file for %F, under its own Xvfb, with no Java
# on PATH and JAVA_HOME unset; checks that a workbench window of the entry's StartupWMClass appears and that the
# file given for %F was opened (File > Open Recent remembers it), then quits with Ctrl+Q.
# The .deb is unpacked (dpkg -x), not installed, so /usr/bin/neuropynamics in Exec is read under ROOT: the copy
# of the entry that is launched differs from the packaged one only in that prefix (checked below).
# Usage: desktop-launch-test.sh ROOT OUTPUT_DIR   (ROOT: where the .deb was unpacked)
set -u
root=$1
out=$2
fail() { echo "DESKTOP LAUNCH TEST FAILED: $*" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out"
entry="$root/usr/share/applications/neuropynamics.desktop"
[ -f "$entry" ] || fail "no desktop entry $entry"
for tool in gio xdotool Xvfb import convert; do
  command -v $tool >/dev/null 2>&1 || fail "$tool is missing (apt-get install -y libglib2.0-bin xdotool xvfb imagemagick)"
done
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$entry" > "$out/validate.txt" 2>&1 || fail "desktop-file-validate: $(cat "$out/validate.txt")"
fi
work=$(mktemp -d)
xvfb_pid=""
pid=""
trap '[ -z "$pid" ] || kill "$pid" 2>/dev/null; [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT
exec_line=$(sed -n 's/^Exec=//p' "$entry")
[ "$exec_line" = "/usr/bin/neuropynamics %F" ] || fail "unexpected Exec line: $exec_line"
wm_class=$(sed -n 's/^StartupWMClass=//p' "$entry")
mkdir -p "$work/applications"
sed "s|^Exec=/usr/bin/|Exec=$root/usr/bin/|" "$entry" > "$work/applications/neuropynamics.desktop"
[ "$(diff "$entry" "$work/applications/neuropynamics.desktop" | grep -c '^[<>]')" -eq 2 ] \
  || fail "the launched entry differs from the packaged one in more than the Exec prefix"

# a display of its own at the size the issue names
dfile=$(mktemp)
Xvfb -displayfd 9 -screen 0 1280x720x24 -nolisten tcp 9>"$dfile" 2>/dev/null &
xvfb_pid=$!
i=0
while [ ! -s "$dfile" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
[ -s "$dfile" ] || fail "Xvfb did not start"
display=":$(head -n 1 "$dfile")"
rm -f "$dfile"

# a user with no Java: PATH of the basic tools only, a fresh home
mkdir -p "$work/bin" "$work/home"
for tool in sh readlink sed cat ls mkdir rm mv dirname uname head; do
  t=$(command -v $tool) && ln -s "$t" "$work/bin/$tool"
done
cat > "$work/leaky.ode" <<'ODE'
# a passive membrane
par E=-65, tau=10
v' = (E - v)/tau
done
ODE
env -i PATH="$work/bin" HOME="$work/home" DISPLAY="$display" XDG_DATA_DIRS="$work:/usr/share" \
  "$(command -v gio)" launch "$work/applications/neuropynamics.desktop" "$work/leaky.ode" > "$out/launch.log" 2>&1 \
  || fail "gio launch exited $?: $(cat "$out/launch.log")"
# gio launch returns once the process is spawned; find the workbench by its window
win=""
i=0
while [ $i -lt 240 ]; do
  win=$(DISPLAY=$display xdotool search --onlyvisible --classname "$wm_class" 2>/dev/null | tail -n 1)
  [ -n "$win" ] || win=$(DISPLAY=$display xdotool search --onlyvisible --class "$wm_class" 2>/dev/null | tail -n 1)
  if [ -n "$win" ]; then
    w=$(DISPLAY=$display xdotool getwindowgeometry "$win" 2>/dev/null | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')
    [ "${w:-0}" -gt 600 ] && break
  fi
  win=""
  sleep 0.5; i=$((i + 1))
done
[ -n "$win" ] || { DISPLAY=$display import -window root "$out/no-window.png"; fail "no window of class '$wm_class' within 120 s of gio launch"; }
pid=$(DISPLAY=$display xdotool getwindowpid "$win" 2>/dev/null || true)
title=$(DISPLAY=$display xdotool getwindowname "$win")
geometry=$(DISPLAY=$display xdotool getwindowgeometry "$win" | sed -n 's/.*Geometry: //p')
# the window must show something: screenshots until the screen is not one colour (a loaded machine paints late)
i=0
while [ $i -lt 60 ]; do
  sleep 2
  DISPLAY=$display import -window root "$out/desktop-launch.png" || fail "screenshot failed"
  spread=$(convert "$out/desktop-launch.png" -format "%[fx:standard_deviation]" info: 2>/dev/null)
  [ "$(echo "${spread:-0} > 0.05" | awk '{ print ($1 > $3) }')" = 1 ] && break
  i=$((i + 1))
done
[ $i -lt 60 ] || fail "the workbench window stayed blank for 120 s (see $out/desktop-launch.png)"
DISPLAY=$display xdotool windowfocus --sync "$win" 2>/dev/null
sleep 0.5
DISPLAY=$display xdotool key ctrl+q
i=0
while DISPLAY=$display xdotool search --class "$wm_class" >/dev/null 2>&1 && [ $i -lt 60 ]; do sleep 0.5; i=$((i + 1)); done
DISPLAY=$display xdotool search --class "$wm_class" >/dev/null 2>&1 && fail "the workbench did not exit within 30 s of Ctrl+Q"
pid=""
# %F reached the workbench: the file is in File > Open Recent (stored in the user's workspace preferences)
grep -rqs "leaky.ode" "$work/home" || fail "the file given for %F was not opened (not in Open Recent)"
echo "desktop launch: gio launch of the entry showed '$title' ($geometry, class $wm_class, screen spread $spread) with no Java on PATH; %F opened leaky.ode"
