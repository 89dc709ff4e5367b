package org.neuropynamics.plot;

/**
 * The one colour table of the workbench's figures (0xRRGGBB), chosen to print well and to stay apart for
 * colour-blind readers. Every painter and every view takes its colours from here.
 */
public final class Palette {

    /** Text, frames and axes. */
    public static final int INK = 0x000000;
    /** Membrane potential. */
    public static final int VOLTAGE = 0x1F4E9A;
    /** Input current. */
    public static final int CURRENT = 0xD9730D;
    /** Spike markers. */
    public static final int SPIKE = 0xC0392B;
    /** Threshold and cut-off lines. */
    public static final int THRESHOLD = 0x6B6B6B;

    /** The x-nullcline, the first variable of a planar system (course: blue). */
    public static final int X_NULLCLINE = 0x005AC8;
    /** The y-nullcline, the second variable (course: red). */
    public static final int Y_NULLCLINE = 0xCD2828;
    /** Trajectories. */
    public static final int TRAJECTORY = 0x141414;
    /** The selected trajectory. */
    public static final int SELECTED = 0x009650;
    /** Vector-field arrows. */
    public static final int FIELD = 0xA5A5A5;
    /** Limit cycles. */
    public static final int LIMIT_CYCLE = 0xA000A0;
    /** Separatrices. */
    public static final int SEPARATRIX = 0xE18200;
    /** Highlight ring of a picked point. */
    public static final int HIGHLIGHT = 0xE67800;

    /** Equilibria: stable node (and a stable 1-D equilibrium). */
    public static final int STABLE_NODE = 0x007832;
    /** Equilibria: stable focus. */
    public static final int STABLE_FOCUS = 0x00A0C8;
    /** Equilibria: unstable node (and an unstable 1-D equilibrium). */
    public static final int UNSTABLE_NODE = 0xD71E1E;
    /** Equilibria: unstable focus. */
    public static final int UNSTABLE_FOCUS = 0xF08C00;
    /** Equilibria: saddle. */
    public static final int SADDLE = 0x7828AA;
    /** Equilibria: centre. */
    public static final int CENTER = 0x5A5A5A;
    /** Equilibria: degenerate or semi-stable. */
    public static final int DEGENERATE = 0xAA9600;

    /** Bifurcation diagrams: equilibrium branches. */
    public static final int EQUILIBRIUM = 0x111111;
    /** Bifurcation diagrams: stable cycles. */
    public static final int STABLE_CYCLE = 0x1B8A3A;
    /** Bifurcation diagrams: unstable cycles. */
    public static final int UNSTABLE_CYCLE = 0x1F4E9A;
    /** Special points (LP, HB, ...). */
    public static final int SPECIAL = 0xC0392B;
    /** Orbit diagrams, cobwebs and sweeps: the points of an orbit. */
    public static final int ORBIT = 0x1F4E9A;

    /** Further variables in order (gating variables, recovery variable). */
    private static final int[] CYCLE = {0x2E8B57, 0x8E44AD, 0xB8860B, 0x17A2B8, 0x7F8C8D, 0xE91E63};
    /** One colour per group (population, input), the same in the network editor and in its result views. */
    private static final int[] GROUPS = {0x1F77B4, 0xD62728, 0x2CA02C, 0xFF7F0E, 0x9467BD, 0x8C564B, 0xE377C2,
        0x7F7F7F, 0xBCBD22, 0x17BECF};
    /** The viridis colour map (perceptually uniform, readable in grey). */
    private static final int[] VIRIDIS = {0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779,
        0x6DCD59, 0xB4DE2C, 0xFDE725};

    private Palette() {
    }

    /** The k-th colour of the cycle for further variables. */
    public static int variable(int k) {
        return CYCLE[Math.floorMod(k, CYCLE.length)];
    }

    /** The colour of the k-th group (population or input) of a network. */
    public static int group(int k) {
        return GROUPS[Math.floorMod(k, GROUPS.length)];
    }

    /** The viridis colour of {@code f} in [0, 1] (clamped; NaN as 0). */
    public static int viridis(double f) {
        double x = Math.max(0, Math.min(1, Double.isNaN(f) ? 0 : f)) * (VIRIDIS.length - 1);
        int i = Math.min(VIRIDIS.length - 2, (int) x);
        double u = x - i;
        int a = VIRIDIS[i];
        int b = VIRIDIS[i + 1];
        int r = (int) Math.round((a >> 16 & 0xFF) * (1 - u) + (b >> 16 & 0xFF) * u);
        int g = (int) Math.round((a >> 8 & 0xFF) * (1 - u) + (b >> 8 & 0xFF) * u);
        int bl = (int) Math.round((a & 0xFF) * (1 - u) + (b & 0xFF) * u);
        return r << 16 | g << 8 | bl;
    }
}
