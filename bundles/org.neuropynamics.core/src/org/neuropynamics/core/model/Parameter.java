package org.neuropynamics.core.model;

/**
 * A named model parameter with its unit, default value and slider range.
 *
 * @param name canonical name (models.tests data/catalogue-section4.csv), used by views, files and the CLI
 * @param unit unit text such as "mV", "ms", "nS"; empty when dimensionless
 * @param defaultValue the default value
 * @param min lower end of the slider range
 * @param max upper end of the slider range
 * @param step slider step
 * @param description one line for tooltips
 */
public record Parameter(String name, String unit, double defaultValue, double min, double max, double step,
        String description) {

    public Parameter {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("parameter name is empty");
        }
        if (!(min <= max)) {
            throw new IllegalArgumentException("parameter " + name + ": min " + min + " > max " + max);
        }
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
    }
}
