package org.neuropynamics.core.model;

/**
 * A named state variable.
 *
 * @param name canonical name (e.g. "v", "V", "m")
 * @param unit unit text; empty when dimensionless
 * @param description one line for tooltips and legends
 */
public record StateVariable(String name, String unit, String description) {
    public StateVariable {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("variable name is empty");
        }
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }
}
