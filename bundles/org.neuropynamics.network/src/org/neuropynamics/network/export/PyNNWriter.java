package org.neuropynamics.network.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neuropynamics.network.model.AllToAll;
import org.neuropynamics.network.model.Connectivity;
import org.neuropynamics.network.model.CurrentInjection;
import org.neuropynamics.network.model.Distribution;
import org.neuropynamics.network.model.Stdp;
import org.neuropynamics.network.model.StdpRule;
import org.neuropynamics.network.model.ExplicitPairs;
import org.neuropynamics.network.model.FixedInDegree;
import org.neuropynamics.network.model.FixedProbability;
import org.neuropynamics.network.model.FixedTotalNumber;
import org.neuropynamics.network.model.Normal;
import org.neuropynamics.network.model.OneToOne;
import org.neuropynamics.network.model.Pair;
import org.neuropynamics.network.model.Uniform;

/**
 * A PyNN (0.12) script: standard cells ({@link StandardCells}), SpikeSourcePoisson / SpikeSourceArray inputs,
 * one Projection per projection with its connector, recording, and the JSON summary on rank 0. The backend is
 * chosen with {@code --backend} (default nest) and the script runs under MPI unchanged.
 */
final class PyNNWriter {

    private final ExportPlan plan;
    private final StringBuilder out = new StringBuilder();

    PyNNWriter(ExportPlan plan) {
        this.plan = plan;
    }

