package org.neuropynamics.bifurcation.continuation;

/** Codimension-one bifurcations detected along a branch (labels as in AUTO and MatCont). */
public enum SpecialPointType {
    /** Fold (limit point, saddle-node) of equilibria. */
    LP("fold of equilibria"),
    /** Andronov-Hopf bifurcation: a complex pair of eigenvalues crosses the imaginary axis. */
    HB("Hopf bifurcation"),
    /** Branch point: two branches of equilibria cross. */
    BP("branch point"),
    /** Fold (limit point) of limit cycles. */
    LPC("fold of limit cycles"),
    /** Period doubling (flip): a Floquet multiplier crosses -1. */
    PD("period doubling");

    private final String description;

    SpecialPointType(String description) {
        this.description = description;
    }

    /** Plain-language name. */
    public String description() {
        return description;
    }
}
