package org.neuropynamics.dendrites.cable;

/**
 * Passive membrane and cytoplasm properties, in NEURON's units.
 *
 * @param cm specific membrane capacitance, uF/cm^2
 * @param gL specific leak conductance, S/cm^2 (Rm = 1 / gL, Ohm cm^2)
 * @param eL leak reversal (resting) potential, mV
 * @param ra axial (cytoplasmic) resistivity, Ohm cm
 */
public record Membrane(double cm, double gL, double eL, double ra) {

    /** A typical passive dendrite: Cm 1 uF/cm^2, Rm 10000 Ohm cm^2, EL -65 mV, Ra 100 Ohm cm (tau 10 ms). */
    public static final Membrane DEFAULT = new Membrane(1, 1e-4, -65, 100);

    /** Requires positive cm, gL and ra and a finite eL. */
    public Membrane {
        if (!(cm > 0) || !(gL > 0) || !(ra > 0) || !Double.isFinite(eL) || Double.isInfinite(cm)
                || Double.isInfinite(gL) || Double.isInfinite(ra)) {
            throw new IllegalArgumentException("membrane needs positive Cm, gL, Ra and a finite EL, got Cm " + cm
                    + " uF/cm^2, gL " + gL + " S/cm^2, Ra " + ra + " Ohm cm, EL " + eL + " mV");
        }
    }

    /** Specific membrane resistance Rm = 1 / gL, Ohm cm^2. */
    public double rm() {
        return 1 / gL;
    }

    /** Membrane time constant Rm Cm, ms. */
    public double timeConstant() {
        return cm / gL * 1e-3;
    }

    /** A copy with another leak conductance density. */
    public Membrane withGL(double g) {
        return new Membrane(cm, g, eL, ra);
    }

    /** A copy with another axial resistivity. */
    public Membrane withRa(double r) {
        return new Membrane(cm, gL, eL, r);
    }
}
