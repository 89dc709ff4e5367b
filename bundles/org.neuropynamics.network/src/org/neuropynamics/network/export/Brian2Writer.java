package org.neuropynamics.network.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.equations.EquationSystem;
import org.neuropynamics.core.equations.Symbol;
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
 * A Brian2 (2.5) script for a network: one {@code NeuronGroup} per population with equations printed from the
 * model's expression tree, {@code PoissonGroup} and {@code SpikeGeneratorGroup} inputs, one {@code Synapses}
 * per projection with its connectivity rule, monitors, and a JSON summary in the shape of
 * {@code neuropynamics network --json}. Variables and parameters are plain numbers in the workbench's units
 * (mV, ms, ...); derivatives are divided by {@code ms}, so time, delays and rates carry Brian2 units.
 */
final class Brian2Writer {

    private final ExportPlan plan;
    private final StringBuilder out = new StringBuilder();

    Brian2Writer(ExportPlan plan) {
        this.plan = plan;
    }

    String write(String sourceName) {
        line("#!/usr/bin/env python3");
        line("# " + Py.comment(plan.network.getName()) + ": Brian2 script exported by Neuropynamics Workbench");
        line("# from " + Py.comment(sourceName) + ". Runs with Brian2 2.5 (Debian: python3-brian).");
        line("#");
        line("# State variables and parameters are plain numbers in the workbench's units (mV, ms, nA, ...): every");
        line("# derivative is divided by ms, so Brian2's clock, delays and rates carry the units.");
        line("# Usage: python3 SCRIPT [--duration MS] [--seed S] [--target numpy|cython] [--standalone DIR");
        line("#        [--threads N]] [--spikes FILE.json]");
        line("import argparse");
        line("import json");
        line("");
        line("import numpy as np");
        line("from brian2 import (Hz, Network, NeuronGroup, PoissonGroup, PopulationRateMonitor, SpikeGeneratorGroup,");
        line("                    SpikeMonitor, StateMonitor, Synapses, defaultclock, ms, prefs, seed, set_device)");
        line("");
        line("parser = argparse.ArgumentParser(description=" + Py.str("Runs " + plan.network.getName()) + ")");
        line("parser.add_argument('--duration', type=float, default=" + Py.num(plan.duration, "duration")
                + ", help='ms')");
        line("parser.add_argument('--seed', type=int, default=" + plan.seed + ")");
        line("parser.add_argument('--target', default='numpy', help='code generation target (numpy, cython)')");
        line("parser.add_argument('--standalone', metavar='DIR', help='C++ standalone build into DIR')");
        line("parser.add_argument('--threads', type=int, default=1, help='OpenMP threads (with --standalone)')");
        line("parser.add_argument('--spikes', metavar='FILE', help='write every spike time (ms) as JSON')");
        line("args = parser.parse_args()");
        line("if args.standalone:");
        line("    set_device('cpp_standalone', directory=args.standalone)");
        line("    prefs.devices.cpp_standalone.openmp_threads = args.threads");
        line("else:");
        line("    prefs.codegen.target = args.target");
        line("seed(args.seed)");
        line("rng = np.random.default_rng(args.seed)  # connectivity rules Brian2 has no syntax for");
        line("defaultclock.dt = " + Py.num(plan.dt, "dt") + "*ms");
        line("net = Network()");
        line("plastic = []  # (name, Synapses) of the projections with STDP");
        line("");
        line("");
        line("def fixed_in_degree(n_pre, n_post, k, autapses):");
        line("    i = np.empty(n_post*k, dtype=np.int64)");
        line("    for j in range(n_post):");
        line("        pool = np.arange(n_pre) if autapses else np.delete(np.arange(n_pre), j)");
        line("        i[j*k:(j + 1)*k] = rng.choice(pool, k, replace=False)");
        line("    return i, np.repeat(np.arange(n_post), k)");
        line("");
        line("");
        line("def fixed_total_number(n_pre, n_post, n, autapses):");
        line("    i = rng.integers(0, n_pre, n)");
        line("    j = rng.integers(0, n_post, n)");
        line("    bad = np.zeros(n, dtype=bool) if autapses else i == j");
        line("    while bad.any():");
        line("        i[bad] = rng.integers(0, n_pre, bad.sum())");
        line("        j[bad] = rng.integers(0, n_post, bad.sum())");
        line("        bad = i == j");
        line("    return i, j");
        line("");
        line("");
        Map<ExportPlan.Pop, Names> names = new java.util.HashMap<>();
        for (ExportPlan.Pop p : plan.pops) {
            names.put(p, population(p));
        }
        for (ExportPlan.In in : plan.inputs) {
            input(in);
        }
        for (ExportPlan.Proj p : plan.projections) {
            projection(p, names.get(p.target));
        }
        monitors(names);
        return out.toString();
    }

