package org.neuropynamics.network.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neuropynamics.network.model.AllToAll;
import org.neuropynamics.network.model.Connectivity;
import org.neuropynamics.network.model.CurrentInjection;
import org.neuropynamics.network.model.Distribution;
import org.neuropynamics.network.model.ExplicitPairs;
import org.neuropynamics.network.model.FixedInDegree;
import org.neuropynamics.network.model.FixedProbability;
import org.neuropynamics.network.model.FixedTotalNumber;
import org.neuropynamics.network.model.Normal;
import org.neuropynamics.network.model.OneToOne;
import org.neuropynamics.network.model.Pair;
import org.neuropynamics.network.model.Stdp;
import org.neuropynamics.network.model.StdpRule;
import org.neuropynamics.network.model.Uniform;

/**
 * A PyNEST (NEST 3) script: built-in neuron models ({@link StandardCells}: iaf_psc_delta, iaf_psc_exp,
 * iaf_cond_exp, izhikevich), poisson_generator through parrot neurons (one independent train per input neuron,
 * shared by its targets as in the workbench), spike_generator, connection rules, recorders, the JSON summary.
 * Threads and virtual processes ({@code local_num_threads}, {@code total_num_virtual_procs}) and
 * {@code rng_seed} come from the command line.
 */
final class PyNestWriter {

    private final ExportPlan plan;
    private final StringBuilder out = new StringBuilder();

    PyNestWriter(ExportPlan plan) {
        this.plan = plan;
    }

