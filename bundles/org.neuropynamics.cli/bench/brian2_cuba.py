"""Brian2's examples/CUBA.py (Vogels & Abbott 2005), 1 s, timed for `neuropynamics bench-network`.

Usage: python3 brian2_cuba.py TARGET [N] [P]   (TARGET: numpy, cython or cpp_standalone; N neurons, default
4000, a fifth of them inhibitory; P the connection probability, default 0.02: `bench-network --scale K` passes
N = 4000 K and P = 0.02 / K)
Prints one JSON line: {target, brian2, total_s, run_s, spikes, neurons, synapses, peak_rss_mb, binary_cpu_s}
(binary_cpu_s: the standalone binary's CPU time, building the synapses and running; NaN otherwise); peak_rss_mb is
the largest resident set of this process (runtime targets; getrusage) or of the standalone binary (measured by
/usr/bin/time, so that the C++ compiler's memory does not count). total_s runs from before `import brian2` to
the end (code generation and compilation included); run_s is the simulation loop: for runtime targets a
second run(1 s) of the same network (no code generation any more), for cpp_standalone the binary's own
timing of the run (device._last_run_time).
"""
import json
import resource
import sys
import time

t_start = time.perf_counter()
target = sys.argv[1] if len(sys.argv) > 1 else "cython"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 4000
P = float(sys.argv[3]) if len(sys.argv) > 3 else 0.02
NE = N * 4 // 5
import brian2
from brian2 import (ms, mV, second, NeuronGroup, Synapses, SpikeMonitor, run, prefs, set_device, device,
                    seed, defaultclock)

standalone_dir = None
if target == "cpp_standalone":
    import os
    import tempfile
    standalone_dir = tempfile.mkdtemp(prefix="cuba_standalone_")
    set_device("cpp_standalone", directory=standalone_dir)
    if os.path.isfile("/usr/bin/time"):
        # the binary's own peak memory (the compiler's would otherwise count among this process's children)
        prefs.devices.cpp_standalone.run_cmd_unix = ["/usr/bin/time", "-f", "%M %U %S", "-o", "maxrss.txt",
                                                     "./main"]
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
G = NeuronGroup(N, eqs, threshold="v>Vt", reset="v = Vr", refractory=5 * ms, method="exact")
G.v = "Vr + rand() * (Vt - Vr)"
G.ge = 0 * mV
G.gi = 0 * mV
we = (60 * 0.27 / 10) * mV
wi = (-20 * 4.5 / 10) * mV
Ce = Synapses(G, G, on_pre="ge += we")
Ci = Synapses(G, G, on_pre="gi += wi")
Ce.connect("i<%d" % NE, p=P)
Ci.connect("i>=%d" % NE, p=P)
s_mon = SpikeMonitor(G)
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
synapses = int(len(Ce) + len(Ci))
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
binary_cpu_s = float("nan")
if standalone_dir is not None:
    try:
        with open(os.path.join(standalone_dir, "maxrss.txt")) as f:
            kb, user, system = f.read().split()[-3:]
            peak_kb, binary_cpu_s = float(kb), float(user) + float(system)
    except (OSError, ValueError, IndexError):
        peak_kb = float("nan")
print(json.dumps({"target": target, "brian2": brian2.__version__, "total_s": total_s, "run_s": run_s,
                  "spikes": spikes, "neurons": N, "synapses": synapses, "peak_rss_mb": peak_kb / 1024.0,
                  "binary_cpu_s": binary_cpu_s}))
