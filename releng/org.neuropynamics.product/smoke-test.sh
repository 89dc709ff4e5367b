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
[ -n "${DISPLAY:-}" ] || fail "no X display; run the build under xvfb-run (see README)"

# 1. Headless command line
"$product/neuropynamics" --version > "$out/cli-version.txt" 2> "$out/cli-version.err" || fail "--version exited $?: $(cat "$out/cli-version.err")"
grep -q "Neuropynamics Workbench 1.0.0" "$out/cli-version.txt" || fail "--version printed: $(cat "$out/cli-version.txt")"
"$product/neuropynamics" models --json > "$out/cli-models.json" 2> "$out/cli-models.err" || fail "models --json exited $?: $(cat "$out/cli-models.err")"
for id in izhikevich hodgkin-huxley hindmarsh-rose; do
  grep -q "\"id\":\"$id\"" "$out/cli-models.json" || fail "models --json lacks $id"
done
"$product/neuropynamics" no-such-command > /dev/null 2> "$out/cli-bad.err" && fail "an unknown command exited 0"
[ "$(wc -l < "$out/cli-bad.err")" -eq 1 ] || fail "an unknown command printed more than one line: $(cat "$out/cli-bad.err")"

# 2. The workbench window
ws=$(mktemp -d)
start=$(date +%s%N)
NEUROPYNAMICS_WORKSPACE="$ws" "$product/neuropynamics" > "$out/product-stdout.log" 2>&1 &
pid=$!
win=""
i=0
while [ $i -lt 240 ]; do
  win=$(xdotool search --name "^Neuropynamics Workbench" 2>/dev/null | tail -n 1)
  # the workbench window (not a splash or limbo shell) has a real size
  if [ -n "$win" ] && [ "$(xdotool getwindowgeometry "$win" 2>/dev/null | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')" -gt 600 ] 2>/dev/null; then
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
import -window root "$out/product.png" || fail "screenshot failed"
# Exit through the workbench (File > Exit, Ctrl+Q) so shutdown is exercised too
xdotool windowfocus --sync "$win" 2>/dev/null || true
sleep 0.5
xdotool key ctrl+q
i=0
while kill -0 $pid 2>/dev/null && [ $i -lt 60 ]; do sleep 0.5; i=$((i + 1)); done
if kill -0 $pid 2>/dev/null; then kill $pid; fail "the workbench did not exit within 30 s of Ctrl+Q"; fi
cp "$ws/.metadata/.log" "$out/product-workspace.log" 2>/dev/null || true
rm -rf "$ws"

# 3. No error in the logs (SWT's D-Bus session-manager notices without a desktop session are not errors)
errors=$(cat "$out/product-stdout.log" "$out/product-workspace.log" 2>/dev/null \
  | grep -v "SessionManagerDBus" | grep -E "^!ENTRY [^ ]+ 4 |^!ENTRY [^ ]+ 2 |Exception|ERROR" || true)
[ -z "$errors" ] || { echo "$errors" >&2; fail "errors or warnings in the product log (see $out)"; }
echo "product smoke test passed: $out/product.png"
