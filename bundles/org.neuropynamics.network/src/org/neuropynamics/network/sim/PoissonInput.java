package org.neuropynamics.network.sim;

import java.util.SplittableRandom;

/**
 * Independent Poisson spike trains: in each step each neuron fires with probability rate dt (as Brian2's
 * PoissonGroup). Seeded, so a run is reproducible.
 */
final class PoissonInput extends SpikingGroup {

    private final double probability;
    private final SplittableRandom random;

    PoissonInput(String name, int size, double rateHz, double dt, SplittableRandom random) {
        super(name, size);
        this.probability = rateHz * dt / 1000.0;
        this.random = random;
    }

    @Override
    boolean isInput() {
        return true;
    }

    void emit() {
        int n = 0;
        if (probability > 0) {
            for (int i = 0; i < size; i++) {
                if (random.nextDouble() < probability) {
                    fired[n++] = i;
                }
            }
        }
        firedCount = n;
    }
}
