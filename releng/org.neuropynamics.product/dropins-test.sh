#!/bin/sh
# Product-level test of extending an installed workbench (issue 17): unpacks the Linux archive as a user would,
# makes a model plug-in from an .ode file with `neuropynamics new-model`, drops it into the installation's
# dropins/ folder, and checks that the command line (plain class path and OSGi) lists and simulates it and that
# every view of the workbench that lists models offers it (Single Neuron, Phase Plane for the 2-D model, 1-D
# Stability for the 1-D one, Continuation, the network editor's model picker); then removes the jars and checks
# that they are gone from all of them.
# Usage: dropins-test.sh ARCHIVE.tar.gz OUTPUT_DIR
set -u
archive=$1
out=$2
rm -rf "$out"
mkdir -p "$out"
fail() { echo "DROPINS TEST FAILED: $*" >&2; exit 1; }
[ -f "$archive" ] || fail "no archive $archive"
for tool in xdotool import; do
  command -v $tool >/dev/null 2>&1 || fail "$tool is missing (apt-get install -y xdotool imagemagick)"
done
work=$(mktemp -d)
xvfb_pid=""
trap 'rm -rf "$work"; [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null' EXIT
# a home of its own: the user's dropins folder (~/.neuropynamics/dropins) and caches start empty
export HOME="$work/home"
mkdir -p "$HOME"
export NEUROPYNAMICS_CACHE=off
tar -xzf "$archive" -C "$work" || fail "cannot unpack $archive"
np="$work/neuropynamics-workbench/neuropynamics"
[ -x "$np" ] || fail "no launcher in the archive"
[ -d "$work/neuropynamics-workbench/dropins" ] || fail "the archive has no dropins/ folder"

# 1. new-model: a leaky membrane, dv/dt = (E - v)/tau, v(0) = v0, whose solution is E + (v0 - E) exp(-t/tau)
cat > "$work/leaky.ode" <<'EOF'
# a passive membrane relaxing to its resting potential
par E=-65, tau=12.5
init v=-20
v' = (E - v)/tau
done
EOF
printf 'par E=-65\nv'"'"' = (E - v)/\ndone\n' > "$work/broken.ode"
"$np" new-model broken --from "$work/broken.ode" --out "$work/" > "$out/broken.out" 2> "$out/broken.err"
status=$?
[ $status -eq 2 ] || fail "new-model of a broken file exited $status, not 2"
[ "$(wc -l < "$out/broken.err")" -eq 1 ] && grep -q "broken.ode: line 2, column" "$out/broken.err" \
  || fail "new-model of a broken file did not print one line with its line and column: $(cat "$out/broken.err")"
