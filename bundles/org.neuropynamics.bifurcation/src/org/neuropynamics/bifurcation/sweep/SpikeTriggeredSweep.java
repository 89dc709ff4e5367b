package org.neuropynamics.bifurcation.sweep;

import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;

/**
 * Runs a {@link SweepRequest}: one independent simulation per parameter value on a pool of worker threads.
 * Each run integrates the transient without recording, then the recorded interval with every step sampled;
 * the observed variable at a spike time {@code t_s} is taken from the last sample {@code t_k < t_s} (before
 * any reset) advanced by one Euler step, {@code y_k + (t_s - t_k) f(y_k)}, accurate to O(dt^2). Progress and
 * cancellation go through the caller's {@link RunMonitor}, which is only called from the calling thread.
 */
public final class SpikeTriggeredSweep {

    private SpikeTriggeredSweep() {
    }

    /**
     * @throws RunCanceledException when the monitor cancels
     * @throws org.neuropynamics.core.integrate.DivergenceException when a run diverges
     */
    public static SweepResult run(SweepRequest r, RunMonitor monitor) {
        int n = r.values();
        double[] ps = new double[n];
        double[][] values = new double[n][];
        int threads = r.threads() > 0 ? r.threads() : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), runnable -> {
            Thread t = new Thread(runnable, "spike-sweep");
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean canceled = new AtomicBoolean();
        RunMonitor cancelOnly = new RunMonitor() {
            @Override
            public boolean isCanceled() {
                return canceled.get();
            }

            @Override
            public void worked(double fractionDone) {
                // progress is reported per finished value by the calling thread
            }
        };
        try {
            CompletionService<Integer> done = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < n; i++) {
                int index = i;
                ps[i] = r.value(i);
                done.submit(() -> {
                    values[index] = one(r, ps[index], cancelOnly);
                    return index;
                });
            }
            for (int finished = 0; finished < n; finished++) {
                Future<Integer> f;
                while ((f = done.poll(50, TimeUnit.MILLISECONDS)) == null) {
                    if (monitor.isCanceled()) {
                        canceled.set(true);
                        throw new RunCanceledException(0);
                    }
                }
                f.get();
                monitor.worked((finished + 1.0) / n);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunCanceledException(0);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            canceled.set(true);
            pool.shutdownNow();
        }
        return new SweepResult(ps, values);
    }

    /** The observed variable at each spike of one run. */
    static double[] one(SweepRequest r, double value, RunMonitor monitor) {
        Model model = r.model();
        double[] p = r.parameters().clone();
        p[model.parameterIndex(r.parameter())] = value;
        double[] y0 = model.initialState(p);
        if (r.transientMs() > 0) {
            Trace warm = Simulation.run(SimulationRequest.builder(model).parameters(p).initialState(y0)
                    .tStart(0).tEnd(r.transientMs()).dt(r.dt()).method(r.method())
                    .sampleInterval(r.transientMs()).record(0).build(), monitor);
            y0 = warm.finalState().clone();
        }
        double t0 = r.transientMs();
        Trace trace = Simulation.run(SimulationRequest.builder(model).parameters(p).initialState(y0)
                .tStart(t0).tEnd(t0 + r.recordedMs()).dt(r.dt()).method(r.method()).build(), monitor);
        return valuesAtSpikes(model, p, trace, model.variableIndex(r.observed()));
    }

    private static double[] valuesAtSpikes(Model model, double[] p, Trace trace, int var) {
        double[] spikes = trace.spikeTimes();
        double[] t = trace.times();
        double[][] v = trace.values();
        int n = model.dimension();
        double[] y = new double[n];
        double[] f = new double[n];
        double[] out = new double[spikes.length];
        int k = 0;
        for (int s = 0; s < spikes.length; s++) {
            while (k + 1 < t.length && t[k + 1] < spikes[s]) {
                k++;
            }
            for (int i = 0; i < n; i++) {
                y[i] = v[i][k];
            }
            model.field().derivatives(t[k], y, p, f);
            out[s] = y[var] + (spikes[s] - t[k]) * f[var];
        }
        return out;
    }
}