    String write(String sourceName) {
        Map<ExportPlan.Pop, StandardCells.Cell> cells = StandardCells.map(plan, "PyNN");
        line("#!/usr/bin/env python3");
        line("# " + Py.comment(plan.network.getName()) + ": PyNN script exported by Neuropynamics Workbench");
        line("# from " + Py.comment(sourceName) + ". Needs PyNN 0.12+ and a backend (default NEST); MPI-ready:");
        line("#   mpirun -n 4 python3 SCRIPT --backend nest");
        line("# Units: PyNN's (mV, ms, nA, nF, uS). The workbench's LIF (tau dv/dt = EL - v + I, I in mV) is");
        line("# IF_curr_* with cm = tau (nF), so currents and current weights keep their numbers in nA.");
        line("# Delays shorter than one time step (PyNN's minimum) are one time step.");
        line("import argparse");
        line("import importlib");
        line("import json");
        line("");
        line("from pyNN.parameters import Sequence");
        line("from pyNN.random import NumpyRNG, RandomDistribution");
        line("");
        line("parser = argparse.ArgumentParser(description=" + Py.str("Runs " + plan.network.getName()) + ")");
        line("parser.add_argument('--backend', default='nest', help='PyNN backend module (nest, neuron, brian2)')");
        line("parser.add_argument('--duration', type=float, default=" + Py.num(plan.duration, "duration") + ")");
        line("parser.add_argument('--seed', type=int, default=" + plan.seed + ")");
        line("parser.add_argument('--spikes', metavar='FILE', help='write every spike time (ms) as JSON')");
        line("args = parser.parse_args()");
        line("sim = importlib.import_module('pyNN.' + args.backend)");
        line("dt = " + Py.num(plan.dt, "dt"));
        line("sim.setup(timestep=dt, min_delay=dt, max_delay=" + Py.num(maxDelay(), "delay") + ")");
        line("rng = NumpyRNG(seed=args.seed, parallel_safe=True)");
        line("");
        for (ExportPlan.Pop p : plan.pops) {
            population(cells.get(p));
        }
        for (ExportPlan.In in : plan.inputs) {
            String where = "Input " + in.name;
            line("# Input " + Py.comment(in.name));
            if (in.poisson) {
                line(in.ident + " = sim.Population(" + in.size + ", sim.SpikeSourcePoisson(rate="
                        + Py.num(in.rate, where) + "), label=" + Py.str(in.name) + ")");
            } else {
                List<String> trains = new ArrayList<>();
                for (int i = 0; i < in.size; i++) {
                    List<String> ts = new ArrayList<>();
                    for (double t : in.trains.getOrDefault(i, List.of())) {
                        ts.add(Py.num(t, where));
                    }
                    trains.add("Sequence([" + String.join(", ", ts) + "])");
                }
                line(in.ident + " = sim.Population(" + in.size + ", sim.SpikeSourceArray(spike_times=["
                        + String.join(", ", trains) + "]), label=" + Py.str(in.name) + ")");
            }
            line(in.ident + ".record('spikes')");
            line("");
        }
        for (ExportPlan.Proj pr : plan.projections) {
            projection(pr, cells.get(pr.target));
        }
        for (ExportPlan.StateMon m : plan.stateMonitors) {
            StandardCells.Cell c = cells.get(m.target());
            List<String> vars = new ArrayList<>();
            for (int k : m.variables()) {
                vars.add(Py.str(m.target().model.variables().get(k).name()));
            }
            String sel = m.neurons().length == m.target().size ? m.target().ident
                    : m.target().ident + "[[" + String.join(", ", java.util.Arrays.stream(m.neurons())
                            .mapToObj(Integer::toString).toList()) + "]]";
            line("# State monitor " + Py.comment(m.name()) + " (" + c.kind + ")");
            line(sel + ".record([" + String.join(", ", vars) + "], sampling_interval="
                    + Py.num(m.interval(), m.name()) + ")");
        }
        line("");
        line("sim.run(args.duration)");
        line("");
        line("groups = [");
        for (ExportPlan.Pop p : plan.pops) {
            line("    (" + Py.str(p.name) + ", " + p.ident + ", False),");
        }
        for (ExportPlan.In in : plan.inputs) {
            line("    (" + Py.str(in.name) + ", " + in.ident + ", True),");
        }
        line("]");
        line("populations, inputs, spikes = [], [], {}");
        line("for name, pop, is_input in groups:");
        line("    trains = pop.get_data('spikes', gather=True).segments[0].spiketrains");
        line("    count = int(sum(len(st) for st in trains))");
        line("    rate = count/pop.size/(args.duration/1000.0) if pop.size > 0 and args.duration > 0 else 0.0");
        line("    (inputs if is_input else populations).append({'name': name, 'size': pop.size, 'spike_count': count,");
        line("                                                  'rate_hz': rate})");
        line("    spikes[name] = {'i': [k for k, st in enumerate(trains) for _ in st],");
        line("                    't_ms': [float(x) for st in trains for x in st.magnitude]}");
        line("if sim.rank() == 0:");
        line("    print(json.dumps({'engine': 'pynn.' + args.backend, 'populations': populations, 'inputs': inputs,");
        line("                      'total_spikes': sum(p['spike_count'] for p in populations),");
        line("                      'duration_ms': args.duration, 'seed': args.seed}))");
        line("    if args.spikes:");
        line("        with open(args.spikes, 'w') as f:");
        line("            json.dump(spikes, f)");
        line("sim.end()");
        return out.toString();
    }

    private double maxDelay() {
        double max = 10 * plan.dt;
        for (ExportPlan.Proj p : plan.projections) {
            max = Math.max(max, ExportPlan.highest(p.delay) + plan.dt);
        }
        return max;
    }

