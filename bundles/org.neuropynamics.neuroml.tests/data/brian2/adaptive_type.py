"""Independent reference for data/lems/LEMS_AdaptiveComponentType.xml (a LEMS ComponentType with no core element).

The same equations written for Brian2 in the workbench's units (mV, ms, pA, nS, pF), dimensionless:
  gL = C / tauM; iLeak = 2 gL (EL - v) if v < EL - 5 else gL (EL - v)
  dv/dt = (iLeak - w + iSyn) / C,  dw/dt = -w / tauw,  iSyn = g (0 - v) + I_pulse
  spike: v > thresh and armed > 0.5 -> v = reset, w = w + b, armed = 0;  v < thresh - 5 -> armed = 1 (no spike)
  expOneSynapse: g decays exactly by exp(-dt/5) after each step, a spike adds 2 nS
Forward Euler at 0.01 ms, in the order of events of the workbench's euler-lems (docs/architecture.md, NeuroML and
LEMS): both conditions tested on the state at the start of a step (the thresholders moved to the 'start' slot),
the step integrated (v with the conductance and pulse of the step's start), the conductance decayed, the spikes of
the step added to it, then the actions of the conditions that held applied in document order.
Run with Debian's Brian2 2.5.1:
  /usr/bin/python3 adaptive_type.py > adaptive_type.out
"""
import math
from brian2 import (ms, NeuronGroup, SpikeGeneratorGroup, Synapses, SpikeMonitor, defaultclock, run, prefs,
                    start_scope)
prefs.codegen.target = 'numpy'
defaultclock.dt = 0.01 * ms
start_scope()
C, tauM, EL, thresh, reset, tauw, b = 100.0, 10.0, -70.0, -50.0, -65.0, 50.0, 50.0
gL = C / tauM
eqs = '''
dv/dt = (iLeak - w + iSyn) / C / ms : 1
dw/dt = -w / tauw / ms : 1
iLeak = int(v < EL - 5) * 2 * gL * (EL - v) + int(v >= EL - 5) * gL * (EL - v) : 1
iSyn = g * (0 - v) + I_pulse : 1
I_pulse = 250.0 * int(t >= 19.995*ms) * int(t < 179.995*ms) : 1
g : 1
armed : 1
'''
G = NeuronGroup(1, eqs, threshold='v > thresh and armed > 0.5', reset='v = reset; w = w + b; armed = 0',
                events={'rearm': 'v < thresh - 5'}, method='euler',
                namespace=dict(C=C, tauw=tauw, EL=EL, gL=gL, thresh=thresh, reset=reset, b=b, decay=math.exp(-0.01 / 5.0)))
G.run_on_event('rearm', 'armed = 1')
G.thresholder['spike'].when = 'start'
G.thresholder['rearm'].when = 'start'
G.resetter['spike'].order = 0
G.resetter['rearm'].order = 1
G.v = EL
G.w = 0
G.armed = 1
G.g = 0
G.run_regularly('g = g * decay', when='after_groups')
S = SpikeGeneratorGroup(1, [0, 0, 0, 0], [10, 11, 12, 100] * ms)
syn = Synapses(S, G, on_pre='g_post += 2.0')
syn.connect(i=0, j=0)
M = SpikeMonitor(G)
run(200 * ms)
print('pop', ' '.join('%.3f' % (x / ms) for x in M.spike_trains()[0]))
