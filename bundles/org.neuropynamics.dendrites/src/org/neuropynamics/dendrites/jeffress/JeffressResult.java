package org.neuropynamics.dendrites.jeffress;

import java.util.List;
import java.util.OptionalInt;

/**
 * The outcome of one delay-line experiment.
 *
 * @param config what was simulated
 * @param detectors the responses of detectors 1..N, in order
 * @param winner the winning detector (1-based) by {@link WinnerRule}, empty when none fired
 * @param endTime the end of the simulation, ms
 */
public record JeffressResult(JeffressConfig config, List<DetectorResponse> detectors, OptionalInt winner,
        double endTime) {

    /** Copies the list. */
    public JeffressResult {
        detectors = List.copyOf(detectors);
    }

    /** Spike times of every detector, index 0 for detector 1. */
    public double[][] detectorSpikes() {
        double[][] s = new double[detectors.size()][];
        for (int k = 0; k < s.length; k++) {
            s[k] = detectors.get(k).spikeTimes().clone();
        }
        return s;
    }

    /**
     * The membrane potentials on a regular grid for a heat map: {@code [detector][sample]} at times
     * {@code j * step}, j = 0..floor(endTime / step).
     */
    public double[][] potentialGrid(double step) {
        if (!(step > 0)) {
            throw new IllegalArgumentException("grid step must be positive, got " + step);
        }
        int samples = (int) Math.floor(endTime / step + 1e-9) + 1;
        double[][] grid = new double[detectors.size()][samples];
        for (int k = 0; k < grid.length; k++) {
            DetectorResponse r = detectors.get(k);
            for (int j = 0; j < samples; j++) {
                grid[k][j] = r.potentialAt(j * step);
            }
        }
        return grid;
    }
}
