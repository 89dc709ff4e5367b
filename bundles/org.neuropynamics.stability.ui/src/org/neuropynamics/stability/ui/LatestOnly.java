package org.neuropynamics.stability.ui;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Runs computations in a background job and delivers only the newest one's result on the UI thread: a request
 * made while another runs replaces any pending one, and results of superseded requests are dropped.
 *
 * @param <R> the result type
 */
final class LatestOnly<R> {

    private final Display display;
    private final AtomicReference<Supplier<R>> pending = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();
    private final Job job;
    private volatile Consumer<R> onResult;
    private volatile Consumer<String> onError;

    LatestOnly(Display display, String name, Consumer<R> onResult, Consumer<String> onError) {
        this.display = display;
        this.onResult = onResult;
        this.onError = onError;
        this.job = Job.create(name, monitor -> {
            long mine = generation.get();
            Supplier<R> work = pending.getAndSet(null);
            if (work == null) {
                return Status.OK_STATUS;
            }
            try {
                R r = work.get();
                deliver(mine, () -> this.onResult.accept(r));
            } catch (RuntimeException e) {
                deliver(mine, () -> this.onError.accept(e.getMessage() == null ? e.toString() : e.getMessage()));
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
    }

    /** Requests a computation. */
    void submit(Supplier<R> work) {
        generation.incrementAndGet();
        pending.set(work);
        job.schedule();
    }

    /** Stops delivering results. */
    void dispose() {
        generation.set(Long.MIN_VALUE);
        job.cancel();
    }

    private void deliver(long mine, Runnable action) {
        if (generation.get() != mine || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (generation.get() == mine) {
                action.run();
            }
        });
    }
}