    /** Identifiers of one population's symbols. */
    private static final class Names {
        final List<String> states = new ArrayList<>();
        final List<String> fixed = new ArrayList<>();
        final Map<String, String> params = new java.util.HashMap<>();
        final List<String> channels = new ArrayList<>();
        /** Per channel the feed u of an alpha channel (what its projections add to), or null. */
        final List<String> feeds = new ArrayList<>();
        String injection;
    }

    private Names population(ExportPlan.Pop p) {
        EquationSystem sys = p.eq.system();
        String where = "Population " + p.name + " (model " + p.model.id() + ")";
        Names n = new Names();
        Set<String> used = new HashSet<>();
        for (String s : sys.stateNames()) {
            n.states.add(Py.ident(s, used, "x"));
        }
        for (String s : sys.fixedNames()) {
            n.fixed.add(Py.ident(s, used, "f"));
        }
        for (var par : p.model.parameters()) {
            n.params.put(par.name(), Py.ident(par.name(), used, "p"));
        }
        for (int c = 0; c < p.channels.size(); c++) {
            n.channels.add(Py.ident("syn" + c, used, "syn"));
            n.feeds.add(p.channels.get(c).alpha() ? Py.ident("syn" + c + "_u", used, "syn") : null);
        }
        if (!p.injections.isEmpty()) {
            n.injection = Py.ident("injected", used, "inj");
        }
        String current = p.currentIndex < 0 ? null : p.model.parameters().get(p.currentIndex).name();
        StringBuilder input = new StringBuilder();
        if (current != null) {
            input.append("(").append(n.params.get(current));
            for (int c = 0; c < p.channels.size(); c++) {
                ExportPlan.Channel ch = p.channels.get(c);
                input.append(" + ").append(ch.conductance() ? n.channels.get(c) + "*(" + Py.num(ch.reversal(), where)
                        + " - " + n.states.get(0) + ")" : n.channels.get(c));
            }
            if (n.injection != null) {
                input.append(" + ").append(n.injection);
            }
            input.append(")");
        }
        Brian2Expressions printer = new Brian2Expressions(s -> switch (s.kind()) {
            case TIME -> "(t/ms)";
            case STATE -> n.states.get(s.index());
            case FIXED -> n.fixed.get(s.index());
            case PARAMETER -> s.name().equals(current) ? input.toString() : param(n, s, where);
            case FIXED_DERIVATIVE -> throw new ExportException(where + ": derivative symbols cannot be exported.");
        }, where);
        boolean refractory = p.eq.refractoryParameter() != null && p.param(p.eq.refractoryParameter()) > 0;
        line("# Population " + Py.comment(p.name) + ": " + p.size + " neurons of model " + Py.comment(p.model.id())
                + " (" + Py.comment(p.model.name()) + ")");
        line(p.ident + "_equations = '''");
        for (int k = 0; k < sys.dimension(); k++) {
            line("d" + n.states.get(k) + "/dt = " + printer.print(sys.rightHandSides().get(k)) + "/ms : 1"
                    + (refractory && p.eq.isClamped(k) ? " (unless refractory)" : ""));
        }
        for (int k = 0; k < sys.fixedNames().size(); k++) {
            line(n.fixed.get(k) + " = " + printer.print(sys.fixed().get(k)) + " : 1");
        }
        for (int c = 0; c < p.channels.size(); c++) {
            String tau = Py.num(p.channels.get(c).tau(), where);
            if (n.feeds.get(c) != null) {
                // alpha kernel (issue 15): g = w (t/tau) e^(1 - t/tau) after a spike adding w to the feed
                line("d" + n.channels.get(c) + "/dt = (exp(1)*" + n.feeds.get(c) + " - " + n.channels.get(c) + ")/("
                        + tau + "*ms) : 1");
                line("d" + n.feeds.get(c) + "/dt = -" + n.feeds.get(c) + "/(" + tau + "*ms) : 1");
            } else {
                line("d" + n.channels.get(c) + "/dt = -" + n.channels.get(c) + "/(" + tau + "*ms) : 1");
            }
        }
        if (n.injection != null) {
            line(n.injection + " : 1");
        }
        line("'''");
        String threshold;
        String reset = null;
        String refractoryArg = null;
        EquationSystem.Event ev = sys.event();
        if (ev != null) {
            threshold = printer.print(ev.condition()) + (ev.direction() > 0 ? " >= 0" : " <= 0");
            List<String> resets = new ArrayList<>();
            for (EquationSystem.Reset r : ev.resets()) {
                resets.add(n.states.get(r.stateIndex()) + " = " + printer.print(r.value()));
            }
            reset = String.join("\n", resets);
            if (refractory) {
                refractoryArg = Py.num(p.param(p.eq.refractoryParameter()), where) + "*ms";
            }
        } else {
            // no reset: a spike at each upward crossing of the detection threshold by the first variable
            threshold = n.states.get(0) + " >= " + Py.num(p.model.spikeDetectionThreshold(), where);
            refractoryArg = Py.str(threshold);
        }
        StringBuilder ns = new StringBuilder("{");
        for (var par : p.model.parameters()) {
            if (ns.length() > 1) {
                ns.append(", ");
            }
            ns.append(Py.str(n.params.get(par.name()))).append(": ").append(Py.num(p.param(par.name()), where));
        }
        ns.append("}");
        StringBuilder call = new StringBuilder(p.ident + " = NeuronGroup(" + p.size + ", " + p.ident
                + "_equations, threshold=" + Py.str(threshold));
        if (reset != null) {
            call.append(", reset=").append(Py.str(reset));
        }
        if (refractoryArg != null) {
            call.append(", refractory=").append(refractoryArg);
        }
        call.append(", method=").append(Py.str(method(p))).append(",\n        namespace=").append(ns)
                .append(", name=").append(Py.str(p.ident)).append(")");
        line(call.toString());
        for (int k = 0; k < sys.dimension(); k++) {
            line(p.ident + "." + n.states.get(k) + " = " + Py.num(p.initial[k], where));
        }
        for (var e : p.initialConditions.entrySet()) {
            line(p.ident + "." + n.states.get(e.getKey()) + " = " + draw(e.getValue(), where));
        }
        if (n.injection != null) {
            List<String> terms = new ArrayList<>();
            for (CurrentInjection ci : p.injections) {
                long from = Math.round(ci.getStart() / plan.dt);
                String term = Py.num(ci.getAmplitude(), where) + "*int(timestep(t, dt) >= " + from + ")";
                if (ci.getStop() > ci.getStart()) {
                    term += "*int(timestep(t, dt) < " + Math.round(ci.getStop() / plan.dt) + ")";
                }
                terms.add(term);
            }
            line(p.ident + ".run_regularly(" + Py.str(n.injection + " = " + String.join(" + ", terms))
                    + ", when='start')  # current injections");
        }
        line("net.add(" + p.ident + ")");
        line("");
        return n;
    }

