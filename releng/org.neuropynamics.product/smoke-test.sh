#!/bin/sh
# Product smoke test: launches the materialized product under X (Xvfb), waits for its window, saves a
# screenshot, closes it, and fails on any error in the log. Also runs the headless command line.
# Usage: smoke-test.sh PRODUCT_DIR OUTPUT_DIR
set -u
product=$1
out=$2
mkdir -p "$out"
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }
[ -x "$product/neuropynamics" ] || fail "no launcher script at $product/neuropynamics"
for tool in xdotool import; do
  command -v $tool >/dev/null 2>&1 || fail "$tool is missing (apt-get install -y xdotool imagemagick)"
done
# The workbench gets an X server of its own when Xvfb is installed, so that it never meets another window
# (the UI tests may run at the same time in a parallel build); otherwise it uses $DISPLAY.
xvfb_pid=""
if command -v Xvfb >/dev/null 2>&1; then
  dfile=$(mktemp)
  Xvfb -displayfd 9 -screen 0 1280x800x24 -nolisten tcp 9>"$dfile" 2>/dev/null &
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

# 1. Headless command line (with a start-up cache of its own, not the user's: see README "Command-line start-up")
cache=$(mktemp -d)
trap 'rm -rf "$cache"; [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null' EXIT
export NEUROPYNAMICS_CACHE="$cache"
"$product/neuropynamics" --version > "$out/cli-version.txt" 2> "$out/cli-version.err" || fail "--version exited $?: $(cat "$out/cli-version.err")"
grep -q "Neuropynamics Workbench 1.0.0" "$out/cli-version.txt" || fail "--version printed: $(cat "$out/cli-version.txt")"
ls "$cache"/org.neuropynamics.cli_*/cli.args "$cache"/org.neuropynamics.cli_*/cli.jsa > /dev/null 2>&1 \
  || fail "the first command did not build the start-up cache in $cache: $(ls -R "$cache")"
"$product/neuropynamics" models --json > "$out/cli-models.json" 2> "$out/cli-models.err" || fail "models --json exited $?: $(cat "$out/cli-models.err")"
for id in izhikevich hodgkin-huxley hindmarsh-rose; do
  grep -q "\"id\":\"$id\"" "$out/cli-models.json" || fail "models --json lacks $id"
done
"$product/neuropynamics" no-such-command > /dev/null 2> "$out/cli-bad.err" && fail "an unknown command exited 0"
[ "$(wc -l < "$out/cli-bad.err")" -eq 1 ] || fail "an unknown command printed more than one line: $(cat "$out/cli-bad.err")"