    private void population(StandardCells.Cell c) {
        ExportPlan.Pop p = c.pop;
        String where = "Population " + p.name;
        String type;
        List<String> params = new ArrayList<>();
        boolean izh = c.kind.equals("izhikevich");
        // the Izhikevich cell's current is in nA and enters dv/dt (mV/ms) times 1000 in PyNN's convention
        double currentScale = izh ? 1e-3 : 1;
        if (izh) {
            if (p.param("vpeak") != 30) {
                throw new ExportException("PyNN export: population " + p.name + " has vpeak " + p.param("vpeak")
                        + " mV; PyNN's Izhikevich cell resets at 30 mV (use vpeak = 30, or export to pynest).");
            }
            type = "Izhikevich";
            params.add("a=" + Py.num(p.param("a"), where));
            params.add("b=" + Py.num(p.param("b"), where));
            params.add("c=" + Py.num(p.param("c"), where));
            params.add("d=" + Py.num(p.param("d"), where));
            params.add("i_offset=" + Py.num(p.param("I") * currentScale, where));
        } else {
            type = switch (c.kind) {
                case "lif-exp" -> "IF_curr_exp";
                case "lif-cond" -> "IF_cond_exp";
                case "lif-alpha" -> "IF_curr_alpha";
                case "lif-cond-alpha" -> "IF_cond_alpha";
                default -> "IF_curr_delta";
            };
            params.add("cm=" + Py.num(p.param("tau"), where));
            params.add("tau_m=" + Py.num(p.param("tau"), where));
            params.add("v_rest=" + Py.num(p.param("EL"), where));
            params.add("v_thresh=" + Py.num(p.param("Vth"), where));
            params.add("v_reset=" + Py.num(p.param("Vreset"), where));
            params.add("tau_refrac=" + Py.num(p.param("tref"), where));
            params.add("i_offset=" + Py.num(p.param("I"), where));
            if (!c.kind.equals("lif-delta")) {
                params.add("tau_syn_E=" + Py.num(c.tauE, where));
                params.add("tau_syn_I=" + Py.num(c.tauI, where));
            }
            if (StandardCells.conductance(c.kind)) {
                params.add("e_rev_E=" + Py.num(c.erevE, where));
                params.add("e_rev_I=" + Py.num(c.erevI, where));
            }
        }
        line("# Population " + Py.comment(p.name) + ": " + p.size + " x " + Py.comment(p.model.id()) + " as " + type);
        line(p.ident + " = sim.Population(" + p.size + ", sim." + type + "(" + String.join(", ", params)
                + "), label=" + Py.str(p.name) + ")");
        List<String> init = new ArrayList<>();
        for (int k = 0; k < p.initial.length; k++) {
            Distribution d = p.initialConditions.get(k);
            init.add(p.model.variables().get(k).name() + "=" + (d == null || ExportPlan.isConstant(d)
                    ? Py.num(d == null ? p.initial[k] : ExportPlan.constant(d), where)
                    : random(d, where, Double.NEGATIVE_INFINITY)));
        }
        line(p.ident + ".initialize(" + String.join(", ", init) + ")");
        line(p.ident + ".record('spikes')");
        for (CurrentInjection ci : p.injections) {
            line("sim.DCSource(amplitude=" + Py.num(ci.getAmplitude() * currentScale, where) + ", start="
                    + Py.num(ci.getStart(), where) + (ci.getStop() > ci.getStart() ? ", stop="
                            + Py.num(ci.getStop(), where) : "") + ").inject_into(" + p.ident + ")");
        }
        line("");
    }

