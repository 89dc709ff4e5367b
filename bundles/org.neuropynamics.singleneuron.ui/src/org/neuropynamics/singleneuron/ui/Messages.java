package org.neuropynamics.singleneuron.ui;

import org.neuropynamics.core.integrate.DivergenceException;

/** Messages for people, from exceptions: the core's own message, never a stack trace. */
final class Messages {

    private Messages() {
    }

    static String of(Throwable e) {
        if (e instanceof DivergenceException d) {
            return "The simulation diverged: " + d.getMessage()
                    + ". Try a smaller step dt, another integrator or other parameter values.";
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        return e instanceof IllegalArgumentException ? m : "The simulation failed: " + m;
    }
}
