package org.neuropynamics.stability;

import java.util.List;
import java.util.Locale;

import org.neuropynamics.stability.phaseplane.SaddleNode;

/** The text notes of the 1-D stability figure (shared by the view and {@code render stability-1d}). */
public final class PhaseLineNotes {

    private PhaseLineNotes() {
    }

    /**
     * "Saddle-node at I = ... (equilibria merge at ...)", a note that there is none, or null when no parameter
     * was scanned.
     */
    public static String foldNote(List<SaddleNode> folds, String parameter) {
        if (parameter == null) {
            return null;
        }
        if (folds.isEmpty()) {
            return "No saddle-node bifurcation over the slider range of " + parameter + ".";
        }
        StringBuilder s = new StringBuilder("Saddle-node at ");
        for (int k = 0; k < folds.size(); k++) {
            SaddleNode f = folds.get(k);
            s.append(k == 0 ? "" : "; ").append(String.format(Locale.ROOT, "%s = %s (equilibria merge at %s)",
                    f.parameter(), num(f.value()), num(f.state()[0])));
        }
        return s.toString();
    }

    /** Seven significant digits without trailing zeros, with a typographic minus. */
    public static String num(double v) {
        return String.format(Locale.ROOT, "%.7g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "")
                .replace("-", "\u2212");
    }
}
