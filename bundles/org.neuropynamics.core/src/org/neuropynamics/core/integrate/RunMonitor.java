package org.neuropynamics.core.integrate;

/**
 * Progress and cancellation of a run, without any Eclipse dependency: the UI adapts an
 * {@code IProgressMonitor}, the CLI prints to stderr. Polled every few thousand steps.
 */
public interface RunMonitor {

    /** A monitor that never cancels and ignores progress. */
    RunMonitor NONE = new RunMonitor() {
        @Override
        public boolean isCanceled() {
            return false;
        }

        @Override
        public void worked(double fractionDone) {
            // nothing to report to
        }
    };

    /** True when the run should stop; the run then throws {@link RunCanceledException}. */
    boolean isCanceled();

    /** The fraction of the run done so far, in [0, 1]. */
    void worked(double fractionDone);
}
