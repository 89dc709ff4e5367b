package org.neuropynamics.network.ui;

/** The kinds of monitor the palette's Monitor tool adds: spikes, a state variable, the population rate. */
public enum MonitorKind {
    SPIKES("spikes"), STATE("state"), RATE("rate");

    private final String label;

    MonitorKind(String label) {
        this.label = label;
    }

    /** The short name used in a new monitor's name and in the palette. */
    public String label() {
        return label;
    }
}