# 1b. Commands run on a plain class path (org.neuropynamics.cli.Main, see cli-bundles.txt), without the start-up
# cache and from it, must print exactly what the OSGi application org.neuropynamics.cli.app prints
# (NEUROPYNAMICS_OSGI=1), with the same exit status; only the measured times (build_ms, load_ms, run_ms) differ.
examples=$(CDPATH= cd -- "$(dirname -- "$0")/../../examples" && pwd)
untimed() { sed -E 's/"(build|load|run)_ms":[-0-9.eE+]+/"\1_ms":0/g' "$1"; }
run_mode() {
  mode=$1; shift
  case $mode in
    osgi) NEUROPYNAMICS_OSGI=1 "$product/neuropynamics" "$@" ;;
    plain) NEUROPYNAMICS_CACHE=off "$product/neuropynamics" "$@" ;;
    cached) NEUROPYNAMICS_CACHE="$cache" "$product/neuropynamics" "$@" ;;
  esac
}
same_as_osgi() {
  name=$1; shift
  for m in osgi plain cached; do
    run_mode $m "$@" > "$out/modes-$name.$m.out" 2> "$out/modes-$name.$m.err"
    echo $? > "$out/modes-$name.$m.status"
  done
  for mode in plain cached; do
    cmp -s "$out/modes-$name.osgi.status" "$out/modes-$name.$mode.status" \
      || fail "$name: exit status $(cat "$out/modes-$name.osgi.status") in OSGi, $(cat "$out/modes-$name.$mode.status") on the $mode class path"
    [ "$(untimed "$out/modes-$name.osgi.out")" = "$(untimed "$out/modes-$name.$mode.out")" ] \
      || fail "$name: stdout differs between OSGi and the $mode class path (see $out/modes-$name.*)"
    if [ "$(cat "$out/modes-$name.osgi.status")" != 0 ]; then
      cmp -s "$out/modes-$name.osgi.err" "$out/modes-$name.$mode.err" \
        || fail "$name: error message differs between OSGi and the $mode class path (see $out/modes-$name.*)"
    fi
  done
}
# One command per way the two paths could differ: models found through plugin.xml (Java and .ode), the
# network file read by EMF, a PNG drawn by AWT, an error message. Each OSGi run costs ~2 s of start-up (3 s
# of CPU), so the list stays short; the command-line contract tests cover every command on OSGi.
compare_modes() {
  same_as_osgi models models --json
  same_as_osgi simulate-plugin-model simulate hindmarsh-rose --t 500 --json
  same_as_osgi network network "$examples/cuba.neuronet" --t 200 --json
  for m in osgi plain cached; do
    run_mode $m render single-neuron --model izhikevich --t 200 --png "$out/render-$m.png" > "$out/render-$m.out" 2>&1 \
      || fail "render on the $m path exited $?: $(cat "$out/render-$m.out")"
  done
  cmp -s "$out/render-osgi.png" "$out/render-plain.png" && cmp -s "$out/render-osgi.png" "$out/render-cached.png" \
    || fail "the PNG rendered on the plain class path differs from the OSGi one (see $out/render-*.png)"
  same_as_osgi bad-option simulate izhikevich --t -5
  # the cached runs map their classes from the archive instead of loading them from the jars
  NEUROPYNAMICS_CACHE="$cache" NEUROPYNAMICS_VMARGS="-Xlog:class+load=info:file=$out/cached-class-load.txt" \
    "$product/neuropynamics" network "$examples/cuba.neuronet" --t 10 > /dev/null 2>&1 || fail "network from the cache failed"
  grep -q "org.neuropynamics.cli.Main source: shared objects file" "$out/cached-class-load.txt" \
    && grep -q "org.eclipse.emf.ecore.impl.EcorePackageImpl source: shared objects file" "$out/cached-class-load.txt" \
    || fail "the cached command line did not use its class archive (see $out/cached-class-load.txt)"
}
# the comparison runs while the workbench starts (section 2); its verdict is read at the end
( compare_modes ) > "$out/modes.log" 2>&1 &
modes_pid=$!

# 2. The workbench window
ws=$(mktemp -d)
start=$(date +%s%N)
DISPLAY=$gui_display NEUROPYNAMICS_WORKSPACE="$ws" "$product/neuropynamics" > "$out/product-stdout.log" 2>&1 &
pid=$!
win=""
i=0
while [ $i -lt 240 ]; do
  win=$(DISPLAY=$gui_display xdotool search --name "^Neuropynamics Workbench" 2>/dev/null | tail -n 1)
  # the workbench window (not a splash or limbo shell) has a real size
  if [ -n "$win" ] && [ "$(DISPLAY=$gui_display xdotool getwindowgeometry "$win" 2>/dev/null | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')" -gt 600 ] 2>/dev/null; then
    break
  fi
  win=""
  kill -0 $pid 2>/dev/null || break
  sleep 0.5; i=$((i + 1))
done
[ -n "$win" ] || { kill $pid 2>/dev/null; cat "$out/product-stdout.log" >&2; fail "no workbench window within 120 s"; }
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
echo "window after $elapsed ms" | tee "$out/startup-time.txt"
sleep 4
DISPLAY=$gui_display import -window root "$out/product.png" || fail "screenshot failed"
# Exit through the workbench (File > Exit, Ctrl+Q) so shutdown is exercised too
DISPLAY=$gui_display xdotool windowfocus --sync "$win" 2>/dev/null || true
sleep 0.5
DISPLAY=$gui_display xdotool key ctrl+q
i=0
while kill -0 $pid 2>/dev/null && [ $i -lt 60 ]; do sleep 0.5; i=$((i + 1)); done
if kill -0 $pid 2>/dev/null; then kill $pid; fail "the workbench did not exit within 30 s of Ctrl+Q"; fi
cp "$ws/.metadata/.log" "$out/product-workspace.log" 2>/dev/null || true
rm -rf "$ws"

# 3. No error in the logs (SWT's D-Bus session-manager notices without a desktop session are not errors)
errors=$(cat "$out/product-stdout.log" "$out/product-workspace.log" 2>/dev/null \
  | grep -v "SessionManagerDBus" | grep -E "^!ENTRY [^ ]+ 4 |^!ENTRY [^ ]+ 2 |Exception|ERROR" || true)
[ -z "$errors" ] || { echo "$errors" >&2; fail "errors or warnings in the product log (see $out)"; }
wait $modes_pid || { cat "$out/modes.log" >&2; fail "the command line on the plain class path differs from OSGi"; }
echo "product smoke test passed: $out/product.png"
