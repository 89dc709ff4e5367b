package org.neuropynamics.bifurcation.continuation;

/**
 * A located bifurcation on a branch.
 *
 * @param type what it is
 * @param parameter the parameter value
 * @param state the equilibrium (LP, HB, BP) or a point of the cycle (LPC, PD)
 * @param firstLyapunovCoefficient for HB: l1 (negative: supercritical, positive: subcritical); NaN otherwise
 * @param frequency for HB: the imaginary part omega of the critical eigenvalues; NaN otherwise
 * @param period for LPC and PD: the period of the cycle; NaN otherwise
 */
public record SpecialPoint(SpecialPointType type, double parameter, double[] state, double firstLyapunovCoefficient,
        double frequency, double period) {

    /** For HB: true when l1 &lt; 0 (a stable cycle is born); false otherwise. */
    public boolean supercritical() {
        return firstLyapunovCoefficient < 0;
    }

    /** For HB: "supercritical", "subcritical" or "degenerate" (l1 = 0 or unknown); empty for other types. */
    public String criticality() {
        if (type != SpecialPointType.HB) {
            return "";
        }
        if (firstLyapunovCoefficient < 0) {
            return "supercritical";
        }
        return firstLyapunovCoefficient > 0 ? "subcritical" : "degenerate";
    }
}
