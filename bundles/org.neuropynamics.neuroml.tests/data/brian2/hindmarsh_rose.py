"""Independent reference for data/hindmarsh-rose/LEMS_HindmarshRose.xml: the hindmarshRose1984Cell of
NeuroML2CoreTypes/Cells.xml written as Brian2 equations (x = v / v_scaling):
  v' = v_scaling (y - a x^3 + b x^2 - z) + I / C     y' = c - d x^2 - y     z' = r (s (x - x1) - z)   (per ms)
a spike where v rises above 0 (LEMS: OnCondition v > 0 while not spiking; spiking ends when v < 0).
Forward Euler at 0.01 ms for 600 ms, events in the order of our euler-lems method (thresholder at the start of
the step; see ex2_izh.py). Run with Debian's Brian2 2.5.1:
  /usr/bin/python3 hindmarsh_rose.py > hindmarsh_rose.out
"""
from brian2 import ms, mV, pA, pF, NeuronGroup, SpikeMonitor, defaultclock, run, prefs, start_scope
prefs.codegen.target = 'numpy'
start_scope()
defaultclock.dt = 0.01 * ms
a, b, c, d, r, s, x1 = 1.0, 3.0, 1.0, 5.0, 0.005, 4.0, -1.6
vs, C, I = 20 * mV, 100 * pF, 6000 * pA
eqs = '''
x = v / vs : 1
dv/dt = vs * (y - a * x**3 + b * x**2 - z) / ms + I / C : volt
dy/dt = (c - d * x**2 - y) / ms : 1
dz/dt = r * (s * (x - x1) - z) / ms : 1
'''
G = NeuronGroup(1, eqs, threshold='v > 0*mV', refractory='v > 0*mV', method='euler')
G.thresholder['spike'].when = 'start'
G.v = -1.3 * vs
G.y = -7.3
G.z = 0
M = SpikeMonitor(G)
run(600 * ms)
print('hrPop', ' '.join('%.3f' % (t / ms) for t in M.t))
