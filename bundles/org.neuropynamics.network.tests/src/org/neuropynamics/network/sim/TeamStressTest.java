package org.neuropynamics.network.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/**
 * The network simulator's thread team ({@link Team}, docs/architecture.md "The network simulator's threads and
 * memory") under many short phases: every chunk of every phase runs exactly once, none runs after its phase
 * returned, and a failing chunk is rethrown after the phase without disturbing the next one. Issue 16: a team
 * whose phases shared one claim cursor and one completion counter let a thread claim a chunk from a stale cursor
 * (the first phase of a team, or any phase with more chunks than the one before); that chunk ran twice and was
 * counted in a later phase, whose count then overshot, and the run waited forever. These tests run on their own
 * thread with a bounded wait, so such a bug fails them instead of hanging the build. No speed is asserted.
 */
class TeamStressTest {

    /** Generous: the phases below take seconds on a quiet machine; a loaded one may be ten times slower. */
    private static final long LIMIT_MS = 5 * 60_000;

    /**
     * 2, 3 and 4 threads; many fresh teams (a team's first phase is where a stale cursor was read) of 250 phases
     * each, chunk counts varying from 0 to 40 (often growing from one phase to the next), chunks of random length
     * that sometimes yield their thread.
     */
    @Test
    void everyChunkOfEveryPhaseRunsExactlyOnce() throws Throwable {
        bounded(() -> {
            SplittableRandom random = new SplittableRandom(16);
            int phases = 0;
            for (int threads = 2; threads <= 4; threads++) {
                for (int team = 0; team < 30; team++) {
                    phases += stress(threads, 250, random);
                }
            }
            assertEquals(3 * 30 * 250, phases);
        });
    }

    /**
     * A chunk that throws: the phase still runs every chunk once, rethrows that exception (the first one, when
     * several chunks throw, is one of theirs), and the team's next phases run normally.
     */
    @Test
    void aFailingChunkIsRethrownAndTheTeamGoesOn() throws Throwable {
        bounded(() -> {
            try (Team team = new Team(3)) {
                for (int round = 0; round < 200; round++) {
                    int chunks = 2 + round % 17;
                    AtomicIntegerArray ran = new AtomicIntegerArray(chunks);
                    int bad = round % chunks;
                    IllegalArgumentException boom = new IllegalArgumentException("chunk " + bad);
                    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                            () -> team.run(chunks, c -> {
                                ran.incrementAndGet(c);
                                if (c == bad) {
                                    throw boom;
                                }
                            }));
                    assertSame(boom, thrown);
                    assertOnce(ran, "failing phase " + round);
                    AtomicIntegerArray next = new AtomicIntegerArray(chunks + 3);
                    team.run(chunks + 3, next::incrementAndGet);
                    assertOnce(next, "phase after failing phase " + round);
                }
            }
        });
    }

    /** Runs {@code phases} phases on a new team of {@code threads}; returns how many phases ran. */
    private static int stress(int threads, int phases, SplittableRandom random) {
        List<AtomicIntegerArray> all = new ArrayList<>();
        long[] sink = new long[64];
        try (Team team = new Team(threads)) {
            for (int p = 0; p < phases; p++) {
                // mostly few chunks, sometimes many; 0 and 1 take the team's shortcut
                int chunks = random.nextInt(8) == 0 ? random.nextInt(20, 41) : random.nextInt(0, 9);
                AtomicIntegerArray ran = new AtomicIntegerArray(chunks);
                int[] work = new int[chunks];
                for (int c = 0; c < chunks; c++) {
                    work[c] = random.nextInt(8) == 0 ? 20_000 : random.nextInt(200);
                }
                boolean[] yield = new boolean[chunks];
                for (int c = 0; c < chunks; c++) {
                    yield[c] = random.nextInt(16) == 0;
                }
                team.run(chunks, c -> {
                    ran.incrementAndGet(c);
                    long x = c;
                    for (int i = 0; i < work[c]; i++) {
                        x = x * 6364136223846793005L + 1442695040888963407L;
                    }
                    sink[c & 63] += x;
                    if (yield[c]) {
                        Thread.yield();
                    }
                });
                assertOnce(ran, threads + " threads, phase " + p);
                all.add(ran);
            }
        }
        // a chunk claimed from a stale cursor may run late: every phase's chunks still ran once after the team closed
        for (int p = 0; p < all.size(); p++) {
            assertOnce(all.get(p), threads + " threads, phase " + p + " after the team closed");
        }
        return phases;
    }

    private static void assertOnce(AtomicIntegerArray ran, String where) {
        int[] counts = new int[ran.length()];
        int[] ones = new int[ran.length()];
        for (int c = 0; c < counts.length; c++) {
            counts[c] = ran.get(c);
            ones[c] = 1;
        }
        if (!Arrays.equals(ones, counts)) {
            fail(where + ": chunks ran " + Arrays.toString(counts) + " times, expected once each");
        }
    }

    private interface Body {
        void run() throws Throwable;
    }

    /** Runs the body on a daemon thread and fails, with that thread's stack, if it does not end in time. */
    private static void bounded(Body body) throws Throwable {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                body.run();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "team-stress");
        t.setDaemon(true);
        t.start();
        t.join(LIMIT_MS);
        if (t.isAlive()) {
            StringBuilder stack = new StringBuilder();
            for (StackTraceElement e : t.getStackTrace()) {
                stack.append("\n  at ").append(e);
            }
            fail("the team did not finish within " + LIMIT_MS / 1000 + " s (a phase waits forever?)" + stack);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }
}
