package org.neuropynamics.bifurcation.ui;

import java.util.List;

import org.neuropynamics.bifurcation.continuation.BifurcationDiagram;
import org.neuropynamics.bifurcation.continuation.Branch;
import org.neuropynamics.bifurcation.continuation.BranchPoint;
import org.neuropynamics.bifurcation.continuation.SpecialPoint;

/**
 * The continuation view's data table: every computed point as CSV (the view's toolbar and context-menu CSV
 * export, {@code FigureExportActions}).
 */
public final class DiagramExports {

    private DiagramExports() {
    }

    /**
     * Rows {@code branch,kind,p,stable,period_ms,<var>...,<var>_min...,<var>_max...}: the points of every
     * branch (kind equilibrium or cycle), then the special points (kind LP, HB, BP, LPC, PD; HB with l1 in the
     * stable column's place left empty).
     */
    static String csv(BifurcationDiagram d, List<String> names) {
        StringBuilder s = new StringBuilder("branch,kind,").append(d.parameter()).append(",stable,period_ms");
        for (String suffix : new String[] {"", "_min", "_max"}) {
            for (String n : names) {
                s.append(',').append(n).append(suffix);
            }
        }
        s.append(",l1\n");
        for (int b = 0; b < d.branches().size(); b++) {
            Branch branch = d.branches().get(b);
            for (BranchPoint p : branch.points()) {
                s.append(b + 1).append(',').append(branch.kind().label()).append(',').append(p.parameter()).append(',')
                        .append(p.stable()).append(',').append(p.isCycle() ? String.valueOf(p.period()) : "");
                append(s, p.state());
                append(s, p.min());
                append(s, p.max());
                s.append(",\n");
            }
            for (SpecialPoint sp : branch.specialPoints()) {
                s.append(b + 1).append(',').append(sp.type().name()).append(',').append(sp.parameter()).append(",,")
                        .append(Double.isNaN(sp.period()) ? "" : String.valueOf(sp.period()));
                append(s, sp.state());
                append(s, sp.state());
                append(s, sp.state());
                s.append(',').append(Double.isNaN(sp.firstLyapunovCoefficient()) ? ""
                        : String.valueOf(sp.firstLyapunovCoefficient())).append('\n');
            }
        }
        return s.toString();
    }

    private static void append(StringBuilder s, double[] x) {
        for (double v : x) {
            s.append(',').append(v);
        }
    }
}
