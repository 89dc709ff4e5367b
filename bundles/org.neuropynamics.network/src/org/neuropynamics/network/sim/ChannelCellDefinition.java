package org.neuropynamics.network.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.neuropynamics.core.model.Linoid;
import org.neuropynamics.core.model.Model;

/**
 * A single-compartment cell with Hodgkin-Huxley channel densities (NeuroML's {@code cell} with {@code ionChannelHH},
 * parsed by the neuroml bundle's ChannelCells) as plain data, and the model it defines: C v' = sum_i g_i prod_gates
 * q^instances (E_i - v) + I, each gate q' = alpha(v) (1 - q) - beta(v) q with the rates HHExpRate
 * (r e^{(v - m)/s}), HHSigmoidRate (r / (1 + e^{-(v - m)/s})) and HHExpLinearRate (r x / (1 - e^{-x}),
 * x = (v - m)/s), gates starting at alpha / (alpha + beta) of v0.
 * <p>
 * The data travel in the {@code .neuronet} file as a {@code ModelDefinition} of format {@value #FORMAT} (issue 15,
 * docs/architecture.md "NeuroML and LEMS"): {@link #text} writes one line per item, {@link #parse} reads it back
 * strictly (known keywords, identifiers, finite numbers, bounded counts), and the model is built from the numbers by
 * this class: nothing in the file is executed.
 */