    private static String param(Names n, Symbol s, String where) {
        String id = n.params.get(s.name());
        if (id == null) {
            throw new ExportException(where + ": the equations use '" + s.name() + "', which the model does not"
                    + " declare as a parameter.");
        }
        return id;
    }

    /** Brian2's integration method for the built-in simulator's run method on this population. */
    private String method(ExportPlan.Pop p) {
        if (plan.method.equals("euler")) {
            return "euler";
        }
        if (plan.method.equals("exact") && p.model.id().equals("lif")) {
            // LIF with exponential currents is linear: Brian2's exact solution is the simulator's update;
            // conductances are held over the step, as in exponential Euler
            return p.channels.stream().anyMatch(ExportPlan.Channel::conductance) ? "exponential_euler" : "exact";
        }
        return "rk4";
    }

    private void input(ExportPlan.In in) {
        String where = "Input " + in.name;
        if (in.poisson) {
            line("# Input " + Py.comment(in.name) + ": " + in.size + " Poisson sources at "
                    + Py.num(in.rate, where) + " Hz");
            line(in.ident + " = PoissonGroup(" + in.size + ", rates=" + Py.num(in.rate, where) + "*Hz, name="
                    + Py.str(in.ident) + ")");
        } else {
            List<String> idx = new ArrayList<>();
            List<String> times = new ArrayList<>();
            for (var e : in.trains.entrySet()) {
                for (double t : e.getValue()) {
                    idx.add(Integer.toString(e.getKey()));
                    times.add(Py.num(t, where));
                }
            }
            line("# Input " + Py.comment(in.name) + ": spike generator with " + in.size + " neurons");
            line(in.ident + " = SpikeGeneratorGroup(" + in.size + ", np.array([" + String.join(", ", idx)
                    + "], dtype=np.int64), np.array([" + String.join(", ", times) + "])*ms, name="
                    + Py.str(in.ident) + ")");
        }
        line("net.add(" + in.ident + ")");
        line("");
    }

