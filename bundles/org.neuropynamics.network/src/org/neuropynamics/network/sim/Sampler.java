package org.neuropynamics.network.sim;

import java.util.SplittableRandom;

import org.neuropynamics.network.model.Constant;
import org.neuropynamics.network.model.Distribution;
import org.neuropynamics.network.model.Normal;
import org.neuropynamics.network.model.Uniform;

/** Draws values from a model {@link Distribution}; a missing distribution means a default constant. */
final class Sampler {

    private final Distribution distribution;
    private final double fallback;

    Sampler(Distribution distribution, double fallback) {
        this.distribution = distribution;
        this.fallback = fallback;
    }

    /** True when every draw gives the same value (no random numbers are consumed). */
    boolean isConstant() {
        return distribution == null || distribution instanceof Constant
                || (distribution instanceof Uniform u && u.getLow() == u.getHigh())
                || (distribution instanceof Normal n && n.getStd() == 0);
    }

    /** The value of a constant distribution. */
    double constant() {
        if (distribution instanceof Constant c) {
            return c.getValue();
        }
        if (distribution instanceof Uniform u) {
            return u.getLow();
        }
        if (distribution instanceof Normal n) {
            return n.getMean();
        }
        return fallback;
    }

    double draw(SplittableRandom random) {
        if (distribution instanceof Uniform u) {
            return u.getLow() + (u.getHigh() - u.getLow()) * random.nextDouble();
        }
        if (distribution instanceof Normal n) {
            return n.getMean() + n.getStd() * random.nextGaussian();
        }
        return constant();
    }

    /** Describes the distribution, for messages. */
    static String describe(Distribution d) {
        if (d instanceof Constant c) {
            return Double.toString(c.getValue());
        }
        if (d instanceof Uniform u) {
            return "uniform(" + u.getLow() + ", " + u.getHigh() + ")";
        }
        if (d instanceof Normal n) {
            return "normal(" + n.getMean() + ", " + n.getStd() + ")";
        }
        return "none";
    }
}
