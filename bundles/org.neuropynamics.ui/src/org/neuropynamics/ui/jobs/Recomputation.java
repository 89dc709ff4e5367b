package org.neuropynamics.ui.jobs;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.neuropynamics.core.integrate.RunCanceledException;
import org.neuropynamics.core.integrate.RunMonitor;

/**
 * Re-runs a computation whenever its input changes (a slider moves) without ever blocking the UI thread: the
 * computation runs on a background thread, a newer request cancels the running one through
 * {@link RunMonitor#isCanceled()}, and only results newer than the one shown reach the UI thread (via
 * {@link Display#asyncExec}). While a slider is dragged faster than a run completes, a run is not cancelled
 * once no result was shown for {@link #STARVATION_MS} ms, so the figure keeps moving during a long drag; a
 * recomputation made {@link #newestOnly()} never shows a superseded result (for computations that cannot be
 * cancelled midway, or whose intermediate pictures would mislead). The workbench's one latest-only helper
 * (docs/architecture.md, "The UI kit").
 *
 * @param <I> input (an immutable description of the run)
 * @param <R> result
 */
public final class Recomputation<I, R> {

    /** After this long without a new result, a running computation is allowed to finish although stale. */
    public static final long STARVATION_MS = 120;

    /** The work, run on the background thread. */
    @FunctionalInterface
    public interface Computation<I, R> {
        /** Computes; long loops poll {@code monitor.isCanceled()}. */
        R compute(I input, RunMonitor monitor) throws Exception;
    }

    /** Receives results on the UI thread. */
    public interface Handler<I, R> {
        /** The newest result. */
        void done(I input, R result);

        /** The newest request failed (not called for cancelled runs). */
        void failed(I input, Throwable error);
    }

    private record Request<I>(long generation, I input) {
    }

    private record Outcome<I, R>(long generation, I input, R result, Throwable error) {
    }

    private final Display display;
    private final Computation<I, R> computation;
    private final Handler<I, R> handler;
    private final Thread worker;
    private final Object lock = new Object();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Outcome<I, R>> undelivered = new AtomicReference<>();
    private Request<I> pending;
    private volatile long lastDeliveryNanos = System.nanoTime();
    private volatile long shownGeneration;
    private volatile long completed;
    private volatile boolean running;
    private volatile boolean disposed;
    private volatile boolean newestOnly;

    /** A scheduler with its own daemon thread named {@code name}. */
    public Recomputation(Display display, String name, Computation<I, R> computation, Handler<I, R> handler) {
        this.display = display;
        this.computation = computation;
        this.handler = handler;
        this.worker = new Thread(this::loop, name);
        worker.setDaemon(true);
        worker.start();
    }

    /**
     * Shows only the newest request's result: a superseded run is cancelled at once (no starvation rule) and its
     * result, if it still completes, is dropped. Returns this.
     */
    public Recomputation<I, R> newestOnly() {
        newestOnly = true;
        return this;
    }

    /** Asks for a run with this input; a run in progress for an older input is cancelled. Any thread. */
    public void request(I input) {
        synchronized (lock) {
            pending = new Request<>(generation.incrementAndGet(), input);
            lock.notifyAll();
        }
    }

    /** True when no request is pending, running or waiting to be shown. */
    public boolean isIdle() {
        synchronized (lock) {
            return pending == null && !running && undelivered.get() == null;
        }
    }

    /** Results (and failures) handed to the UI so far. */
    public long deliveredCount() {
        return completed;
    }

    /** Stops the thread; nothing is delivered afterwards. */
    public void dispose() {
        disposed = true;
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    private void loop() {
        while (!disposed) {
            Request<I> request;
            synchronized (lock) {
                while (pending == null && !disposed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (disposed) {
                    return;
                }
                request = pending;
                pending = null;
                running = true;
            }
            try {
                run(request);
            } finally {
                synchronized (lock) {
                    running = false;
                }
            }
        }
    }

    private void run(Request<I> request) {
        long g = request.generation();
        RunMonitor monitor = new RunMonitor() {
            @Override
            public boolean isCanceled() {
                if (disposed) {
                    return true;
                }
                boolean stale = generation.get() != g;
                long waited = (System.nanoTime() - lastDeliveryNanos) / 1_000_000;
                return stale && (newestOnly || waited < STARVATION_MS);
            }

            @Override
            public void worked(double fractionDone) {
                // live re-simulations are short; no progress display
            }
        };
        Outcome<I, R> outcome;
        try {
            outcome = new Outcome<>(g, request.input(), computation.compute(request.input(), monitor), null);
        } catch (RunCanceledException e) {
            return;
        } catch (Exception | LinkageError | StackOverflowError e) {
            outcome = new Outcome<>(g, request.input(), null, e);
        }
        if (undelivered.getAndSet(outcome) == null && !disposed) {
            display.asyncExec(this::deliver);
        }
    }

    private void deliver() {
        Outcome<I, R> o = undelivered.getAndSet(null);
        if (o == null || disposed || o.generation() <= shownGeneration
                || newestOnly && o.generation() != generation.get()) {
            return;
        }
        shownGeneration = o.generation();
        try {
            if (o.error() == null) {
                handler.done(o.input(), o.result());
            } else if (o.generation() == generation.get()) {
                handler.failed(o.input(), o.error());
            }
        } finally {
            lastDeliveryNanos = System.nanoTime();
            completed++;
        }
    }
}