public record ChannelCellDefinition(String cellId, double capacitance, double v0, double threshold,
        List<Density> densities) {

    /** The {@code ModelDefinition.format} of these definitions. */
    public static final String FORMAT = "channel-cell";

    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,99}");
    private static final Set<String> RATES = Set.of("HHExpRate", "HHSigmoidRate", "HHExpLinearRate");
    private static final int MAX_DENSITIES = 100;
    private static final int MAX_GATES = 10;

    /** A rate: its NeuroML type, r (1/ms), the midpoint m (mV) and the scale s (mV, not 0). */
    public record Rate(String type, double rate, double midpoint, double scale) {
        double at(double v) {
            double x = (v - midpoint) / scale;
            return switch (type) {
                case "HHExpRate" -> rate * Math.exp(x);
                case "HHSigmoidRate" -> rate / (1 + Math.exp(-x));
                default -> rate * Linoid.value(x); // HHExpLinearRate: x / (1 - e^-x), its limit 1 at x = 0
            };
        }
    }

    /** A gate: its id, the power it enters the conductance with, and its opening and closing rates. */
    public record Gate(String id, int instances, Rate forward, Rate reverse) {
    }

    /** A channel density: its id, the conductance g (nS) over the cell, the reversal (mV) and the gates. */
    public record Density(String id, double g, double erev, List<Gate> gates) {
    }

    /** The definition as text, one item per line; {@link #parse} reads it back to equal numbers. */
    public String text() {
        StringBuilder b = new StringBuilder();
        b.append(FORMAT).append(" 1\n");
        b.append("cell ").append(cellId).append('\n');
        b.append("C ").append(num(capacitance)).append('\n');
        b.append("v0 ").append(num(v0)).append('\n');
        b.append("threshold ").append(num(threshold)).append('\n');
        for (Density d : densities) {
            b.append("density ").append(d.id()).append(' ').append(num(d.g())).append(' ').append(num(d.erev()))
                    .append('\n');
            for (Gate g : d.gates()) {
                b.append("gate ").append(g.id()).append(' ').append(g.instances());
                for (Rate r : List.of(g.forward(), g.reverse())) {
                    b.append(' ').append(r.type()).append(' ').append(num(r.rate())).append(' ')
                            .append(num(r.midpoint())).append(' ').append(num(r.scale()));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String num(double v) {
        return Double.toString(v);
    }

    /**
     * Reads a definition written by {@link #text}.
     *
     * @throws IllegalArgumentException naming the line and what is wrong
     */
    public static ChannelCellDefinition parse(String text) {
        if (text == null || text.length() > 1_000_000) {
            throw new IllegalArgumentException("a channel-cell definition must be text of at most 1 MB");
        }
        String[] lines = text.split("\n", -1);
        if (!lines[0].strip().equals(FORMAT + " 1")) {
            throw new IllegalArgumentException("line 1: expected '" + FORMAT + " 1'");
        }
        String cell = null;
        double c = Double.NaN;
        double v0 = Double.NaN;
        double threshold = Double.NaN;
        List<Density> densities = new ArrayList<>();
        List<Gate> gates = null;
        for (int k = 1; k < lines.length; k++) {
            String line = lines[k].strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = "line " + (k + 1);
            String[] f = line.split("\\s+");
            switch (f[0]) {
                case "cell" -> cell = id(f, 1, 2, where);
                case "C" -> c = number(f, 1, 2, where);
                case "v0" -> v0 = number(f, 1, 2, where);
                case "threshold" -> threshold = number(f, 1, 2, where);
                case "density" -> {
                    if (densities.size() == MAX_DENSITIES) {
                        throw new IllegalArgumentException(where + ": more than " + MAX_DENSITIES + " densities");
                    }
                    gates = new ArrayList<>();
                    densities.add(new Density(id(f, 1, 4, where), number(f, 2, 4, where), number(f, 3, 4, where),
                            gates));
                }
                case "gate" -> {
                    if (gates == null) {
                        throw new IllegalArgumentException(where + ": a gate before any density");
                    }
                    if (gates.size() == MAX_GATES) {
                        throw new IllegalArgumentException(where + ": more than " + MAX_GATES + " gates in a density");
                    }
                    int n;
                    try {
                        n = f.length == 11 ? Integer.parseInt(f[2]) : -1;
                    } catch (NumberFormatException e) {
                        n = -1;
                    }
                    if (n < 1 || n > 10) {
                        throw new IllegalArgumentException(where + ": expected 'gate ID INSTANCES (1-10) TYPE RATE "
                                + "MIDPOINT SCALE TYPE RATE MIDPOINT SCALE'");
                    }
                    gates.add(new Gate(id(f, 1, 11, where), n, rate(f, 3, where), rate(f, 7, where)));
                }
                default -> throw new IllegalArgumentException(where + ": unknown item '" + f[0] + "'");
            }
        }
        if (cell == null || !(c > 0) || Double.isNaN(v0) || Double.isNaN(threshold)) {
            throw new IllegalArgumentException("a channel-cell definition needs cell, C > 0, v0 and threshold");
        }
        List<Density> frozen = new ArrayList<>();
        for (Density d : densities) {
            frozen.add(new Density(d.id(), d.g(), d.erev(), List.copyOf(d.gates())));
        }
        return new ChannelCellDefinition(cell, c, v0, threshold, List.copyOf(frozen));
    }

    private static String id(String[] f, int i, int length, String where) {
        if (f.length != length) {
            throw new IllegalArgumentException(where + ": expected " + (length - 1) + " values after '" + f[0] + "'");
        }
        if (!ID.matcher(f[i]).matches()) {
            throw new IllegalArgumentException(where + ": '" + f[i] + "' is not an identifier");
        }
        return f[i];
    }

    private static double number(String[] f, int i, int length, String where) {
        if (f.length != length) {
            throw new IllegalArgumentException(where + ": expected " + (length - 1) + " values after '" + f[0] + "'");
        }
        double v;
        try {
            v = Double.parseDouble(f[i]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(where + ": '" + f[i] + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(where + ": '" + f[i] + "' is not a finite number");
        }
        return v;
    }

    private static Rate rate(String[] f, int i, String where) {
        if (!RATES.contains(f[i])) {
            throw new IllegalArgumentException(where + ": rate type '" + f[i] + "' (supported: " + String.join(", ",
                    RATES.stream().sorted().toList()) + ")");
        }
        double scale = number(f, i + 3, f.length, where);
        if (scale == 0) {
            throw new IllegalArgumentException(where + ": a rate's scale must not be 0");
        }
        return new Rate(f[i], number(f, i + 1, f.length, where), number(f, i + 2, f.length, where), scale);
    }

    /** The model of this cell under the registry id {@code id}. */
    public Model model(String id) {
        String name = "NeuroML cell " + cellId;
        Model.Builder b = Model.builder(id).name(name)
                .description("Single-compartment NeuroML cell '" + cellId + "' with " + densities.size()
                        + " channel densities (ionChannelHH), imported from NeuroML.")
                .equationsLatex("C \\dot v = \\sum_i g_i \\prod q^{n} (E_i - v) + I, \\quad \\dot q = \\alpha_q(v) (1 - q) "
                        + "- \\beta_q(v) q");
        b.variable("v", "mV", "membrane potential");
        List<Gate> gates = new ArrayList<>();
        List<Integer> gateOffset = new ArrayList<>();
        for (Density d : densities) {
            gateOffset.add(gates.size());
            for (Gate g : d.gates()) {
                b.variable(d.id() + "_" + g.id(), "", "gate " + g.id() + " of " + d.id());
                gates.add(g);
            }
        }
        double c = capacitance;
        b.parameter("C", "pF", c, c / 100, c * 100, c / 100, "membrane capacitance");
        b.parameter("v0", "mV", v0, -120, 60, 1, "initial membrane potential");
        for (Density d : densities) {
            double g = d.g();
            b.parameter("g_" + d.id(), "nS", g, 0, Math.max(10 * g, 1), Math.max(g / 100, 1e-6), "conductance of " + d.id());
            b.parameter("E_" + d.id(), "mV", d.erev(), -150, 150, 1, "reversal potential of " + d.id());
        }
        b.parameter("I", "pA", 0, -5000, 5000, 1, "injected current");
        int n = densities.size();
        int iIndex = 2 + 2 * n;
        Gate[] gateArray = gates.toArray(new Gate[0]);
        int[] offsets = gateOffset.stream().mapToInt(Integer::intValue).toArray();
        int[][] gatesOf = new int[n][];
        for (int k = 0; k < n; k++) {
            gatesOf[k] = new int[densities.get(k).gates().size()];
            for (int j = 0; j < gatesOf[k].length; j++) {
                gatesOf[k][j] = offsets[k] + j;
            }
        }
        return b.field((t, y, p, dydt) -> {
            double v = y[0];
            double current = p[iIndex];
            for (int k = 0; k < n; k++) {
                double open = 1;
                for (int j : gatesOf[k]) {
                    open *= Math.pow(y[1 + j], gateArray[j].instances());
                }
                current += p[2 + 2 * k] * open * (p[3 + 2 * k] - v);
            }
            dydt[0] = current / p[0];
            for (int j = 0; j < gateArray.length; j++) {
                double q = y[1 + j];
                dydt[1 + j] = gateArray[j].forward().at(v) * (1 - q) - gateArray[j].reverse().at(v) * q;
            }
        }).initialState((p, y0) -> {
            y0[0] = p[1];
            for (int j = 0; j < gateArray.length; j++) {
                double a = gateArray[j].forward().at(p[1]);
                double r = gateArray[j].reverse().at(p[1]);
                y0[1 + j] = a / (a + r);
            }
        }).spikeDetectionThreshold(threshold).currentParameter("I").build();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "channel cell %s (%d densities)", cellId, densities.size());
    }
}
