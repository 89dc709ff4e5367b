# AdEx (COURSE.md section 5) at two reset values, w at each spike in the second second (Brian2, RK4, dt 0.01 ms)
from brian2 import *
prefs.codegen.target = 'numpy'
defaultclock.dt = 0.01*ms
C = 281*pF; gL = 30*nS; EL = -70.6*mV; VT = -50.4*mV; DeltaT = 2*mV; tauw = 40*ms; a = 4*nS; b = 0.08*nA; I = 0.8*nA
eqs = '''dvm/dt = (gL*(EL - vm) + gL*DeltaT*exp((vm - VT)/DeltaT) + I - w)/C : volt
dw/dt = (a*(vm - EL) - w)/tauw : amp
Vr : volt'''
G = NeuronGroup(2, eqs, threshold='vm > VT + 5*DeltaT', reset='vm = Vr; w += b', method='rk4')
G.vm = EL; G.w = 0*nA
G.Vr = [-48.3, -47.75]*mV
run(1*second)
M = SpikeMonitor(G, variables='w')
run(1*second)
for i in range(2):
    ws = sorted(set(round(float(x/nA), 4) for x in M.w[M.i == i]))
    print(float(G.Vr[i]/mV), len(M.t[M.i == i]), ws[:10])
