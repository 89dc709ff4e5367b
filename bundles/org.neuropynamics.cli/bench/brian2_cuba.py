"""Brian2's examples/CUBA.py (Vogels & Abbott 2005), 1 s, timed for `neuropynamics bench-network`.

Usage: python3 brian2_cuba.py TARGET   (TARGET: numpy, cython or cpp_standalone)
Prints one JSON line: {target, brian2, total_s, run_s, spikes}. total_s runs from before `import brian2` to
the end (code generation and compilation included); run_s is the simulation loop: for runtime targets a
second run(1 s) of the same network (no code generation any more), for cpp_standalone the binary's own
timing of the run (device._last_run_time).
"""
import json
import sys
import time

t_start = time.perf_counter()
target = sys.argv[1] if len(sys.argv) > 1 else "cython"
import brian2
from brian2 import (ms, mV, second, NeuronGroup, Synapses, SpikeMonitor, run, prefs, set_device, device,
                    seed, defaultclock)

if target == "cpp_standalone":
    import tempfile
    set_device("cpp_standalone", directory=tempfile.mkdtemp(prefix="cuba_standalone_"))
else:
    prefs.codegen.target = target
seed(1)
defaultclock.dt = 0.1 * ms
taum = 20 * ms
taue = 5 * ms
taui = 10 * ms
Vt = -50 * mV
Vr = -60 * mV
El = -49 * mV
eqs = """
dv/dt  = (ge+gi-(v-El))/taum : volt (unless refractory)
dge/dt = -ge/taue : volt
dgi/dt = -gi/taui : volt
"""
P = NeuronGroup(4000, eqs, threshold="v>Vt", reset="v = Vr", refractory=5 * ms, method="exact")
P.v = "Vr + rand() * (Vt - Vr)"
P.ge = 0 * mV
P.gi = 0 * mV
we = (60 * 0.27 / 10) * mV
wi = (-20 * 4.5 / 10) * mV
Ce = Synapses(P, P, on_pre="ge += we")
Ci = Synapses(P, P, on_pre="gi += wi")
Ce.connect("i<3200", p=0.02)
Ci.connect("i>=3200", p=0.02)
s_mon = SpikeMonitor(P)
if target == "cpp_standalone":
    run(1 * second)  # builds, compiles and runs the binary (build_on_run)
    run_s = float(getattr(device, "_last_run_time", float("nan")))
    spikes = int(s_mon.num_spikes)
else:
    run(1 * second)
    spikes = int(s_mon.num_spikes)
    t0 = time.perf_counter()
    run(1 * second)
    run_s = time.perf_counter() - t0
total_s = time.perf_counter() - t_start
print(json.dumps({"target": target, "brian2": brian2.__version__, "total_s": total_s, "run_s": run_s,
                  "spikes": spikes}))