    private void projection(ExportPlan.Proj pr, StandardCells.Cell c) {
        String where = "Projection " + pr.name;
        boolean exc = c.excitatory.get(pr);
        double scale = c.kind.equals("izhikevich") ? 1e-3 : 1;
        String weight = ExportPlan.isConstant(pr.weight) ? Py.num(ExportPlan.constant(pr.weight) * scale, where)
                : random(scaled(pr.weight, scale), where, Double.NEGATIVE_INFINITY);
        String delay = ExportPlan.isConstant(pr.delay) ? Py.num(Math.max(plan.dt, ExportPlan.constant(pr.delay)),
                where) : random(pr.delay, where, plan.dt);
        line("# Projection " + Py.comment(pr.name) + " (" + pr.kind.getLiteral() + ")");
        String synapse = "sim.StaticSynapse(weight=" + weight + ", delay=" + delay + ")";
        if (pr.stdp != null) {
            // PyNN's pair rule: A_plus and A_minus are fractions of w_max (Delta w = A_plus w_max, or
            // A_plus (w_max - w) multiplicatively), so A+ and A- in weight units are divided by w_max
            Stdp st = pr.stdp;
            double wMax = st.getWMax();
            line("# STDP (" + st.getRule().getLiteral() + "); A_plus = A+/w_max, A_minus = A-/w_max");
            synapse = "sim.STDPMechanism(\n        timing_dependence=sim.SpikePairRule(tau_plus="
                    + Py.num(st.getTauPlus(), where) + ", tau_minus=" + Py.num(st.getTauMinus(), where) + ", A_plus="
                    + Py.num(st.getAPlus() / wMax, where) + ", A_minus=" + Py.num(st.getAMinus() / wMax, where)
                    + "),\n        weight_dependence=sim." + (st.getRule() == StdpRule.MULTIPLICATIVE ? "Multiplicative"
                            : "Additive") + "WeightDependence(w_min=0.0, w_max=" + Py.num(wMax * scale, where)
                    + "),\n        weight=" + weight + ", delay=" + delay + ")";
        }
        line(pr.ident + " = sim.Projection(" + pr.source.ident + ", " + pr.target.ident + ", " + connector(pr, where)
                + ",\n    synapse_type=" + synapse + ", receptor_type="
                + (exc ? "'excitatory'" : "'inhibitory'") + ", label=" + Py.str(pr.name) + ")");
        line("");
    }

    private static Distribution scaled(Distribution d, double s) {
        if (s == 1) {
            return d;
        }
        if (d instanceof Uniform u) {
            Uniform v = org.neuropynamics.network.model.NetworkFactory.eINSTANCE.createUniform();
            v.setLow(u.getLow() * s);
            v.setHigh(u.getHigh() * s);
            return v;
        }
        Normal n = (Normal) d;
        Normal v = org.neuropynamics.network.model.NetworkFactory.eINSTANCE.createNormal();
        v.setMean(n.getMean() * s);
        v.setStd(n.getStd() * s);
        return v;
    }

    private String connector(ExportPlan.Proj pr, String where) {
        Connectivity c = pr.connectivity;
        String self = "allow_self_connections=" + (pr.autapsesForbidden ? "False" : "True");
        if (c instanceof AllToAll) {
            return "sim.AllToAllConnector(" + self + ")";
        } else if (c instanceof OneToOne) {
            return "sim.OneToOneConnector()";
        } else if (c instanceof FixedProbability fp) {
            return "sim.FixedProbabilityConnector(" + Py.num(fp.getProbability(), where) + ", " + self + ", rng=rng)";
        } else if (c instanceof FixedInDegree fi) {
            return "sim.FixedNumberPreConnector(" + fi.getInDegree() + ", " + self + ", rng=rng)";
        } else if (c instanceof FixedTotalNumber ft) {
            return "sim.FixedTotalNumberConnector(" + ft.getNumber() + ", " + self + ", rng=rng)";
        }
        List<String> pairs = new ArrayList<>();
        for (Pair p : ((ExplicitPairs) c).getPairs()) {
            pairs.add("(" + p.getSource() + ", " + p.getTarget() + ")");
        }
        return "sim.FromListConnector([" + String.join(", ", pairs) + "])";
    }

    /** A RandomDistribution; values below {@code floor} are clipped to it (delays below one step). */
    private static String random(Distribution d, String where, double floor) {
        if (d instanceof Uniform u) {
            return "RandomDistribution('uniform', low=" + Py.num(Math.max(floor, u.getLow()), where) + ", high="
                    + Py.num(Math.max(floor, u.getHigh()), where) + ", rng=rng)";
        }
        Normal n = (Normal) d;
        if (floor > Double.NEGATIVE_INFINITY) {
            return "RandomDistribution('normal_clipped_to_boundary', mu=" + Py.num(n.getMean(), where) + ", sigma="
                    + Py.num(n.getStd(), where) + ", low=" + Py.num(floor, where) + ", high=1e9, rng=rng)";
        }
        return "RandomDistribution('normal', mu=" + Py.num(n.getMean(), where) + ", sigma="
                + Py.num(n.getStd(), where) + ", rng=rng)";
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
