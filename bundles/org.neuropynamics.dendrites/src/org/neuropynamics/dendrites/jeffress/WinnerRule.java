package org.neuropynamics.dendrites.jeffress;

import java.util.List;
import java.util.OptionalInt;

/**
 * Which detector codes the place: the one that spikes first; ties (first spikes within
 * {@link #TIE_TOLERANCE}) go to the larger peak depolarisation, then to the lower index.
 * <p>
 * Why this is robust for any detector model: a detector can fire only once both inputs have arrived (one
 * input is subthreshold by construction of the weights), and detector k has received both at
 * max(t_left + k delta, t_right + (N + 1 - k) delta). The first term grows and the second falls with k, so the
 * maximum is smallest where they are equal, at k*. Counting spikes does not work: with a slow membrane (LIF,
 * tau = 20 ms) neighbours of k* also fire, their inputs being only 2 delta apart; nor does the peak
 * potential alone (every spike of an HH detector peaks near +40 mV). The latency from the second input to the
 * spike is shortest where the summed depolarisation is largest, again at k*, so both effects agree.
 * When k* is a half-integer the two detectors beside it receive mirror-image inputs and tie exactly.
 */
public final class WinnerRule {

    /** First spikes closer than this (ms) count as simultaneous. */
    public static final double TIE_TOLERANCE = 1e-6;

    private WinnerRule() {
    }

    /** The winning detector (1-based), or empty when no detector fired. */
    public static OptionalInt select(List<DetectorResponse> responses) {
        DetectorResponse best = null;
        for (DetectorResponse r : responses) {
            if (!r.fired()) {
                continue;
            }
            if (best == null || r.firstSpike() < best.firstSpike() - TIE_TOLERANCE) {
                best = r;
            } else if (Math.abs(r.firstSpike() - best.firstSpike()) <= TIE_TOLERANCE
                    && (r.peakPotential() > best.peakPotential()
                            || r.peakPotential() == best.peakPotential() && r.index() < best.index())) {
                best = r;
            }
        }
        return best == null ? OptionalInt.empty() : OptionalInt.of(best.index());
    }
}
