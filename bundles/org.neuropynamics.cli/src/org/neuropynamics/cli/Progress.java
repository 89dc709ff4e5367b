package org.neuropynamics.cli;

import java.io.PrintStream;

import org.neuropynamics.core.integrate.RunMonitor;

/** Progress of a long command on stderr ("continuing 40%"), only when stderr is a terminal. */
final class Progress {

    private Progress() {
    }

    static RunMonitor on(PrintStream err, String verb) {
        if (System.console() == null) {
            return RunMonitor.NONE;
        }
        return new RunMonitor() {
            private int lastPercent = -1;

            @Override
            public boolean isCanceled() {
                return false;
            }

            @Override
            public void worked(double fraction) {
                int percent = (int) (fraction * 100);
                if (percent != lastPercent && percent % 10 == 0) {
                    lastPercent = percent;
                    err.print("\r" + verb + " " + percent + "%" + (percent >= 100 ? "\n" : ""));
                }
            }
        };
    }
}
