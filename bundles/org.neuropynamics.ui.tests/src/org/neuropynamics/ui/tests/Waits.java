package org.neuropynamics.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Waiting in UI tests for background computations, with a time limit. */
public final class Waits {

    private Waits() {
    }

    /** Processes UI events until {@code condition} holds; fails after 20 s naming {@code what}. */
    public static void until(Display display, BooleanSupplier condition, String what) {
        until(display, condition, what, 20);
    }

    /** Processes UI events until {@code condition} holds; fails after {@code seconds} naming {@code what}. */
    public static void until(Display display, BooleanSupplier condition, String what, long seconds) {
        long end = System.currentTimeMillis() + seconds * 1000;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < end, "timed out waiting for " + what);
            Screenshots.spin(display, 20);
        }
    }
}
