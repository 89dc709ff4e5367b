package org.neuropynamics.network.ui;

/** The viridis colour map (perceptually uniform, readable in grey and by colour-blind readers). */
final class Viridis {

    private static final int[] STOPS = {0x440154, 0x482878, 0x3E4A89, 0x31688E, 0x26828E, 0x1F9E89, 0x35B779,
        0x6DCD59, 0xB4DE2C, 0xFDE725};

    private Viridis() {
    }

    /** The colour of {@code f} in [0, 1] (clamped) as 0xRRGGBB. */
    static int rgb(double f) {
        double x = Math.max(0, Math.min(1, Double.isNaN(f) ? 0 : f)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) x);
        double u = x - i;
        int a = STOPS[i];
        int b = STOPS[i + 1];
        int r = (int) Math.round((a >> 16 & 0xFF) * (1 - u) + (b >> 16 & 0xFF) * u);
        int g = (int) Math.round((a >> 8 & 0xFF) * (1 - u) + (b >> 8 & 0xFF) * u);
        int bl = (int) Math.round((a & 0xFF) * (1 - u) + (b & 0xFF) * u);
        return r << 16 | g << 8 | bl;
    }
}
