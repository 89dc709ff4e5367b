package org.neuropynamics.singleneuron;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.neuropynamics.core.integrate.CurrentProtocol;
import org.neuropynamics.core.integrate.DivergenceException;
import org.neuropynamics.core.integrate.IntegrationMethods;
import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.SimulationRequest;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Model;

/**
 * The f-I curve: the steady firing rate against a constant input current, from rest, one simulation per
 * current, computed in parallel. The rate is the inverse mean inter-spike interval late in the run. Its shape tells the class of
 * excitability (Hodgkin 1948; Izhikevich 2007, ch. 1 and 7): class (type) I neurons start firing at an
 * arbitrarily low rate (saddle-node on invariant circle), class II neurons jump to a finite rate (Hopf).
 *
 * @param model the model
 * @param currents the input currents, ascending
 * @param ratesHz the steady rate at each current in Hz
 * @param onsetCurrent the lowest current with repetitive firing, refined by bisection between grid points
 *        (NaN when nothing fires)
 * @param onsetRateHz the rate at {@code onsetCurrent} (NaN when nothing fires)
 */
public record FiCurve(Model model, double[] currents, double[] ratesHz, double onsetCurrent, double onsetRateHz) {

    /** Bisection steps that refine the onset current between two grid points. */
    public static final int ONSET_BISECTIONS = 10;

    /** A rate below this fraction of the highest rate of the curve counts as "arbitrarily low" onset. */
    public static final double CLASS_ONE_ONSET_FRACTION = 0.25;

    /** The excitability class read from the curve. */
    public enum Excitability {
        /** Firing starts at a low rate that grows continuously with the current. */
        CLASS_I("type I (continuous f-I: firing starts at a low rate)"),
        /** Firing starts abruptly at a finite rate. */
        CLASS_II("type II (discontinuous f-I: firing jumps to a finite rate)"),
        /** No repetitive firing in the range of currents. */
        SILENT("no repetitive firing in this range");

        private final String label;

        Excitability(String label) {
            this.label = label;
        }

        /** Text for the view. */
        public String label() {
            return label;
        }
    }

    /** What a computation needs besides the model. */
    public record Settings(double[] parameters, double from, double to, int points, double duration,
            double transient_, String method, double dt, int threads) {

        /** Validates the numbers. */
        public Settings {
            if (!(to > from) || points < 2 || !(duration > transient_) || transient_ < 0 || !(dt > 0)) {
                throw new IllegalArgumentException("f-I curve needs from < to, at least 2 points, "
                        + "duration > transient >= 0 and dt > 0");
            }
            IntegrationMethods.get(method);
        }

        /** The k-th current of the grid. */
        public double current(int k) {
            return from + (to - from) * k / (points - 1);
        }
    }

