"""Brian2 side of `neuropynamics bench`: the classic HH neuron, 1 s at dt 0.01 ms with RK4.

Prints one JSON line: {"brian2": version, "target": codegen target, "run_s": time of the 1 s run after a 1 ms compile warm-up,
"total_s": time from import to the end, "spikes": spike count}. Started by the bench command only when
python3 can import brian2 (Debian: apt-get install python3-brian); never used by the workbench itself.
"""
import json
import sys
import time

t0 = time.perf_counter()
import brian2 as b2  # noqa: E402

target = sys.argv[1] if len(sys.argv) > 1 else "cython"
b2.prefs.codegen.target = target
b2.defaultclock.dt = 0.01 * b2.ms
eqs = """
dV/dt = (I - gNa*m**3*h*(V-ENa) - gK*n**4*(V-EK) - gL*(V-EL))/C : volt
dm/dt = am*(1-m) - bm*m : 1
dh/dt = ah*(1-h) - bh*h : 1
dn/dt = an*(1-n) - bn*n : 1
am = 0.1/mV*(V+40*mV)/(1-exp(-(V+40*mV)/(10*mV)))/ms : Hz
bm = 4*exp(-(V+65*mV)/(18*mV))/ms : Hz
ah = 0.07*exp(-(V+65*mV)/(20*mV))/ms : Hz
bh = 1/(1+exp(-(V+35*mV)/(10*mV)))/ms : Hz
an = 0.01/mV*(V+55*mV)/(1-exp(-(V+55*mV)/(10*mV)))/ms : Hz
bn = 0.125*exp(-(V+65*mV)/(80*mV))/ms : Hz
"""
ns = dict(C=1 * b2.ufarad / b2.cm**2, gNa=120 * b2.msiemens / b2.cm**2, gK=36 * b2.msiemens / b2.cm**2,
          gL=0.3 * b2.msiemens / b2.cm**2, ENa=50 * b2.mV, EK=-77 * b2.mV, EL=-54.387 * b2.mV,
          I=10 * b2.uamp / b2.cm**2)
G = b2.NeuronGroup(1, eqs, method="rk4", threshold="V > 0*mV", refractory="V > 0*mV", namespace=ns)
G.V = -64.99638 * b2.mV
G.m = 0.052955
G.h = 0.595994
G.n = 0.317732
S = b2.SpikeMonitor(G)
net = b2.Network(G, S)
net.store()
net.run(1 * b2.ms)  # compiles the code (Brian2 caches it); not timed, like the warm-up of the Java side
net.restore()
t1 = time.perf_counter()
net.run(1 * b2.second)
t2 = time.perf_counter()
print(json.dumps({"brian2": b2.__version__, "target": target, "run_s": t2 - t1, "total_s": t2 - t0,
                  "spikes": int(S.num_spikes)}))