    String write(String sourceName) {
        Map<ExportPlan.Pop, StandardCells.Cell> cells = StandardCells.map(plan, "NEST");
        line("#!/usr/bin/env python3");
        line("# " + Py.comment(plan.network.getName()) + ": PyNEST script exported by Neuropynamics Workbench");
        line("# from " + Py.comment(sourceName) + ". Needs NEST 3; under MPI: mpirun -n 4 python3 SCRIPT");
        line("# Units: NEST's (mV, ms, pA, pF, nS). The workbench's LIF (tau dv/dt = EL - v + I, I in mV) is");
        line("# iaf_psc_* with C_m = tau (pF), so currents and current weights keep their numbers in pA.");
        line("# Delays shorter than one time step (NEST's minimum) are one time step.");
        line("import argparse");
        line("import json");
        line("");
        line("import nest");
        line("import numpy as np");
        line("");
        line("parser = argparse.ArgumentParser(description=" + Py.str("Runs " + plan.network.getName()) + ")");
        line("parser.add_argument('--duration', type=float, default=" + Py.num(plan.duration, "duration") + ")");
        line("parser.add_argument('--seed', type=int, default=" + plan.seed + ")");
        line("parser.add_argument('--threads', type=int, default=1, help='local_num_threads')");
        line("parser.add_argument('--vps', type=int, default=0, help='total_num_virtual_procs (0: threads x ranks)')");
        line("parser.add_argument('--spikes', metavar='FILE', help='write every spike time (ms) as JSON')");
        line("args = parser.parse_args()");
        line("dt = " + Py.num(plan.dt, "dt"));
        line("nest.ResetKernel()");
        line("kernel = {'resolution': dt, 'rng_seed': args.seed, 'print_time': False}");
        line("if args.vps > 0:");
        line("    kernel['total_num_virtual_procs'] = args.vps");
        line("else:");
        line("    kernel['local_num_threads'] = args.threads");
        line("nest.SetKernelStatus(kernel)");
        line("");
        for (ExportPlan.Pop p : plan.pops) {
            population(cells.get(p));
        }
        for (ExportPlan.In in : plan.inputs) {
            String where = "Input " + in.name;
            line("# Input " + Py.comment(in.name));
            if (in.poisson) {
                line(in.ident + "_generators = nest.Create('poisson_generator', " + in.size + ", params={'rate': "
                        + Py.num(in.rate, where) + "})");
                line(in.ident + " = nest.Create('parrot_neuron', " + in.size + ")");
                line("nest.Connect(" + in.ident + "_generators, " + in.ident
                        + ", 'one_to_one', syn_spec={'delay': dt})");
            } else {
                line(in.ident + " = nest.Create('spike_generator', " + in.size + ")");
                for (var e : in.trains.entrySet()) {
                    List<String> ts = new ArrayList<>();
                    for (double t : e.getValue()) {
                        ts.add(Py.num(Math.max(plan.dt, t), where));
                    }
                    line(in.ident + "[" + e.getKey() + "].spike_times = [" + String.join(", ", ts) + "]");
                }
            }
            line("");
        }
        for (ExportPlan.Proj pr : plan.projections) {
            projection(pr, cells.get(pr.target));
        }
        line("recorders = []");
        for (ExportPlan.Pop p : plan.pops) {
            recorder(p.name, p.ident, p.size, false);
        }
        for (ExportPlan.In in : plan.inputs) {
            if (in.poisson) {
                recorder(in.name, in.ident, in.size, true);
            }
        }
        for (ExportPlan.StateMon m : plan.stateMonitors) {
            List<String> vars = new ArrayList<>();
            for (int k : m.variables()) {
                vars.add(Py.str(k == 0 ? "V_m" : "U_m"));
            }
            String sel = m.neurons().length == m.target().size ? m.target().ident
                    : m.target().ident + "[[" + String.join(", ", java.util.Arrays.stream(m.neurons())
                            .mapToObj(Integer::toString).toList()) + "]]";
            line("# State monitor " + Py.comment(m.name()));
            line("nest.Connect(nest.Create('multimeter', params={'record_from': [" + String.join(", ", vars)
                    + "], 'interval': " + Py.num(Math.max(plan.dt, m.interval()), m.name()) + "}), " + sel + ")");
        }
        line("");
        line("nest.Simulate(args.duration)");
        line("");
        line("populations, inputs, spikes = [], [], {}");
        line("for name, size, is_input, nodes, recorder in recorders:");
        line("    events = recorder.get('events')");
        line("    count = int(recorder.get('n_events'))");
        line("    rate = count/size/(args.duration/1000.0) if size > 0 and args.duration > 0 else 0.0");
        line("    (inputs if is_input else populations).append({'name': name, 'size': size, 'spike_count': count,");
        line("                                                  'rate_hz': rate})");
        line("    first = nodes.tolist()[0] if size > 0 else 0");
        line("    spikes[name] = {'i': [int(s) - first for s in events['senders']],");
        line("                    't_ms': [float(t) for t in events['times']]}");
        line("print(json.dumps({'engine': 'nest', 'populations': populations, 'inputs': inputs,");
        line("                  'total_spikes': sum(p['spike_count'] for p in populations),");
        line("                  'duration_ms': args.duration, 'seed': args.seed}))");
        line("if args.spikes:");
        line("    with open(args.spikes, 'w') as f:");
        line("        json.dump(spikes, f)");
        return out.toString();
    }

    private void recorder(String name, String ident, int size, boolean input) {
        line("recorders.append((" + Py.str(name) + ", " + size + ", " + (input ? "True" : "False") + ", " + ident
                + ", nest.Create('spike_recorder')))");
        line("nest.Connect(" + ident + ", recorders[-1][4])");
    }

