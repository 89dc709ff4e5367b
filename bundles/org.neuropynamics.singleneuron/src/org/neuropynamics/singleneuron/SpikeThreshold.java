package org.neuropynamics.singleneuron;

import java.util.OptionalDouble;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SpikeRule;

/**
 * The voltage level drawn as the dashed threshold line: the spike cut-off of a reset model (where its
 * switching function {@code v - threshold} vanishes) or the spike-detection level of a model without reset.
 */
public final class SpikeThreshold {

    private SpikeThreshold() {
    }

    /**
     * The threshold for these parameter values, or empty when the model's switching function is not of the form
     * {@code y0 - constant}.
     */
    public static OptionalDouble of(Model model, double[] p) {
        SpikeRule rule = model.spikeRule();
        if (rule == null) {
            return OptionalDouble.of(model.spikeDetectionThreshold());
        }
        double[] y = model.initialState(p);
        y[0] = 0;
        double at0 = rule.switching(0, y, p);
        y[0] = 1;
        double at1 = rule.switching(0, y, p);
        y[0] = -7;
        double atMinus7 = rule.switching(0, y, p);
        boolean linearUnitSlope = Math.abs(at1 - at0 - 1) < 1e-9 && Math.abs(at0 - atMinus7 - 7) < 1e-9;
        return linearUnitSlope && Double.isFinite(at0) ? OptionalDouble.of(-at0) : OptionalDouble.empty();
    }

    /** Legend text of the threshold line. */
    public static String label(Model model) {
        return model.spikeRule() == null ? "spike detection" : "spike cut-off";
    }
}
