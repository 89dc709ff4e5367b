package org.neuropynamics.stability.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.stability.phaseplane.LimitCycle;
import org.neuropynamics.stability.phaseplane.PhasePortrait;
import org.neuropynamics.stability.phaseplane.PhasePortraitResult;
import org.neuropynamics.stability.PlaneCycles;

/**
 * Computes phase portraits off the UI thread. Requests coalesce: while a computation runs, newer requests
 * replace older pending ones, and a result is delivered only if no newer request was made meanwhile (stale
 * runs are dropped), so dragging a slider never queues work or shows an old picture.
 */
final class PortraitComputer {

    /**
     * One computation.
     *
     * @param portrait the portrait description
     * @param planar the planar model (for limit cycles)
     * @param p parameter values
     * @param findCycles also search limit cycles (from the equilibria and the seeds)
     */
    record Request(PhasePortrait portrait, Model planar, double[] p, boolean findCycles) {
    }

    /**
     * A delivered result.
     *
     * @param result the portrait
     * @param cycles limit cycles found (empty unless requested)
     * @param millis wall time of the whole computation
     */
    public record Snapshot(PhasePortraitResult result, List<LimitCycle> cycles, double millis) {
    }

    private final Display display;
    private final Consumer<Snapshot> onResult;
    private final Consumer<String> onError;
    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();
    private final Job job;

    PortraitComputer(Display display, Consumer<Snapshot> onResult, Consumer<String> onError) {
        this.display = display;
        this.onResult = onResult;
        this.onError = onError;
        this.job = Job.create("Computing phase portrait", this::run);
        job.setSystem(true);
    }

    /** Asks for a new computation; older pending ones are dropped. */
    void submit(Request request) {
        generation.incrementAndGet();
        pending.set(request);
        job.schedule();
    }

    /** Stops delivering results (the view is closing). */
    void dispose() {
        generation.set(Long.MIN_VALUE);
        job.cancel();
    }

    private IStatus run(IProgressMonitor monitor) {
        long mine = generation.get();
        Request r = pending.getAndSet(null);
        if (r == null) {
            return Status.OK_STATUS;
        }
        long t0 = System.nanoTime();
        try {
            PhasePortraitResult result = r.portrait().compute(r.p());
            List<LimitCycle> cycles = r.findCycles() && generation.get() == mine ? PlaneCycles.find(r.planar(), r.p(), result) : List.of();
            Snapshot s = new Snapshot(result, cycles, (System.nanoTime() - t0) / 1e6);
            deliver(mine, () -> onResult.accept(s));
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            deliver(mine, () -> onError.accept(message));
        }
        return Status.OK_STATUS;
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
