package org.neuropynamics.stability.draw;

import org.neuropynamics.core.analysis.Classification;

/** Colours of the figures, chosen to print well and to stay apart for colour-blind readers. */
public final class Palette {

    /** The x-nullcline (course: blue). */
    public static final int[] X_NULLCLINE = {0, 90, 200};
    /** The y-nullcline (course: red). */
    public static final int[] Y_NULLCLINE = {205, 40, 40};
    /** Trajectories. */
    public static final int[] TRAJECTORY = {20, 20, 20};
    /** The selected trajectory. */
    public static final int[] SELECTED = {0, 150, 80};
    /** Vector field arrows. */
    public static final int[] FIELD = {165, 165, 165};
    /** Limit cycles. */
    public static final int[] CYCLE = {160, 0, 160};
    /** Separatrices. */
    public static final int[] SEPARATRIX = {225, 130, 0};

    private Palette() {
    }

    /** The colour of an equilibrium type. */
    public static int[] of(Classification c) {
        return switch (c) {
            case STABLE_NODE, STABLE -> new int[] {0, 120, 50};
            case STABLE_FOCUS -> new int[] {0, 160, 200};
            case UNSTABLE_NODE, UNSTABLE -> new int[] {215, 30, 30};
            case UNSTABLE_FOCUS -> new int[] {240, 140, 0};
            case SADDLE -> new int[] {120, 40, 170};
            case CENTER -> new int[] {90, 90, 90};
            case DEGENERATE, SEMI_STABLE -> new int[] {170, 150, 0};
        };
    }

    /** True when the type is drawn filled (attracting), false for an open circle (repelling or neutral). */
    public static boolean filled(Classification c) {
        return switch (c) {
            case STABLE_NODE, STABLE_FOCUS, STABLE, SADDLE -> true;
            default -> false;
        };
    }
}
