package org.neuropynamics.network.sim;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The simulator's threads for one run: the calling thread and {@code size - 1} workers that stay alive for the
 * run. A phase ({@link #run}) is a number of independent chunks; every thread, the caller included, claims the next
 * unclaimed chunk until none is left, and {@code run} returns when all are done. A chunk's result never depends on
 * which thread ran it, so neither does the run.
 * <p>
 * Why claiming rather than a fixed split: on a machine busier than its cores (a build next to the run, other
 * users), a worker is often not scheduled for milliseconds; with a fixed split every step would wait for it, and
 * two threads ran ten times slower than one. Here the caller takes over the chunks of a worker that is not running,
 * so a phase waits at most for a chunk that a descheduled worker already holds. Between phases the workers spin for
 * {@link #SPIN_NANOS}, then park.
 * <p>
 * Every phase is its own {@link Phase} object holding its claim cursor, its count of finished chunks and its first
 * failure; nothing is reset between phases. A thread that still holds a chunk of an old phase, or reads an old
 * phase late, can only touch that old phase's counters, never the current one's (issue 16: with one cursor and one
 * {@code done} counter shared by all phases, a chunk claimed from a stale cursor was counted in a later phase, whose
 * count then overshot, and the run waited forever). See docs/architecture.md, "The network simulator's threads and
 * memory".
 */
final class Team implements AutoCloseable {

    /** How long an idle worker (or the waiting caller) spins before it parks (yields). */
    static final long SPIN_NANOS = 100_000;

    private final int size;
    private final Worker[] workers;
    /** The phase being run, or the last one run. */
    private volatile Phase current = new Phase(0, null);
    private volatile boolean closed;

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

    /**
     * Runs {@code chunk.accept(c)} for every c in [0, chunks) on the team; returns when all are done. If chunks
     * failed, rethrows the first failure after all are done. Called by one thread (the run's) at a time.
     */
    void run(int chunks, IntConsumer chunk) {
        if (workers.length == 0 || chunks <= 1) {
            for (int c = 0; c < chunks; c++) {
                chunk.accept(c);
            }
            return;
        }
        Phase ph = new Phase(chunks, chunk);
        current = ph; // publishes the phase (its final fields and whatever the caller wrote before)
        for (Worker w : workers) {
            if (w.parked) {
                LockSupport.unpark(w);
            }
        }
        ph.work();
        if (!ph.finished()) {
            long start = System.nanoTime();
            int spins = 0;
            while (!ph.finished()) {
                if ((++spins & 63) != 0 || System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
        }
        Throwable t = ph.failure;
        if (t != null) {
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(t);
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

    /**
     * One phase: its chunk count and task, the next unclaimed chunk, how many chunks finished and the first
     * failure. The claim cursor only grows (by at most one past the count per thread and phase), so a chunk
     * index is handed out once; a chunk is counted as finished only after its task returned or threw, and the
     * phase is finished when all {@code count} are.
     */
    static final class Phase {
        private static final VarHandle NEXT;
        private static final VarHandle FINISHED;
        private static final VarHandle FAILURE;

        static {
            try {
                MethodHandles.Lookup l = MethodHandles.lookup();
                NEXT = l.findVarHandle(Phase.class, "next", int.class);
                FINISHED = l.findVarHandle(Phase.class, "finishedChunks", int.class);
                FAILURE = l.findVarHandle(Phase.class, "failure", Throwable.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        final int count;
        final IntConsumer task;
        private volatile int next;
        private volatile int finishedChunks;
        volatile Throwable failure;

        Phase(int count, IntConsumer task) {
            this.count = count;
            this.task = task;
        }

        /** Runs unclaimed chunks until none is left; returns whether it ran any. */
        boolean work() {
            boolean any = false;
            while (next < count) {
                int c = (int) NEXT.getAndAdd(this, 1);
                if (c >= count) {
                    break;
                }
                any = true;
                try {
                    task.accept(c);
                } catch (Throwable e) {
                    FAILURE.compareAndSet(this, null, e);
                }
                FINISHED.getAndAdd(this, 1);
            }
            return any;
        }

        /** Whether every chunk has finished (their writes are then visible to the reader). */
        boolean finished() {
            return finishedChunks == count;
        }
    }

    private final class Worker extends Thread {
        volatile boolean parked;

        Worker(int part) {
            super("neuropynamics-network-" + part);
            setDaemon(true);
        }

        @Override
        public void run() {
            Phase seen = null;
            long idleSince = System.nanoTime();
            int spins = 0;
            while (!closed) {
                Phase ph = current;
                if (ph != seen) {
                    // each phase is worked on once: its cursor is not bumped again once this thread found it empty
                    seen = ph;
                    ph.work();
                    idleSince = System.nanoTime();
                    continue;
                }
                if ((++spins & 63) != 0 || System.nanoTime() - idleSince < SPIN_NANOS) {
                    Thread.onSpinWait();
                    continue;
                }
                parked = true;
                // the caller publishes the phase, then reads parked; this thread writes parked, then reads the
                // phase: one of the two sees the other's write (both volatile), so a new phase is never missed
                if (current == seen && !closed) {
                    // bounded all the same: a missed unpark costs a millisecond, never a hang
                    LockSupport.parkNanos(this, 1_000_000);
                }
                parked = false;
                idleSince = System.nanoTime();
            }
        }
    }
}
