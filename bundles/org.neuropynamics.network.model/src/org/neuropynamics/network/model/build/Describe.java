package org.neuropynamics.network.model.build;

import java.math.BigDecimal;
import java.math.MathContext;

import org.neuropynamics.network.model.AllToAll;
import org.neuropynamics.network.model.Connectivity;
import org.neuropynamics.network.model.Constant;
import org.neuropynamics.network.model.Distribution;
import org.neuropynamics.network.model.ExplicitPairs;
import org.neuropynamics.network.model.FixedInDegree;
import org.neuropynamics.network.model.FixedProbability;
import org.neuropynamics.network.model.FixedTotalNumber;
import org.neuropynamics.network.model.Normal;
import org.neuropynamics.network.model.OneToOne;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.Uniform;

/**
 * Short texts of rules, distributions and projections, shared by the Outline, the canvas labels and the
 * Properties view: {@code p=0.02}, {@code uniform 1-5 ms}, {@code w=1.62 mV, d=1 ms}.
 */
public final class Describe {

    private Describe() {
    }

    /** "all-to-all", "one-to-one", "p=0.1", "in-degree 5", "100 synapses", "3 pairs"; "" for none. */
    public static String rule(Connectivity c) {
        if (c == null) {
            return "";
        }
        String s;
        if (c instanceof AllToAll) {
            s = "all-to-all";
        } else if (c instanceof OneToOne) {
            s = "one-to-one";
        } else if (c instanceof FixedProbability fp) {
            s = "p=" + number(fp.getProbability());
        } else if (c instanceof FixedInDegree fi) {
            s = "in-degree " + fi.getInDegree();
        } else if (c instanceof FixedTotalNumber ft) {
            s = ft.getNumber() + " synapses";
        } else if (c instanceof ExplicitPairs ep) {
            s = ep.getPairs().size() + (ep.getPairs().size() == 1 ? " pair" : " pairs");
        } else {
            s = c.eClass().getName();
        }
        return s;
    }

    /** "1.62 mV", "uniform 1-5 ms", "normal 2±0.5 mV" ({@code unit} may be empty); "" for none. */
    public static String distribution(Distribution d, String unit) {
        String u = unit == null || unit.isEmpty() ? "" : " " + unit;
        if (d instanceof Constant c) {
            return number(c.getValue()) + u;
        }
        if (d instanceof Uniform x) {
            return "uniform " + number(x.getLow()) + (x.getLow() < 0 || x.getHigh() < 0 ? " to " : "-")
                    + number(x.getHigh()) + u;
        }
        if (d instanceof Normal n) {
            return "normal " + number(n.getMean()) + "\u00b1" + number(n.getStd()) + u;
        }
        return "";
    }

    /**
     * The canvas label of a projection, short: the rule ("p=0.02", "all", "1:1", "k=5", "n=10", "3 pairs")
     * over weight (in {@code weightUnit}) and delay: "w=1.62 mV, d=1 ms", "d=1-5 ms", "w=2±0.5 mV".
     */
    public static String projection(Projection p, String weightUnit) {
        Connectivity c = p.getConnectivity();
        String rule = c instanceof AllToAll ? "all" : c instanceof OneToOne ? "1:1"
                : c instanceof FixedInDegree fi ? "k=" + fi.getInDegree()
                        : c instanceof FixedTotalNumber ft ? "n=" + ft.getNumber() : rule(c);
        StringBuilder s = new StringBuilder();
        String w = compact(p.getWeight(), weightUnit);
        if (!w.isEmpty()) {
            s.append("w=").append(w);
        }
        String d = compact(p.getDelay(), "ms");
        if (!d.isEmpty()) {
            s.append(s.isEmpty() ? "" : ", ").append("d=").append(d);
        }
        if (p.getPlasticity() != null) {
            s.append(s.isEmpty() ? "" : ", ").append("STDP");
        }
        return rule.isEmpty() ? s.toString() : s.isEmpty() ? rule : rule + "\n" + s;
    }

    /** "1.62 mV", "1-5 ms", "2±0.5 mV". */
    private static String compact(Distribution d, String unit) {
        String u = unit == null || unit.isEmpty() ? "" : " " + unit;
        if (d instanceof Uniform x) {
            return number(x.getLow()) + (x.getLow() < 0 || x.getHigh() < 0 ? " to " : "-") + number(x.getHigh()) + u;
        }
        if (d instanceof Normal n) {
            return number(n.getMean()) + "±" + number(n.getStd()) + u;
        }
        return distribution(d, unit);
    }

    /** A number with at most 4 significant digits and no trailing zeros: 1.62, 0.02, -9, 16.2, 1e-05. */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal b = new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros();
        double a = Math.abs(v);
        return a >= 1e-4 && a < 1e7 ? b.toPlainString() : b.toString();
    }
}
