package org.neuropynamics.bifurcation.continuation;

import java.util.List;

/**
 * A branch of equilibria or of limit cycles, in the order computed, with the bifurcations located on it.
 *
 * @param kind equilibria or cycles
 * @param points the points in continuation order
 * @param specialPoints bifurcations located on this branch, in continuation order
 * @param stopReason why continuation ended (e.g. "reached the end of the parameter range")
 */
public record Branch(Kind kind, List<BranchPoint> points, List<SpecialPoint> specialPoints, String stopReason) {

    /** What a branch is made of. */
    public enum Kind {
        EQUILIBRIUM("equilibrium"), CYCLE("cycle");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The contract word (README.md, "The command line"): "equilibrium" or "cycle". */
        public String label() {
            return label;
        }
    }

    public Branch {
        points = List.copyOf(points);
        specialPoints = List.copyOf(specialPoints);
    }
}