    private void population(StandardCells.Cell c) {
        ExportPlan.Pop p = c.pop;
        String where = "Population " + p.name;
        String model;
        List<String> params = new ArrayList<>();
        List<String> vars = new ArrayList<>();
        if (c.kind.equals("izhikevich")) {
            model = "izhikevich";
            params.add("'a': " + Py.num(p.param("a"), where));
            params.add("'b': " + Py.num(p.param("b"), where));
            params.add("'c': " + Py.num(p.param("c"), where));
            params.add("'d': " + Py.num(p.param("d"), where));
            params.add("'I_e': " + Py.num(p.param("I"), where));
            params.add("'V_th': " + Py.num(p.param("vpeak"), where));
            vars.add("V_m");
            vars.add("U_m");
        } else {
            model = switch (c.kind) {
                case "lif-exp" -> "iaf_psc_exp";
                case "lif-cond" -> "iaf_cond_exp";
                case "lif-alpha" -> "iaf_psc_alpha";
                case "lif-cond-alpha" -> "iaf_cond_alpha";
                default -> "iaf_psc_delta";
            };
            params.add("'C_m': " + Py.num(p.param("tau"), where));
            if (StandardCells.conductance(c.kind)) {
                params.add("'g_L': 1.0");
            } else {
                params.add("'tau_m': " + Py.num(p.param("tau"), where));
            }
            params.add("'E_L': " + Py.num(p.param("EL"), where));
            params.add("'V_th': " + Py.num(p.param("Vth"), where));
            params.add("'V_reset': " + Py.num(p.param("Vreset"), where));
            params.add("'t_ref': " + Py.num(p.param("tref"), where));
            params.add("'I_e': " + Py.num(p.param("I"), where));
            if (!c.kind.equals("lif-delta")) {
                params.add("'tau_syn_ex': " + Py.num(c.tauE, where));
                params.add("'tau_syn_in': " + Py.num(c.tauI, where));
            }
            if (StandardCells.conductance(c.kind)) {
                params.add("'E_ex': " + Py.num(c.erevE, where));
                params.add("'E_in': " + Py.num(c.erevI, where));
            }
            vars.add("V_m");
        }
        line("# Population " + Py.comment(p.name) + ": " + p.size + " x " + Py.comment(p.model.id()) + " as " + model);
        line(p.ident + " = nest.Create(" + Py.str(model) + ", " + p.size + ", params={" + String.join(", ", params)
                + "})");
        for (int k = 0; k < p.initial.length; k++) {
            Distribution d = p.initialConditions.get(k);
            line(p.ident + "." + vars.get(k) + " = " + (d == null || ExportPlan.isConstant(d)
                    ? Py.num(d == null ? p.initial[k] : ExportPlan.constant(d), where) : random(d, where, null)));
        }
        for (CurrentInjection ci : p.injections) {
            line("nest.Connect(nest.Create('dc_generator', params={'amplitude': " + Py.num(ci.getAmplitude(), where)
                    + ", 'start': " + Py.num(ci.getStart(), where) + (ci.getStop() > ci.getStart() ? ", 'stop': "
                            + Py.num(ci.getStop(), where) : "") + "}), " + p.ident + ")");
        }
        line("");
    }