    /**
     * Computes the curve, one run per current on {@code settings.threads()} threads (0: all processors).
     *
     * @param monitor receives the fraction of currents done; cancelling stops all runs
     * @throws RunCanceledException when cancelled
     * @throws DivergenceException when a run diverges (the message names the variable, time and current)
     */
    public static FiCurve compute(Model model, Settings settings, RunMonitor monitor) {
        if (model.currentParameterIndex().isEmpty()) {
            throw new IllegalArgumentException("model " + model.id() + " has no input current parameter");
        }
        int n = settings.points();
        double[] currents = new double[n];
        double[] rates = new double[n];
        int threads = settings.threads() > 0 ? settings.threads() : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), r -> {
            Thread t = new Thread(r, "f-I curve");
            t.setDaemon(true);
            return t;
        });
        AtomicInteger done = new AtomicInteger();
        RunMonitor perRun = new RunMonitor() {
            @Override
            public boolean isCanceled() {
                return monitor.isCanceled();
            }

            @Override
            public void worked(double fractionDone) {
                // progress is counted per current, below
            }
        };
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                int index = k;
                currents[k] = settings.current(k);
                futures.add(pool.submit(() -> {
                    rates[index] = rate(model, settings, currents[index], perRun);
                    int finished = done.incrementAndGet();
                    synchronized (monitor) {
                        monitor.worked((double) finished / n);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
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
            pool.shutdownNow();
        }
        return withOnset(model, settings, currents, rates, monitor);
    }

    private static FiCurve withOnset(Model model, Settings s, double[] currents, double[] rates, RunMonitor monitor) {
        int k = 0;
        while (k < rates.length && rates[k] == 0) {
            k++;
        }
        if (k == rates.length) {
            return new FiCurve(model, currents, rates, Double.NaN, Double.NaN);
        }
        if (k == 0) {
            return new FiCurve(model, currents, rates, currents[0], rates[0]);
        }
        double silent = currents[k - 1];
        double firing = currents[k];
        double firingRate = rates[k];
        for (int i = 0; i < ONSET_BISECTIONS; i++) {
            double mid = 0.5 * (silent + firing);
            double r = rate(model, s, mid, monitor);
            if (r > 0) {
                firing = mid;
                firingRate = r;
            } else {
                silent = mid;
            }
        }
        return new FiCurve(model, currents, rates, firing, firingRate);
    }

    /** The steady rate in Hz at one constant current, from the model's initial state. */
    public static double rate(Model model, Settings s, double current, RunMonitor monitor) {
        double[] p = s.parameters().clone();
        p[model.currentParameterIndex().getAsInt()] = current;
        SimulationRequest request = SimulationRequest.builder(model).parameters(p).tEnd(s.duration()).dt(s.dt())
                .method(s.method()).protocol(CurrentProtocol.constant(current))
                .sampleInterval(s.duration()).record(0).build();
        Trace trace;
        try {
            trace = Simulation.run(request, monitor);
        } catch (DivergenceException e) {
            throw new DivergenceException(e.variable(), e.time(), e.value(), e.getMessage()
                    + String.format(Locale.ROOT, " (f-I curve at I = %.4g)", current));
        }
        return steadyRateHz(trace.spikeTimes(), s.transient_(), s.duration());
    }

    /**
     * The steady rate: 1000 / mean ISI (Hz) of the spikes in the second half of [transient, end]. Fewer than two
     * spikes there means the neuron does not fire repetitively (a few spikes at onset that die out count as 0).
     */
    public static double steadyRateHz(double[] spikeTimes, double transient_, double end) {
        SpikeTrain late = SpikeTrain.of(spikeTimes, 0.5 * (transient_ + end), end);
        double[] t = late.spikeTimes();
        return t.length >= 2 ? 1000.0 * (t.length - 1) / (t[t.length - 1] - t[0]) : 0;
    }

    /** The highest rate of the curve in Hz. */
    public double maxRate() {
        double max = 0;
        for (double r : ratesHz) {
            max = Math.max(max, r);
        }
        return max;
    }

    /** Index of the first current with repetitive firing, or -1. */
    public int onsetIndex() {
        for (int k = 0; k < ratesHz.length; k++) {
            if (ratesHz[k] > 0) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Class I when the rate at the (refined) onset is below {@link #CLASS_ONE_ONSET_FRACTION} of the highest rate,
     * class II when it jumps higher, silent when nothing fires.
     */
    public Excitability excitability() {
        if (Double.isNaN(onsetCurrent)) {
            return Excitability.SILENT;
        }
        return onsetRateHz < CLASS_ONE_ONSET_FRACTION * maxRate() ? Excitability.CLASS_I : Excitability.CLASS_II;
    }

    /** One line describing onset and class. */
    public String summary() {
        int k = onsetIndex();
        if (k < 0) {
            return "No repetitive firing for I in [" + fmt(currents[0]) + ", " + fmt(currents[currents.length - 1])
                    + "].";
        }
        return "Repetitive firing from I = " + fmt(onsetCurrent) + " at " + fmt(onsetRateHz) + " Hz (max "
                + fmt(maxRate()) + " Hz): " + excitability().label() + ".";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
