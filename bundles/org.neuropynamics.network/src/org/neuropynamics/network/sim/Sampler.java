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

    /**
     * @param where what the values are, for messages ("Projection 'E -> I' weight")
     * @throws NetworkBuildException for a distribution that cannot be drawn from: a non-finite value,
     *             a uniform distribution with low above high, a normal one with a negative standard deviation
     */
    Sampler(Distribution distribution, double fallback, String where) {
        this.distribution = distribution;
        this.fallback = fallback;
        if (distribution instanceof Constant c && !Double.isFinite(c.getValue())) {
            throw new NetworkBuildException(where + " is " + c.getValue() + "; it must be a finite number.");
        }
        if (distribution instanceof Uniform u) {
            if (!Double.isFinite(u.getLow()) || !Double.isFinite(u.getHigh())) {
                throw new NetworkBuildException(where + ": " + describe(u) + " needs finite bounds.");
            }
            if (u.getLow() > u.getHigh()) {
                throw new NetworkBuildException(where + ": " + describe(u) + " has its low bound above its high"
                        + " bound.");
            }
        }
        if (distribution instanceof Normal n) {
            if (!Double.isFinite(n.getMean()) || !Double.isFinite(n.getStd())) {
                throw new NetworkBuildException(where + ": " + describe(n) + " needs a finite mean and standard"
                        + " deviation.");
            }
            if (n.getStd() < 0) {
                throw new NetworkBuildException(where + ": " + describe(n) + " has a negative standard deviation.");
            }
        }
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