    private void projection(ExportPlan.Proj pr, StandardCells.Cell c) {
        String where = "Projection " + pr.name;
        boolean exc = c.excitatory.get(pr);
        // conductance-based cells: the sign of the weight selects the receptor, the conductance is its size
        double sign = StandardCells.conductance(c.kind) && !exc ? -1 : 1;
        String weight = ExportPlan.isConstant(pr.weight) ? Py.num(sign * ExportPlan.constant(pr.weight), where)
                : (sign < 0 ? "-" : "") + random(pr.weight, where, null);
        String delay = ExportPlan.isConstant(pr.delay) ? Py.num(Math.max(plan.dt, ExportPlan.constant(pr.delay)),
                where) : random(pr.delay, where, plan.dt);
        String syn = "{'synapse_model': 'static_synapse', 'weight': " + weight + ", 'delay': " + delay + "}";
        line("# Projection " + Py.comment(pr.name) + " (" + pr.kind.getLiteral() + ", "
                + (exc ? "excitatory" : "inhibitory") + ")");
        if (pr.stdp != null) {
            // NEST's stdp_synapse: Delta w = lambda Wmax (1 - w/Wmax)^mu_plus K+ and
            // -alpha lambda Wmax (w/Wmax)^mu_minus K-; mu = 0 additive, 1 multiplicative; tau_minus is the
            // postsynaptic neuron's
            Stdp st = pr.stdp;
            if (!(st.getAPlus() > 0)) {
                throw new ExportException(where + ": NEST's stdp_synapse needs A+ > 0 (alpha = A-/A+); got A+ = "
                        + st.getAPlus() + ".");
            }
            String mu = st.getRule() == StdpRule.MULTIPLICATIVE ? "1.0" : "0.0";
            line("nest.SetStatus(" + pr.target.ident + ", {'tau_minus': " + Py.num(st.getTauMinus(), where)
                    + "})  # STDP (" + st.getRule().getLiteral() + "): the postsynaptic trace");
            syn = "{'synapse_model': 'stdp_synapse', 'weight': " + weight + ", 'delay': " + delay + ", 'tau_plus': "
                    + Py.num(st.getTauPlus(), where) + ", 'lambda': " + Py.num(st.getAPlus() / st.getWMax(), where)
                    + ", 'alpha': " + Py.num(st.getAMinus() / st.getAPlus(), where) + ", 'mu_plus': " + mu
                    + ", 'mu_minus': " + mu + ", 'Wmax': " + Py.num(st.getWMax(), where) + "}";
        }
        Connectivity conn = pr.connectivity;
        String autapses = "'allow_autapses': " + (pr.autapsesForbidden ? "False" : "True");
        if (conn instanceof ExplicitPairs ep) {
            List<String> pre = new ArrayList<>();
            List<String> post = new ArrayList<>();
            for (Pair p : ep.getPairs()) {
                pre.add(Integer.toString(p.getSource()));
                post.add(Integer.toString(p.getTarget()));
            }
            if (!pre.isEmpty()) {
                line("nest.Connect(np.array(" + pr.source.ident + ".tolist())[[" + String.join(", ", pre)
                        + "]], np.array(" + pr.target.ident + ".tolist())[[" + String.join(", ", post)
                        + "]], 'one_to_one', " + syn + ")");
            }
            line("");
            return;
        }
        String rule;
        if (conn instanceof AllToAll) {
            rule = "{'rule': 'all_to_all', " + autapses + "}";
        } else if (conn instanceof OneToOne) {
            rule = "{'rule': 'one_to_one'}";
        } else if (conn instanceof FixedProbability fp) {
            rule = "{'rule': 'pairwise_bernoulli', 'p': " + Py.num(fp.getProbability(), where) + ", " + autapses + "}";
        } else if (conn instanceof FixedInDegree fi) {
            rule = "{'rule': 'fixed_indegree', 'indegree': " + fi.getInDegree() + ", " + autapses
                    + ", 'allow_multapses': False}";
        } else {
            rule = "{'rule': 'fixed_total_number', 'N': " + ((FixedTotalNumber) conn).getNumber() + ", " + autapses
                    + "}";
        }
        line("nest.Connect(" + pr.source.ident + ", " + pr.target.ident + ", " + rule + ", " + syn + ")");
        line("");
    }

    /** A nest.random parameter; delays below {@code floor} are raised to it. */
    private static String random(Distribution d, String where, Double floor) {
        String r;
        if (d instanceof Uniform u) {
            double lo = floor == null ? u.getLow() : Math.max(floor, u.getLow());
            double hi = floor == null ? u.getHigh() : Math.max(floor, u.getHigh());
            r = "nest.random.uniform(min=" + Py.num(lo, where) + ", max=" + Py.num(hi, where) + ")";
        } else {
            Normal n = (Normal) d;
            r = "nest.random.normal(mean=" + Py.num(n.getMean(), where) + ", std=" + Py.num(n.getStd(), where) + ")";
            if (floor != null) {
                r = "nest.math.max(" + r + ", " + Py.num(floor, where) + ")";
            }
        }
        return r;
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
