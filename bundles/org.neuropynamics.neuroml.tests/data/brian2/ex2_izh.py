"""Independent reference for LEMS_NML2_Ex2_Izh.xml (NeuroML2 LEMSexamples; no .mep file exists for it).

The four izhikevichCell components of the example written as Brian2 equations from the LEMS definitions
(NeuroML2CoreTypes/Cells.xml izhikevichCell, Inputs.xml pulseGeneratorDL and rampGeneratorDL):
  v' = 0.04 v^2 + 5 v + 140 - U + I   (per ms, v in mV)     U' = a (b v - U)
  v > thresh: v = c, U = U + d        v(0) = v0, U(0) = b v0
Forward Euler with the example's step 0.005 ms for 200 ms, run twice:
- "lems": the order of events of our method euler-lems (docs/architecture.md, NeuroML and LEMS), which the
  .mep files of Ex0 fix: the threshold is tested on the state at the start of a step (Brian2's thresholder moved
  to the 'start' slot), the step is integrated, then the reset is applied (the resetter stays after the update);
- "brian2": Brian2's own order (update, threshold, reset in the same step), for comparison.
Run with Debian's Brian2 2.5.1:
  /usr/bin/python3 ex2_izh.py > ex2_izh.out
It prints, per order and cell, the spike times (ms) that Ex2IzhikevichTest compares with.
"""
from brian2 import ms, NeuronGroup, SpikeMonitor, defaultclock, run, prefs, start_scope
prefs.codegen.target = 'numpy'
start_scope()
defaultclock.dt = 0.005 * ms
cells = [  # name, v0, a, b, c, d, input
    ('izpopBurst', -70, 0.02, 0.2, -50, 2, ('pulse', 22, 2000, 15)),
    ('izpopTonic', -70, 0.02, 0.2, -65, 6, ('pulse', 20, 2000, 14)),
    ('izpopMixed', -70, 0.02, 0.2, -55, 4, ('pulse', 20, 2000, 10)),
    ('izpopClass1', -60, 0.02, -0.1, -55, 6, ('ramp', 30, 170, -32, 50, -32)),
]
eqs = '''
dv/dt = (0.04*v**2 + 5*v + 140 - U + I)/ms : 1
dU/dt = a*(b*v - U)/ms : 1
I = int(kind == 0) * ampl * int(t >= delay) * int(t < delay + dur) + int(kind == 1) * (rbase + int(t >= delay) * int(t < delay + dur) * (rstart - rbase + (rfinish - rstart) * (t - delay) / dur)) : 1
a : 1
b : 1
c : 1
d : 1
kind : integer
ampl : 1
delay : second
dur : second
rstart : 1
rfinish : 1
rbase : 1
'''
def simulate(order):
  start_scope()
  G = NeuronGroup(len(cells), eqs, threshold='v > 30', reset='v = c; U = U + d', method='euler')
  if order == 'lems':
    G.thresholder['spike'].when = 'start'
  for i, (name, v0, pa, pb, pc, pd, inp) in enumerate(cells):
      G.v[i] = v0
      G.U[i] = pb * v0
      G.a[i], G.b[i], G.c[i], G.d[i] = pa, pb, pc, pd
      if inp[0] == 'pulse':
          G.kind[i] = 0
          G.delay[i], G.dur[i], G.ampl[i] = inp[1] * ms, inp[2] * ms, inp[3]
      else:
          G.kind[i] = 1
          G.delay[i], G.dur[i] = inp[1] * ms, inp[2] * ms
          G.rstart[i], G.rfinish[i], G.rbase[i] = inp[3], inp[4], inp[5]
  M = SpikeMonitor(G)
  run(200 * ms)
  trains = M.spike_trains()
  for i, cell in enumerate(cells):
      print(order, cell[0], ' '.join('%.3f' % (x / ms) for x in trains[i]))

for order in ('lems', 'brian2'):
    simulate(order)
