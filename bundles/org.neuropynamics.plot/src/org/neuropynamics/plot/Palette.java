package org.neuropynamics.plot;

/** The colours of the workbench's figures (0xRRGGBB), chosen to stay apart for colour-blind readers. */
public final class Palette {

    /** Membrane potential. */
    public static final int VOLTAGE = 0x1F4E9A;
    /** Input current. */
    public static final int CURRENT = 0xD9730D;
    /** Spike markers. */
    public static final int SPIKE = 0xC0392B;
    /** Threshold and cut-off lines. */
    public static final int THRESHOLD = 0x6B6B6B;
    /** Further variables in order (gating variables, recovery variable). */
    private static final int[] CYCLE = { 0x2E8B57, 0x8E44AD, 0xB8860B, 0x17A2B8, 0x7F8C8D, 0xE91E63 };

    private Palette() {
    }

    /** The k-th colour of the cycle for further variables. */
    public static int variable(int k) {
        return CYCLE[Math.floorMod(k, CYCLE.length)];
    }
}