    private void projection(ExportPlan.Proj p, Names target) {
        String where = "Projection " + p.name;
        String dest = p.channel < 0 ? target.states.get(p.variable)
                : target.feeds.get(p.channel) != null ? target.feeds.get(p.channel) : target.channels.get(p.channel);
        boolean constantWeight = ExportPlan.isConstant(p.weight);
        line("# Projection " + Py.comment(p.name) + ": " + Py.comment(p.source.name) + " -> "
                + Py.comment(p.target.name) + ", " + p.kind.getLiteral()
                + (p.channel >= 0 ? " (tau " + Py.num(p.target.channels.get(p.channel).tau(), where) + " ms)" : ""));
        if (p.stdp != null) {
            // a plastic synapse keeps its own weight, so the weight is a synaptic variable
            constantWeight = false;
        }
        String onPre = dest + "_post += " + (constantWeight ? weight(ExportPlan.constant(p.weight), where) : "w");
        StringBuilder call = new StringBuilder(p.ident + " = Synapses(" + p.source.ident + ", " + p.target.ident);
        if (p.stdp != null) {
            Stdp st = p.stdp;
            String wMax = Py.num(st.getWMax(), where);
            boolean mult = st.getRule() == StdpRule.MULTIPLICATIVE;
            line("# STDP (" + st.getRule().getLiteral() + "): traces apre, apost as in Brian2's STDP example");
            call.append(", model='''w : 1\n"
                    + "dapre/dt = -apre/(" + Py.num(st.getTauPlus(), where) + "*ms) : 1 (event-driven)\n"
                    + "dapost/dt = -apost/(" + Py.num(st.getTauMinus(), where) + "*ms) : 1 (event-driven)'''");
            call.append(",\n        on_pre='''" + onPre + "\napre += " + Py.num(st.getAPlus(), where)
                    + "\nw = clip(w + apost" + (mult ? "*w/" + wMax : "") + ", 0, " + wMax + ")'''");
            call.append(",\n        on_post='''apost -= " + Py.num(st.getAMinus(), where)
                    + "\nw = clip(w + apre" + (mult ? "*(1 - w/" + wMax + ")" : "") + ", 0, " + wMax + ")'''");
        } else {
            if (!constantWeight) {
                call.append(", model='w : 1'");
            }
            call.append(", on_pre=").append(Py.str(onPre));
        }
        if (ExportPlan.isConstant(p.delay)) {
            call.append(", delay=").append(Py.num(ExportPlan.constant(p.delay), where)).append("*ms");
        }
        call.append(", name=").append(Py.str(p.ident)).append(")");
        line(call.toString());
        connect(p, where);
        if (p.stdp != null) {
            String wMax = Py.num(p.stdp.getWMax(), where);
            line(p.ident + ".w = " + (ExportPlan.isConstant(p.weight) ? Py.num(ExportPlan.constant(p.weight), where)
                    : Py.str("clip(" + unquoted(p.weight, where) + ", 0, " + wMax + ")")));
            line("plastic.append((" + Py.str(p.name) + ", " + p.ident + "))");
        } else if (!constantWeight) {
            line(p.ident + ".w = " + draw(p.weight, where));
        }
        if (!ExportPlan.isConstant(p.delay)) {
            // the simulator clips negative delays drawn from a normal distribution to 0
            line(p.ident + ".delay = " + Py.str("clip(" + unquoted(p.delay, where) + ", 0, inf)*ms"));
        }
        line("net.add(" + p.ident + ")");
        line("");
    }

    private static String weight(double w, String where) {
        return w < 0 ? "(" + Py.num(w, where) + ")" : Py.num(w, where);
    }

