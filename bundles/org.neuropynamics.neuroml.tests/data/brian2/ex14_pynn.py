"""Independent reference for the PyNN cells of LEMS_NML2_Ex14_PyNN_subset.xml (derived from the NeuroML2 LEMSexamples).

The membranes written as Brian2 equations from NeuroML2CoreTypes/PyNN.xml, in PyNN's units (nF, uS, nA, mV, ms):
  IF_cond_exp, IF_curr_alpha:  dv/dt = (v_rest - v)/tau_m + i_offset/cm; v > v_thresh: v = v_reset, held tau_refrac
  EIF_cond_exp_isfa_ista:      dv/dt = (-(v - v_rest) + delta_T exp((v - v_thresh)/delta_T))/tau_m + (i_offset - w)/cm
                               dw/dt = (a (v - v_rest) - w)/tau_w (also while refractory);
                               v > v_spike: v = v_reset, w = w + b, v held tau_refrac
  HH_cond_exp:                 PyNN.xml's Traub rates with v_offset; m, h, n start at 0; spikes where v crosses 0 mV
All start at v_init. The refractory period is Brian2's refractory = tau_refrac + 2 dt: LEMS (and our euler-lems,
which reproduces jNeuroML's refractory cells of Ex0) leaves the refractory regime at the first step where
t > lastSpikeTime + tau_refrac and integrates from the step after it, two steps later than Brian2's refractory =
tau_refrac starts integrating again (measured: with tau_refrac alone every interspike interval of IF_curr_alpha is
0.02 ms shorter than ours). Forward Euler at the example's 0.01 ms for 500 ms, in the order of events of our method
euler-lems (docs/architecture.md, NeuroML and LEMS): the threshold tested on the state at the start of a step
(Brian2's thresholder moved to the 'start' slot), the step integrated, then the reset applied.
Run with Debian's Brian2 2.5.1:
  /usr/bin/python3 ex14_pynn.py > ex14_pynn.out
It prints, per cell, the spike times (ms) that PyNNCellsBrian2Test compares with.
"""
from brian2 import ms, mV, NeuronGroup, SpikeMonitor, defaultclock, run, prefs, start_scope, exp
prefs.codegen.target = 'numpy'
defaultclock.dt = 0.01 * ms

def lif(name, cm, i_offset, tau_m, tau_refrac, v_init, v_reset, v_rest, v_thresh):
    start_scope()
    eqs = 'dv/dt = ((v_rest - v)/tau_m + i_offset/c_m) / ms : 1 (unless refractory)'
    G = NeuronGroup(1, eqs, threshold='v > v_thresh', reset='v = v_reset', refractory=(tau_refrac + 0.02) * ms,
                    method='euler', namespace=dict(v_rest=v_rest, tau_m=tau_m, i_offset=i_offset, c_m=cm,
                                                   v_thresh=v_thresh, v_reset=v_reset))
    G.thresholder['spike'].when = 'start'
    G.v = v_init
    M = SpikeMonitor(G)
    run(500 * ms)
    print(name, ' '.join('%.3f' % (x / ms) for x in M.spike_trains()[0]))

def eif(name, a, b, cm, delta_T, i_offset, tau_m, tau_refrac, tau_w, v_init, v_reset, v_rest, v_spike, v_thresh):
    start_scope()
    eqs = '''
    dv/dt = ((-(v - v_rest) + delta_T*exp((v - v_thresh)/delta_T))/tau_m + (i_offset - w)/c_m) / ms : 1 (unless refractory)
    dw/dt = (a*(v - v_rest) - w)/tau_w / ms : 1
    '''
    G = NeuronGroup(1, eqs, threshold='v > v_spike', reset='v = v_reset; w = w + b', refractory=(tau_refrac + 0.02) * ms,
                    method='euler', namespace=dict(a=a, b=b, c_m=cm, delta_T=delta_T, i_offset=i_offset, tau_m=tau_m,
                                                   tau_w=tau_w, v_reset=v_reset, v_rest=v_rest, v_spike=v_spike,
                                                   v_thresh=v_thresh))
    G.thresholder['spike'].when = 'start'
    G.v = v_init
    G.w = 0
    M = SpikeMonitor(G)
    run(500 * ms)
    print(name, ' '.join('%.3f' % (x / ms) for x in M.spike_trains()[0]))

def hh(name, cm, e_rev_K, e_rev_Na, e_rev_leak, g_leak, gbar_K, gbar_Na, i_offset, v_init, v_offset):
    start_scope()
    eqs = '''
    dv/dt = (g_leak*(e_rev_leak - v) + gbar_Na*m**3*h*(e_rev_Na - v) + gbar_K*n**4*(e_rev_K - v) + i_offset)/c_m / ms : 1
    dm/dt = (alpham*(1 - m) - betam*m) / ms : 1
    dh/dt = (alphah*(1 - h) - betah*h) / ms : 1
    dn/dt = (alphan*(1 - n) - betan*n) / ms : 1
    u = v - v_offset : 1
    alpham = 0.32*(13 - u)/(exp((13 - u)/4.0) - 1) : 1
    betam = 0.28*(u - 40)/(exp((u - 40)/5.0) - 1) : 1
    alphah = 0.128*exp((17 - u)/18.0) : 1
    betah = 4.0/(1 + exp((40 - u)/5.0)) : 1
    alphan = 0.032*(15 - u)/(exp((15 - u)/5.0) - 1) : 1
    betan = 0.5*exp((10 - u)/40.0) : 1
    '''
    G = NeuronGroup(1, eqs, threshold='v > 0', refractory='v > 0', method='euler',
                    namespace=dict(c_m=cm, e_rev_K=e_rev_K, e_rev_Na=e_rev_Na, e_rev_leak=e_rev_leak, g_leak=g_leak,
                                   gbar_K=gbar_K, gbar_Na=gbar_Na, i_offset=i_offset, v_offset=v_offset))
    G.v = v_init
    G.m = 0
    G.h = 0
    G.n = 0
    M = SpikeMonitor(G)
    run(500 * ms)
    print(name, ' '.join('%.3f' % (x / ms) for x in M.spike_trains()[0]))

# the components of examples/NML2_PyNNCells.nml (NeuroML2 repository), unchanged
lif('pop_IF_curr_alpha', cm=1.0, i_offset=0.9, tau_m=20.0, tau_refrac=10.0, v_init=-65, v_reset=-62.0, v_rest=-65.0,
    v_thresh=-52.0)
lif('pop_IF_cond_exp', cm=1.0, i_offset=1.0, tau_m=20.0, tau_refrac=5.0, v_init=-65, v_reset=-68.0, v_rest=-65.0,
    v_thresh=-52.0)
eif('pop_EIF_cond_exp_isfa_ista', a=0.0, b=0.0805, cm=0.281, delta_T=2.0, i_offset=0.6, tau_m=9.3667, tau_refrac=5,
    tau_w=144.0, v_init=-65, v_reset=-68.0, v_rest=-70.6, v_spike=-40.0, v_thresh=-52.0)
hh('pop_HH_cond_exp', cm=0.2, e_rev_K=-90.0, e_rev_Na=50.0, e_rev_leak=-65.0, g_leak=0.01, gbar_K=6.0, gbar_Na=20.0,
   i_offset=0.2, v_init=-65, v_offset=-63.0)
