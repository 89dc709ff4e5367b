package org.neuropynamics.stability.ui;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Display;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.stability.PlaneCycles;
import org.neuropynamics.stability.phaseplane.LimitCycle;
import org.neuropynamics.stability.phaseplane.PhasePortrait;
import org.neuropynamics.stability.phaseplane.PhasePortraitResult;
import org.neuropynamics.ui.jobs.Recomputation;

/**
 * Computes phase portraits off the UI thread with the UI kit's latest-only {@link Recomputation}, newest only:
 * while a computation runs, newer requests replace older pending ones, and a result is delivered only if no
 * newer request was made meanwhile (stale runs are dropped), so dragging a slider never queues work or shows an
 * old picture.
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

    private final Recomputation<Request, Snapshot> recomputation;

    PortraitComputer(Display display, Consumer<Snapshot> onResult, Consumer<String> onError) {
        this.recomputation = new Recomputation<Request, Snapshot>(display, "Computing phase portrait",
                (r, monitor) -> {
                    long t0 = System.nanoTime();
                    PhasePortraitResult result = r.portrait().compute(r.p());
                    List<LimitCycle> cycles = r.findCycles() && !monitor.isCanceled()
                            ? PlaneCycles.find(r.planar(), r.p(), result) : List.of();
                    return new Snapshot(result, cycles, (System.nanoTime() - t0) / 1e6);
                }, new Recomputation.Handler<>() {
                    @Override
                    public void done(Request r, Snapshot s) {
                        onResult.accept(s);
                    }

                    @Override
                    public void failed(Request r, Throwable e) {
                        onError.accept(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                    }
                }).newestOnly();
    }

    /** Asks for a new computation; older pending ones are dropped. */
    void submit(Request request) {
        recomputation.request(request);
    }

    /** Stops delivering results (the view is closing). */
    void dispose() {
        recomputation.dispose();
    }
}
