"""Reference traces for the dendrites cable tests, computed with NEURON 8.2.2 (Debian package python3-neuron).

Run: /usr/bin/python3 neuron_cable_reference.py  (writes neuron_cable_passive.csv and neuron_cable_hh.csv)

Model: a soma (cylinder L = diam = 20 um) and a dendrite (L = 500 um, diam 1 um, nseg 50) connected
dend(0) to soma(1); passive membrane everywhere (cm 1 uF/cm2, g_pas 1e-4 S/cm2, e_pas -65 mV, Ra 100 Ohm cm).
An AlphaSynapse at dend(0.75) (onset 5 ms, tau 1 ms, gmax 0.005 uS, e 0 mV) and a second at dend(0.25)
(onset 7 ms, tau 1 ms, gmax 0.005 uS). Crank-Nicolson (secondorder = 2), dt 0.01 ms, tstop 30 ms,
finitialize(-65). The hh variant adds NEURON's hh to the soma with gl_hh = 0 (the leak is pas) and a
stronger synapse at dend(0.25) (gmax 0.05 uS) so that the soma fires.
Columns: t, V at soma(0.5), dend(0.01), dend(0.25), dend(0.51), dend(0.75), dend(0.99)
(the centres of dendritic segments 0, 12, 25, 37 and 49 of 50).
"""
from neuron import h

h.load_file("stdrun.hoc")


def run(active, out):
    soma = h.Section(name="soma")
    dend = h.Section(name="dend")
    dend.connect(soma(1), 0)
    soma.L = soma.diam = 20
    soma.nseg = 1
    dend.L = 500
    dend.diam = 1
    dend.nseg = 50
    for sec in (soma, dend):
        sec.Ra = 100
        sec.cm = 1
        sec.insert("pas")
        for seg in sec:
            seg.pas.g = 1e-4
            seg.pas.e = -65
    if active:
        soma.insert("hh")
        soma(0.5).hh.gl = 0
    s1 = h.AlphaSynapse(dend(0.75))
    s1.onset, s1.tau, s1.gmax, s1.e = 5, 1, 0.005, 0
    s2 = h.AlphaSynapse(dend(0.25))
    s2.onset, s2.tau, s2.gmax, s2.e = 7, 1, 0.05 if active else 0.005, 0
    locations = [(soma, 0.5)] + [(dend, x) for x in (0.01, 0.25, 0.51, 0.75, 0.99)]
    vecs = [h.Vector().record(sec(x)._ref_v) for sec, x in locations]
    t = h.Vector().record(h._ref_t)
    h.secondorder = 2
    h.dt = 0.01
    h.steps_per_ms = 100
    h.finitialize(-65)
    h.continuerun(30)
    with open(out, "w") as f:
        f.write("t,soma,d0.01,d0.25,d0.51,d0.75,d0.99\n")
        for k in range(0, len(t), 10):
            f.write(",".join("%.10g" % v for v in [t[k]] + [vec[k] for vec in vecs]) + "\n")


run(False, "neuron_cable_passive.csv")
run(True, "neuron_cable_hh.csv")
