package org.neuropynamics.network.sim;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The simulator's threads for one run: the calling thread and {@code size - 1} workers that stay alive for the
 * run. A phase ({@link #run}) is a number of independent chunks; every thread, the caller included, claims the next
 * unclaimed chunk from one atomic cursor until none is left, and {@code run} returns when all are done. A chunk's
 * result never depends on which thread ran it, so neither does the run.
 * <p>
 * Why claiming rather than a fixed split: on a machine busier than its cores (a build next to the run, other
 * users), a worker is often not scheduled for milliseconds; with a fixed split every step would wait for it, and
 * two threads ran ten times slower than one. Here the caller takes over the chunks of a worker that is not running,
 * so a phase waits at most for a chunk that a descheduled worker already holds. Between phases the workers spin for
 * {@link #SPIN_NANOS}, then park. See docs/architecture.md, "The network simulator's threads".
 */
final class Team implements AutoCloseable {

    /** How long an idle worker (or the waiting caller) spins before it parks (yields). */
    static final long SPIN_NANOS = 100_000;

    private final int size;
    private final Worker[] workers;
    /** The phase (high 32 bits) and its next unclaimed chunk (low 32 bits). */
    private final AtomicLong cursor = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();
    /**
     * The current phase's number, chunk count and task, published before the cursor moves to it. A claim takes a
     * chunk only when the cursor's phase is this one's: reading the count apart from the cursor let a thread that
     * read the previous phase's exhausted cursor and the next phase's larger count claim a chunk of no phase, so
     * {@code done} overshot and {@link #run} waited forever (seen with three threads on two cores).
     */
    private volatile Phase current = new Phase(0, 0, null);
    private volatile boolean closed;
    private volatile Throwable failure;
    private long phase;

    Team(int size) {
        this.size = Math.max(1, size);
        workers = new Worker[this.size - 1];
        for (int p = 1; p < this.size; p++) {
            workers[p - 1] = new Worker(p);
            workers[p - 1].start();
        }
    }

    /** The number of threads, the caller included. */
    int size() {
        return size;
    }

    /** Runs {@code chunk.accept(c)} for every c in [0, chunks) on the team; returns when all are done. */
    void run(int chunks, IntConsumer chunk) {
        if (workers.length == 0 || chunks == 1) {
            for (int c = 0; c < chunks; c++) {
                chunk.accept(c);
            }
            return;
        }
        done.set(0);
        phase++;
        current = new Phase(phase, chunks, chunk);
        cursor.set(phase << 32);
        for (Worker w : workers) {
            if (w.parked) {
                LockSupport.unpark(w);
            }
        }
        claim();
        if (done.get() != chunks) {
            long start = System.nanoTime();
            int spins = 0;
            while (done.get() != chunks) {
                if ((++spins & 63) != 0 || System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
        }
        Throwable t = failure;
        if (t != null) {
            failure = null;
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(t);
        }
    }

    /** Runs unclaimed chunks of the current phase until none is left; returns whether it ran any. */
    private boolean claim() {
        boolean any = false;
        while (true) {
            long v = cursor.get();
            Phase ph = current;
            int c = (int) v;
            if (v >>> 32 != ph.id() || c >= ph.count()) {
                return any; // between two phases, or nothing left in this one
            }
            if (!cursor.compareAndSet(v, v + 1)) {
                continue;
            }
            any = true;
            try {
                ph.task().accept(c);
            } catch (Throwable e) {
                failure = e;
            }
            done.incrementAndGet();
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Worker w : workers) {
            LockSupport.unpark(w);
        }
        for (Worker w : workers) {
            try {
                w.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One phase: its number, its number of chunks and what to run for each. */
    private record Phase(long id, int count, IntConsumer task) {
    }

    private final class Worker extends Thread {
        volatile boolean parked;

        Worker(int part) {
            super("neuropynamics-network-" + part);
            setDaemon(true);
        }

        @Override
        public void run() {
            long idleSince = System.nanoTime();
            int spins = 0;
            while (!closed) {
                if (claim()) {
                    idleSince = System.nanoTime();
                    continue;
                }
                if ((++spins & 63) != 0 || System.nanoTime() - idleSince < SPIN_NANOS) {
                    Thread.onSpinWait();
                    continue;
                }
                long seen = cursor.get();
                parked = true;
                if (cursor.get() == seen && !closed) {
                    // bounded, so that a missed unpark costs a millisecond, never a hang
                    LockSupport.parkNanos(this, 1_000_000);
                }
                parked = false;
                idleSince = System.nanoTime();
            }
        }
    }
}