ls "$work"/*.jar > /dev/null 2>&1 && fail "new-model of a broken file wrote a jar"
"$np" new-model izhikevich --from "$work/leaky.ode" --out "$work/" > /dev/null 2> "$out/clash.err" \
  && fail "new-model accepted the id of a catalogue model"
"$np" new-model leaky-membrane --from "$work/leaky.ode" --name "Leaky membrane" \
  --out "$work/neuropynamics-workbench/dropins/" --json > "$out/new-model.json" 2> "$out/new-model.err" \
  || fail "new-model exited $?: $(cat "$out/new-model.err")"
jar="$work/neuropynamics-workbench/dropins/org.neuropynamics.models.user.leaky_membrane_1.0.0.jar"
[ -f "$jar" ] || fail "new-model did not write $jar: $(cat "$out/new-model.json")"
# a 2-D model too, for the Phase Plane (which lists flows of two or more variables)
cat > "$work/spring.ode" <<'EOF'
# a damped spring
par k=1, c=0.5
init x=1, y=0
x' = y
y' = -k*x - c*y
done
EOF
"$np" new-model damped-spring --from "$work/spring.ode" --name "Damped spring" \
  --out "$work/neuropynamics-workbench/dropins/" > /dev/null 2> "$out/new-model-spring.err" \
  || fail "new-model damped-spring exited $?: $(cat "$out/new-model-spring.err")"
jar2="$work/neuropynamics-workbench/dropins/org.neuropynamics.models.user.damped_spring_1.0.0.jar"
[ -f "$jar2" ] || fail "new-model did not write $jar2"
# a network to open at start, so that the network editor's model picker is listed too
cat > "$work/probe.neuronet" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<network:Network xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:network="http://www.neuropynamics.org/network/1.0" name="probe"/>
EOF

# 2. the command line lists and simulates it, on the plain class path and in OSGi (which installs the dropins)
check_listed() {
  want=$1; shift
  "$@" models --json > "$out/models.json" 2> "$out/models.err" || fail "models --json exited $?: $(cat "$out/models.err")"
  if [ "$want" = yes ]; then
    grep -q '"id":"leaky-membrane","name":"Leaky membrane"' "$out/models.json" || fail "models --json ($*) lacks leaky-membrane"
  else
    grep -q '"id":"leaky-membrane"' "$out/models.json" && fail "models --json ($*) still lists leaky-membrane"
  fi
  grep -q '"id":"hindmarsh-rose"' "$out/models.json" || fail "models --json ($*) lost hindmarsh-rose"
  [ "$want" = yes ] || ! grep -q '"id":"qif"' "$out/models.json" || fail "models --json ($*) still lists qif"
}
check_listed yes "$np"
check_listed yes env NEUROPYNAMICS_OSGI=1 "$np"
"$np" simulate leaky-membrane --t 50 --method rk4 --dt 0.01 --csv "$out/leaky.csv" --sample 1 > /dev/null 2> "$out/simulate.err" \
  || fail "simulate leaky-membrane exited $?: $(cat "$out/simulate.err")"
# against the exact solution, within 1e-6 mV (RK4 at dt = 0.01 ms is exact to ~1e-10 here)
awk -F, 'NR > 1 { exact = -65 + 45 * exp(-$1 / 12.5); d = $2 - exact; if (d < 0) d = -d; if (d > max) max = d; n++ }
  END { if (n < 50 || max > 1e-6) { printf "n=%d max error %g mV\n", n, max; exit 1 } printf "%d samples, max error %.2g mV\n", n, max }' \
  "$out/leaky.csv" > "$out/simulate-check.txt" || fail "leaky-membrane differs from E + (v0 - E) exp(-t/tau): $(cat "$out/simulate-check.txt")"

# 2b. the Java-model template (templates/java-model, docs/extending.md) built against the unpacked product's
# plugins/ with the build's JDK, dropped in: the quadratic integrate-and-fire neuron tau v' = a (v - c)^2 + b
# (a = 1/(vt - vr), c = (vr + vt)/2, b = I - (vt - vr)/4 > 0) reaches vpeak from v0 after
# tau (atan((vpeak - c) k) - atan((v0 - c) k)) / sqrt(a b), k = sqrt(a/b): 88.98 ms from rest, then every 95.56 ms
template=$(CDPATH= cd -- "$(dirname -- "$0")/../../templates/java-model" && pwd)
cp -r "$template" "$work/java-model"
rm -rf "$work/java-model/bin"
NEUROPYNAMICS_HOME="$work/neuropynamics-workbench" "$work/java-model/build.sh" "$work/neuropynamics-workbench/dropins/qif.jar" \
  > "$out/template-build.log" 2>&1 || fail "the Java-model template did not build: $(cat "$out/template-build.log")"
"$np" simulate qif --t 300 --json > "$out/qif.json" 2> "$out/qif.err" || fail "simulate qif exited $?: $(cat "$out/qif.err")"
spikes=$(sed -n 's/.*"spikes_ms":\[\([^]]*\)\].*/\1/p' "$out/qif.json")
echo "$spikes" | awk -F, '{
    a = 1 / 15; c = -57.5; b = 5 - 15 / 4; k = sqrt(a / b); s = sqrt(a * b)
    first = 10 * (atan2((30 - c) * k, 1) - atan2((-65 - c) * k, 1)) / s
    isi = 10 * (atan2((30 - c) * k, 1) - atan2((-70 - c) * k, 1)) / s
    # spikes are stamped at the start of their step (dt = 0.01 ms): within 0.02 ms
    if (NF != 3) { printf "%d spikes, expected 3\n", NF; exit 1 }
    for (i = 1; i <= NF; i++) { want = first + (i - 1) * isi; d = $i - want; if (d < 0) d = -d
      if (d > 0.02) { printf "spike %d at %s ms, expected %.3f\n", i, $i, want; exit 1 } }
    printf "qif spikes %s ms, expected %.2f + n %.2f\n", $0, first, isi }' > "$out/qif-check.txt" \
  || fail "the template model's spikes differ from the analytic ones: $(cat "$out/qif-check.txt")"
