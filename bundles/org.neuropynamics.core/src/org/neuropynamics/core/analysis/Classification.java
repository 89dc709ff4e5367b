package org.neuropynamics.core.analysis;

/**
 * Type of an equilibrium, with the exact strings of the command-line contract (README.md, "The command line"):
 * flows of dimension 2 or more use the first seven, one-dimensional flows the last three.
 */
public enum Classification {
    /** All eigenvalues real and negative. */
    STABLE_NODE("stable node"),
    /** All eigenvalues real and positive. */
    UNSTABLE_NODE("unstable node"),
    /** Eigenvalues with real parts of both signs (in n-D including saddle-foci). */
    SADDLE("saddle"),
    /** All real parts negative, some eigenvalues complex. */
    STABLE_FOCUS("stable focus"),
    /** All real parts positive, some eigenvalues complex. */
    UNSTABLE_FOCUS("unstable focus"),
    /** A purely imaginary pair in 2-D: a centre of the linearization. */
    CENTER("center"),
    /** Non-hyperbolic or borderline cases: zero eigenvalues, stars, degenerate nodes, imaginary pairs in n-D. */
    DEGENERATE("degenerate"),
    /** 1-D: F changes sign from + to - (F' &lt; 0). */
    STABLE("stable"),
    /** 1-D: F changes sign from - to + (F' &gt; 0). */
    UNSTABLE("unstable"),
    /** 1-D: F' = 0 and F has the same sign on both sides. */
    SEMI_STABLE("semi-stable");

    private final String label;

    Classification(String label) {
        this.label = label;
    }

    /** The contract string, e.g. "stable focus". */
    public String label() {
        return label;
    }

    /** The classification with that contract string. */
    public static Classification fromLabel(String label) {
        for (Classification c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no classification '" + label + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
