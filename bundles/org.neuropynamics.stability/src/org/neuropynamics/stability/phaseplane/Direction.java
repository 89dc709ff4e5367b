package org.neuropynamics.stability.phaseplane;

/** Which way in time a trajectory is followed from its initial point. */
public enum Direction {
    /** Future only. */
    FORWARD,
    /** Past only (the field reversed). */
    BACKWARD,
    /** Past and future: one curve through the initial point. */
    BOTH
}