check_listed yes env NEUROPYNAMICS_OSGI=1 "$np"
grep -q '"id":"qif","name":"Quadratic integrate-and-fire"' "$out/models.json" || fail "models --json (OSGi) lacks qif"

# 3. the workbench: the Single Neuron view's model list (written by the view itself, see SingleNeuronView) and
# every other view's (written after start by the workbench, see org.neuropynamics.ui.ModelLists)
if command -v Xvfb >/dev/null 2>&1; then
  dfile=$(mktemp)
  Xvfb -displayfd 9 -screen 0 1280x720x24 -nolisten tcp 9>"$dfile" 2>/dev/null &
  xvfb_pid=$!
  i=0
  while [ ! -s "$dfile" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
  [ -s "$dfile" ] || fail "Xvfb did not start"
  gui_display=":$(head -n 1 "$dfile")"
  rm -f "$dfile"
else
  [ -n "${DISPLAY:-}" ] || fail "no X display and no Xvfb (apt-get install -y xvfb)"
  gui_display=$DISPLAY
fi
workbench_items() {
  name=$1
  items="$out/$name-items.txt"
  lists="$out/$name-lists.txt"
  rm -f "$items" "$lists"
  DISPLAY=$gui_display NEUROPYNAMICS_WORKSPACE="$work/ws-$name" \
    NEUROPYNAMICS_VMARGS="-Dorg.neuropynamics.singleneuron.modelItems=$items -Dorg.neuropynamics.ui.modelLists=$lists" \
    NEUROPYNAMICS_WORKBENCH_ARGS="-perspective org.neuropynamics.singleneuron.perspective" \
    "$np" "$work/probe.neuronet" > "$out/$name-workbench.log" 2>&1 &
  pid=$!
  i=0
  while { [ ! -s "$items" ] || [ ! -s "$lists" ]; } && [ $i -lt 240 ] && kill -0 $pid 2>/dev/null; do sleep 0.5; i=$((i + 1)); done
  [ -s "$items" ] || { kill $pid 2>/dev/null; fail "the Single Neuron view did not open within 120 s (see $out/$name-workbench.log)"; }
  [ -s "$lists" ] || { kill $pid 2>/dev/null; fail "the workbench wrote no model lists within 120 s (see $out/$name-workbench.log)"; }
  # the view is made before its window shows: wait for the window, then for the first simulation to be drawn
  win=""
  i=0
  while [ $i -lt 120 ]; do
    win=$(DISPLAY=$gui_display xdotool search --onlyvisible --name "^Neuropynamics Workbench" 2>/dev/null | tail -n 1)
    [ -n "$win" ] && [ "$(DISPLAY=$gui_display xdotool getwindowgeometry "$win" 2>/dev/null | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')" -gt 600 ] 2>/dev/null && break
    win=""
    sleep 0.5; i=$((i + 1))
  done
  [ -n "$win" ] || { kill $pid 2>/dev/null; fail "no workbench window within 60 s of the view"; }
  sleep 4
  DISPLAY=$gui_display import -window root "$out/$name.png" || fail "screenshot failed"
  DISPLAY=$gui_display xdotool windowfocus --sync "$win" 2>/dev/null
  sleep 0.5
  DISPLAY=$gui_display xdotool key ctrl+q
  i=0
  while kill -0 $pid 2>/dev/null && [ $i -lt 60 ]; do sleep 0.5; i=$((i + 1)); done
  if kill -0 $pid 2>/dev/null; then kill $pid; fail "the workbench did not exit within 30 s of Ctrl+Q"; fi
  # no error in the logs (as in smoke-test.sh; SWT's D-Bus session-manager notices are not errors)
  errors=$(cat "$out/$name-workbench.log" "$work/ws-$name/.metadata/.log" 2>/dev/null \
    | grep -v "SessionManagerDBus" | grep -E "^!ENTRY [^ ]+ 4 |^!ENTRY [^ ]+ 2 |Exception|ERROR|WARNING" || true)
  [ -z "$errors" ] || { echo "$errors" >&2; fail "errors or warnings in the workbench log ($name)"; }
}
workbench_items with-plugin
grep -q "^leaky-membrane	Leaky membrane$" "$out/with-plugin-items.txt" \
  || fail "the Single Neuron view does not offer the dropped-in model: $(cat "$out/with-plugin-items.txt")"
grep -q "^hindmarsh-rose	" "$out/with-plugin-items.txt" || fail "the Single Neuron view lost hindmarsh-rose"
grep -q "^qif	Quadratic integrate-and-fire$" "$out/with-plugin-items.txt" \
  || fail "the Single Neuron view does not offer the template's model: $(cat "$out/with-plugin-items.txt")"
grep -q "^damped-spring	Damped spring$" "$out/with-plugin-items.txt" \
  || fail "the Single Neuron view does not offer the 2-D model: $(cat "$out/with-plugin-items.txt")"
# every other view that lists models: "view-id<TAB>model-id<TAB>label"
plane=org.neuropynamics.stability.ui.views.phasePlane
line=org.neuropynamics.stability.ui.views.phaseLine
cont=org.neuropynamics.bifurcation.ui.views.continuation
net=org.neuropynamics.network.ui.editor
lists="$out/with-plugin-lists.txt"
listed() { grep -q "^$1	$2	$3\$" "$lists"; }
listed $plane damped-spring "Model: damped-spring" || fail "the Phase Plane does not offer damped-spring: $(grep "^$plane" "$lists")"
listed $plane leaky-membrane ".*" && fail "the Phase Plane offers the 1-D leaky-membrane"
listed $line leaky-membrane "Leaky membrane" || fail "1-D Stability does not offer leaky-membrane: $(grep "^$line" "$lists")"
listed $line damped-spring ".*" && fail "1-D Stability offers the 2-D damped-spring"
listed $cont leaky-membrane "Leaky membrane" || fail "the Continuation Diagram does not offer leaky-membrane: $(grep "^$cont" "$lists")"
listed $cont damped-spring "Damped spring" || fail "the Continuation Diagram does not offer damped-spring"
listed $net leaky-membrane "Leaky membrane (leaky-membrane)" || fail "the network editor's model picker does not offer leaky-membrane: $(grep "^$net" "$lists")"
listed $net damped-spring "Damped spring (damped-spring)" || fail "the network editor's model picker does not offer damped-spring"
for v in $plane $line $cont $net; do
  grep -q "^$v	" "$lists" || fail "$v listed no model"
done

# 4. removed: gone from the command line (both paths) and from the workbench (installed copy uninstalled at start)
rm "$jar" "$jar2" "$work/neuropynamics-workbench/dropins/qif.jar"
check_listed no "$np"
check_listed no env NEUROPYNAMICS_OSGI=1 "$np"
workbench_items removed
grep -q "^leaky-membrane	" "$out/removed-items.txt" && fail "the Single Neuron view still offers the removed model"
grep -q "^qif	" "$out/removed-items.txt" && fail "the Single Neuron view still offers the removed qif"
grep -q "^hindmarsh-rose	" "$out/removed-items.txt" || fail "the Single Neuron view lost hindmarsh-rose"
grep -q "^damped-spring	" "$out/removed-items.txt" && fail "the Single Neuron view still offers the removed damped-spring"
grep -q "	leaky-membrane	\|	damped-spring	" "$out/removed-lists.txt" \
  && fail "a view still offers a removed model: $(grep "	leaky-membrane	\|	damped-spring	" "$out/removed-lists.txt")"
[ "$(cut -f 1 "$out/removed-lists.txt" | sort -u | wc -l)" -ge 4 ] || fail "fewer than 4 views listed models after the removal"
echo "dropins test passed: $(cut -f 1 "$out/with-plugin-lists.txt" | sort -u | wc -l) views besides Single Neuron list the dropped-in models: $(cat "$out/simulate-check.txt"); $(cat "$out/qif-check.txt"); $(wc -l < "$out/with-plugin-items.txt") models with the plug-in, $(wc -l < "$out/removed-items.txt") without"
