package org.neuropynamics.bifurcation.ui;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;

/**
 * A long computation (continuation, sweep, orbit diagram) as an Eclipse Job: progress in the Progress view
 * and the status line, cancellable there or by {@link #cancel()}; the result or a one-line message is handed
 * to the UI thread. Failures never open an error dialog: the view shows the message where the figure is.
 *
 * @param <R> the result
 */
final class ComputeJob<R> extends Job {

    private static final int TICKS = 1000;

    /** What the view does with the outcome, on the UI thread. */
    interface Outcome<R> {
        void done(R result);

        void failed(String message);

        void canceled();
    }

    private final Display display;
    private final Function<RunMonitor, R> work;
    private final Outcome<R> outcome;

    ComputeJob(String name, Display display, Function<RunMonitor, R> work, Outcome<R> outcome) {
        super(name);
        this.display = display;
        this.work = work;
        this.outcome = outcome;
        setUser(false);
        setPriority(LONG);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), TICKS);
        int[] done = {0};
        RunMonitor rm = new RunMonitor() {
            @Override
            public boolean isCanceled() {
                return monitor.isCanceled();
            }

            @Override
            public void worked(double fraction) {
                int now = (int) Math.max(0, Math.min(TICKS, Math.round(fraction * TICKS)));
                synchronized (done) {
                    if (now > done[0]) {
                        monitor.worked(now - done[0]);
                        done[0] = now;
                    }
                }
            }
        };
        try {
            R r = work.apply(rm);
            if (monitor.isCanceled()) {
                deliver(outcome::canceled);
                return Status.CANCEL_STATUS;
            }
            deliver(() -> outcome.done(r));
            return Status.OK_STATUS;
        } catch (RunCanceledException e) {
            deliver(outcome::canceled);
            return Status.CANCEL_STATUS;
        } catch (RuntimeException | StackOverflowError e) {
            String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            deliver(() -> outcome.failed(text));
            return Status.OK_STATUS;
        } finally {
            monitor.done();
        }
    }

    private void deliver(Runnable r) {
        if (!display.isDisposed()) {
            display.asyncExec(r);
        }
    }

    /** Convenience: schedule and return the job. */
    static <R> ComputeJob<R> start(String name, Display display, Function<RunMonitor, R> work, Consumer<R> done,
            Consumer<String> failed, Runnable canceled) {
        ComputeJob<R> job = new ComputeJob<>(name, display, work, new Outcome<>() {
            @Override
            public void done(R result) {
                done.accept(result);
            }

            @Override
            public void failed(String message) {
                failed.accept(message);
            }

            @Override
            public void canceled() {
                canceled.run();
            }
        });
        job.schedule();
        return job;
    }
}
