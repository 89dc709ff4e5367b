package org.neuropynamics.ui.jobs;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;

/**
 * A long computation (continuation, sweep, f-I curve, network run, NEURON run) as an Eclipse Job: progress
 * in the Progress view and the status line, cancellable there or by {@link #cancel()}; the result, a one-line
 * message or the cancellation is handed to the UI thread. The work sees the job's monitor as a
 * {@link RunMonitor} through {@link #runMonitor}, the workbench's one IProgressMonitor-to-RunMonitor adapter
 * (docs/architecture.md, "The UI kit"). A failure is a message for the view to show where its figure is, never
 * an error dialog of the job framework.
 *
 * @param <R> the result
 */
public final class LongJob<R> extends Job {

    /** Ticks of the progress monitor for a run's fraction in [0, 1]. */
    public static final int TICKS = 1000;

    /** The computation, on the job's thread; long loops poll {@code monitor.isCanceled()}. */
    @FunctionalInterface
    public interface Work<R> {
        R run(RunMonitor monitor) throws Exception;
    }

    /** What the view does with the outcome, on the UI thread. */
    public interface Outcome<R> {
        /** The result of a run that was not cancelled. */
        void done(R result);

        /** The run failed: a one-line message (the exception's, or its class name). */
        void failed(String message, Throwable error);

        /** The run was cancelled (by the user or by {@link #cancel()}). */
        default void canceled() {
        }
    }

    private final Display display;
    private final Work<R> work;
    private final Outcome<R> outcome;
    private final Object family;
    private volatile DoubleConsumer uiProgress;

    /**
     * A job, not yet scheduled.
     *
     * @param name the name in the Progress view
     * @param display where the outcome is delivered
     * @param family what {@link #belongsTo} answers true for (null: nothing), so tests and views can find it
     * @param work the computation
     * @param outcome receives the outcome on the UI thread
     */
    public LongJob(String name, Display display, Object family, Work<R> work, Outcome<R> outcome) {
        super(name);
        this.display = display;
        this.family = family;
        this.work = work;
        this.outcome = outcome;
        setPriority(LONG);
    }

    /** Schedules a job that the Progress view shows as a background system job (not a user job). */
    public static <R> LongJob<R> start(String name, Display display, Work<R> work, Consumer<R> done,
            Consumer<String> failed, Runnable canceled) {
        LongJob<R> job = new LongJob<>(name, display, null, work, new Outcome<>() {
            @Override
            public void done(R result) {
                done.accept(result);
            }

            @Override
            public void failed(String message, Throwable error) {
                failed.accept(message);
            }

            @Override
            public void canceled() {
                canceled.run();
            }
        });
        job.setUser(false);
        job.schedule();
        return job;
    }

    /**
     * The one adapter from an Eclipse progress monitor to the core's {@link RunMonitor}: cancelled when the
     * monitor is, a fraction done in [0, 1] reported as {@link #TICKS} ticks (never backwards; safe from the
     * threads a computation may use). The caller has called {@code beginTask(name, TICKS)}.
     */
    public static RunMonitor runMonitor(IProgressMonitor monitor) {
        int[] done = {0};
        return new RunMonitor() {
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
    }

    /**
     * Also hands the fraction done, in [0, 1], to the UI thread (a view's own progress bar beside its figure),
     * once per tick of {@link #TICKS}; set before {@link #schedule()}. Returns this.
     */
    public LongJob<R> onProgress(DoubleConsumer onUiThread) {
        this.uiProgress = onUiThread;
        return this;
    }

    private RunMonitor withUiProgress(RunMonitor base) {
        DoubleConsumer ui = uiProgress;
        if (ui == null) {
            return base;
        }
        int[] shown = {-1};
        return new RunMonitor() {
            @Override
            public boolean isCanceled() {
                return base.isCanceled();
            }

            @Override
            public void worked(double fraction) {
                base.worked(fraction);
                int now = (int) Math.max(0, Math.min(TICKS, Math.round(fraction * TICKS)));
                synchronized (shown) {
                    if (now <= shown[0]) {
                        return;
                    }
                    shown[0] = now;
                }
                deliver(() -> ui.accept(now / (double) TICKS));
            }
        };
    }

    @Override
    public boolean belongsTo(Object f) {
        return family != null && f == family;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), TICKS);
        try {
            R r = work.run(withUiProgress(runMonitor(monitor)));
            if (monitor.isCanceled()) {
                deliver(outcome::canceled);
                return Status.CANCEL_STATUS;
            }
            deliver(() -> outcome.done(r));
            return Status.OK_STATUS;
        } catch (RunCanceledException e) {
            deliver(outcome::canceled);
            return Status.CANCEL_STATUS;
        } catch (Exception | StackOverflowError | LinkageError e) {
            String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            deliver(() -> outcome.failed(text, e));
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
}
