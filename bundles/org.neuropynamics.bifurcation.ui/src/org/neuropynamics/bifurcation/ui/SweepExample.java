package org.neuropynamics.bifurcation.ui;

import java.util.List;
import java.util.Map;

/**
 * The course's spike-triggered sweeps, ready to run.
 *
 * @param key short name used by commands ("adex", "izhikevich")
 * @param label what the example menu shows
 * @param model model id
 * @param parameter swept parameter
 * @param from first value
 * @param to last value
 * @param values number of values
 * @param observed variable recorded at each spike
 * @param sets fixed parameters that differ from the model's defaults
 */
record SweepExample(String key, String label, String model, String parameter, double from, double to, int values,
        String observed, Map<String, Double> sets) {

    /** AdEx reset sweep (course notebook): period doubling of the adaptation current into chaos. */
    static final SweepExample ADEX = new SweepExample("adex", "AdEx: reset Vr from -48.3 to -47.7 mV, observe w",
            "adex", "Vr", -48.3, -47.7, 150, "w", Map.of());
    /**
     * Izhikevich d sweep (the course's variant after Nobukawa et al. 2015): a = 0.02, b = 0.2, c = -55 mV,
     * I = 10, spike peak 35 mV. Tonic firing up to d of about 0.83, then period doubling, irregular firing
     * and windows of regular bursts of 5, 4 and 3 spikes (checked against an independent integration in the
     * UI test BifurcationTutorialClaimsTest). With a = 0.2, as this preset had before, the neuron fires
     * tonically at 300-360 spikes/s for every d: one smooth line.
     */
    static final SweepExample IZHIKEVICH = new SweepExample("izhikevich",
            "Izhikevich: reset increment d from 0.5 to 1.5, observe u", "izhikevich", "d", 0.5, 1.5, 150, "u",
            Map.of("a", 0.02, "b", 0.2, "c", -55.0, "I", 10.0, "vpeak", 35.0));

    static final List<SweepExample> ALL = List.of(ADEX, IZHIKEVICH);

    static SweepExample byKey(String key) {
        return ALL.stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown sweep example '" + key + "'; examples: adex, izhikevich"));
    }
}
