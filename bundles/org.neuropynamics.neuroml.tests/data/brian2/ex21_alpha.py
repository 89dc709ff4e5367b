"""Independent reference for LEMS_NML2_Ex21_CurrentBasedSynapses.xml (NeuroML2 LEMSexamples, LGPL-3.0, see
../NeuroML2/NOTICE.md), written as Brian2 equations from NeuroML2CoreTypes/Cells.xml and Synapses.xml:
  iafRefCell:           C dv/dt = gL (EL - v) + I; v > thresh: v = reset, held for refract
  alphaCurrentSynapse:  dI/dt = (e J - I)/tau, dJ/dt = -J/tau; a spike adds weight * ibase to J
with C 250 pF, gL 12.5 nS, EL 0 mV, thresh 1 mV, reset -1 mV, refract 2 ms, tau 1 ms, ibase 1 nA, weight 0.05,
input spikes at 100, 120, 126, 135 ms through a delay of 1 ms. dt 0.001 ms, 300 ms.
Our simulator's semantics for an imported network (method euler-lems, docs/architecture.md "NeuroML and LEMS"):
the membrane by forward Euler with the synaptic current held at its start-of-step value, the threshold tested on
the state at the start of a step (Brian2's thresholder moved to the 'start' slot), refractory = refract + 2 dt
(see ex14_pynn.py); the synapse integrated exactly (its own group, method 'exact', updated after the membrane, so
the membrane sees the start-of-step current through a linked variable); Brian2's delivery (a spike at t with delay
d acts from the step after t + d) is the simulator's.
Run with Debian's Brian2 2.5.1:
  /usr/bin/python3 ex21_alpha.py > ex21_alpha.out
It prints the times (ms) of the samples where v first exceeds 0.4 mV (.test.ex21.jnml.omt's threshold), the
recorded v at the start of each step, as AlphaSynapseLemsTest reads ours.
"""
import numpy as np
from brian2 import ms, NeuronGroup, SpikeGeneratorGroup, Synapses, StateMonitor, defaultclock, run, prefs, start_scope
prefs.codegen.target = 'numpy'
defaultclock.dt = 0.001 * ms
start_scope()
syn = NeuronGroup(1, '''
dI/dt = (exp(1)*J - I)/tau : 1
dJ/dt = -J/tau : 1
''', method='exact', namespace=dict(tau=1 * ms), order=1)
cell = NeuronGroup(1, '''
dv/dt = (gL*(EL - v) + Isyn)/C / ms : 1 (unless refractory)
Isyn : 1 (linked)
''', threshold='v > thresh', reset='v = reset', refractory=(2 + 0.002) * ms, method='euler', order=0,
    namespace=dict(gL=12.5, EL=0.0, C=250.0, thresh=1.0, reset=-1.0))
from brian2 import linked_var
cell.Isyn = linked_var(syn, "I")
cell.thresholder['spike'].when = 'start'
gen = SpikeGeneratorGroup(1, [0, 0, 0, 0], [100, 120, 126, 135] * ms)
S = Synapses(gen, syn, on_pre='J += 0.05 * 1000', delay=1 * ms)  # weight 0.05 times ibase 1 nA in pA
S.connect()
M = StateMonitor(cell, 'v', record=0)
run(300 * ms)
v = M.v[0]
t = M.t / ms
up = np.nonzero((v[1:] > 0.4) & (v[:-1] <= 0.4))[0] + 1
print('ex21', ' '.join('%.3f' % t[k] for k in up))