    private void connect(ExportPlan.Proj p, String where) {
        Connectivity c = p.connectivity;
        String self = p.autapsesForbidden ? "condition='i != j', " : "";
        String autapses = p.autapsesForbidden ? "False" : "True";
        if (c instanceof AllToAll) {
            line(p.ident + ".connect(" + (p.autapsesForbidden ? "condition='i != j'" : "") + ")");
        } else if (c instanceof OneToOne) {
            line(p.ident + ".connect(j='i')");
        } else if (c instanceof FixedProbability fp) {
            line(p.ident + ".connect(" + self + "p=" + Py.num(fp.getProbability(), where) + ")");
        } else if (c instanceof FixedInDegree fi) {
            line("pre, post = fixed_in_degree(" + p.source.size + ", " + p.target.size + ", " + fi.getInDegree()
                    + ", " + autapses + ")");
            line(p.ident + ".connect(i=pre, j=post)");
        } else if (c instanceof FixedTotalNumber ft) {
            line("pre, post = fixed_total_number(" + p.source.size + ", " + p.target.size + ", " + ft.getNumber()
                    + ", " + autapses + ")");
            line(p.ident + ".connect(i=pre, j=post)");
        } else if (c instanceof ExplicitPairs ep) {
            List<String> pre = new ArrayList<>();
            List<String> post = new ArrayList<>();
            for (Pair pair : ep.getPairs()) {
                pre.add(Integer.toString(pair.getSource()));
                post.add(Integer.toString(pair.getTarget()));
            }
            line(p.ident + ".connect(i=np.array([" + String.join(", ", pre) + "], dtype=np.int64), j=np.array(["
                    + String.join(", ", post) + "], dtype=np.int64))");
        }
    }

    /** A Brian2 assignment value drawing from the distribution per element (string expressions use rand). */
    private static String draw(Distribution d, String where) {
        if (ExportPlan.isConstant(d)) {
            return Py.num(ExportPlan.constant(d), where);
        }
        return Py.str(unquoted(d, where));
    }

    private static String unquoted(Distribution d, String where) {
        if (d instanceof Uniform u) {
            return Py.num(u.getLow(), where) + " + " + Py.num(u.getHigh() - u.getLow(), where) + "*rand()";
        }
        Normal n = (Normal) d;
        return Py.num(n.getMean(), where) + " + " + Py.num(n.getStd(), where) + "*randn()";
    }

    private void monitors(Map<ExportPlan.Pop, Names> names) {
        line("# Every group's spikes are recorded (as the workbench does)");
        line("spike_monitors = []");
        List<ExportPlan.Group> all = new ArrayList<>(plan.pops);
        all.addAll(plan.inputs);
        for (ExportPlan.Group g : all) {
            line("spike_monitors.append((" + Py.str(g.name) + ", " + g.size + ", " + (g instanceof ExportPlan.In
                    ? "True" : "False") + ", SpikeMonitor(" + g.ident + ")))");
        }
        line("net.add([m for _, _, _, m in spike_monitors])");
        line("state_monitors = []");
        for (ExportPlan.StateMon m : plan.stateMonitors) {
            Names n = names.get(m.target());
            List<String> vars = new ArrayList<>();
            for (int k : m.variables()) {
                vars.add(Py.str(n.states.get(k)));
            }
            String record = m.neurons().length == m.target().size ? "True"
                    : "[" + String.join(", ", java.util.Arrays.stream(m.neurons()).mapToObj(Integer::toString)
                            .toList()) + "]";
            line("state_monitors.append((" + Py.str(m.name()) + ", StateMonitor(" + m.target().ident + ", ["
                    + String.join(", ", vars) + "], record=" + record + ", dt=" + Py.num(m.interval(), m.name())
                    + "*ms)))");
        }
        line("net.add([m for _, m in state_monitors])");
        line("rate_monitors = []");
        for (ExportPlan.RateMon m : plan.rateMonitors) {
            line("rate_monitors.append((" + Py.str(m.name()) + ", PopulationRateMonitor(" + m.target().ident
                    + ")))");
        }
        line("net.add([m for _, m in rate_monitors])");
        line("");
        line("net.run(args.duration*ms)");
        line("");
        line("populations, inputs, spikes = [], [], {}");
        line("for name, size, is_input, m in spike_monitors:");
        line("    count = int(m.num_spikes)");
        line("    rate = count/size/(args.duration/1000.0) if size > 0 and args.duration > 0 else 0.0");
        line("    (inputs if is_input else populations).append({'name': name, 'size': size, 'spike_count': count,");
        line("                                                  'rate_hz': rate})");
        line("    spikes[name] = {'i': [int(x) for x in m.i[:]], 't_ms': [float(x) for x in m.t[:]/ms]}");
        line("summary = {'engine': 'brian2', 'populations': populations, 'inputs': inputs,");
        line("           'total_spikes': sum(p['spike_count'] for p in populations), 'duration_ms': args.duration,");
        line("           'seed': args.seed,");
        line("           'weights': [{'name': name, 'i': [int(x) for x in s.i[:]], 'j': [int(x) for x in s.j[:]],");
        line("                        'w': [float(x) for x in s.w[:]]} for name, s in plastic]}");
        line("print(json.dumps(summary))");
        line("if args.spikes:");
        line("    with open(args.spikes, 'w') as f:");
        line("        json.dump(spikes, f)");
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
