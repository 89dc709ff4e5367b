package org.neuropynamics.core.model;

import java.util.Map;

/** A named set of parameter values, e.g. the Izhikevich "regular spiking" (a, b, c, d). */
public record Preset(String name, Map<String, Double> values) {
    public Preset {
        values = Map.copyOf(values);
    }
}
