package org.neuropynamics.network.ui;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.neuropynamics.network.sim.StateRecording;

/**
 * Heat map of a recorded state variable: one row per recorded neuron, time to the right, the value as a
 * colour (viridis), with a colour bar in the variable's unit (mV for membrane potentials).
 */
public final class HeatMapView extends ResultView {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.neuropynamics.network.ui.heatmap";
    private static final int LEFT = 70;
    private static final int RIGHT = 90;
    private static final int TOP = 28;
    private static final int BOTTOM = 44;

    /** The recording drawn: the first state recording of the result, or null. */
    public StateRecording recording() {
        if (result() == null || result().states().isEmpty()) {
            return null;
        }
        return result().states().get(0);
    }

    @Override
    public boolean hasData() {
        StateRecording r = recording();
        return r != null && r.times().length > 1 && r.neurons().length > 0;
    }

    @Override
    protected String emptyMessage() {
        return "Add a state monitor to a population and run the network to see its variable as a heat map.";
    }

    @Override
    protected void paint(GC gc, Rectangle a) {
        StateRecording r = recording();
        double[][] v = r.values();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] row : v) {
            for (double x : row) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        int w = Math.max(10, a.width - LEFT - RIGHT);
        int h = Math.max(10, a.height - TOP - BOTTOM);
        int rows = v.length;
        int cols = Math.min(w, r.times().length);
        ImageData data = new ImageData(cols, rows, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
        for (int n = 0; n < rows; n++) {
            for (int c = 0; c < cols; c++) {
                // the largest sample in the pixel's time slice, so spikes (resets) stay visible
                int k0 = (int) ((long) c * v[n].length / cols);
                int k1 = Math.max(k0 + 1, (int) ((long) (c + 1) * v[n].length / cols));
                double m = Double.NEGATIVE_INFINITY;
                for (int k = k0; k < k1; k++) {
                    m = Math.max(m, v[n][k]);
                }
                data.setPixel(c, n, Viridis.rgb((m - lo) / (hi - lo)));
            }
        }
        Image image = new Image(gc.getDevice(), data);
        try {
            gc.setInterpolation(org.eclipse.swt.SWT.NONE);
            gc.drawImage(image, 0, 0, cols, rows, LEFT, TOP, w, h);
        } finally {
            image.dispose();
        }
        String title = r.population() + ": " + r.variable() + " of " + rows + " neurons";
        gc.drawString(title, LEFT, 6, true);
        double rowH = (double) h / rows;
        int every = Math.max(1, (int) Math.ceil(gc.getFontMetrics().getHeight() / rowH));
        for (int n = 0; n < rows; n += every) {
            String s = "#" + r.neurons()[n];
            int y = TOP + (int) ((n + 0.5) * rowH) - gc.getFontMetrics().getHeight() / 2;
            gc.drawString(s, LEFT - 6 - gc.textExtent(s).x, y, true);
        }
        double[] t = r.times();
        PlotAxes.timeAxis(gc, LEFT, LEFT + w, TOP + h, t[0], t[t.length - 1]);
        colourBar(gc, LEFT + w + 16, TOP, h, lo, hi, unit(r.variable()));
    }

    private static void colourBar(GC gc, int x, int y, int h, double lo, double hi, String unit) {
        int bw = 16;
        for (int k = 0; k < h; k++) {
            int rgb = Viridis.rgb(1 - (double) k / Math.max(1, h - 1));
            org.eclipse.swt.graphics.Color c = new org.eclipse.swt.graphics.Color(gc.getDevice(),
                    rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
            gc.setForeground(c);
            gc.drawLine(x, y + k, x + bw, y + k);
        }
        gc.setForeground(gc.getDevice().getSystemColor(org.eclipse.swt.SWT.COLOR_BLACK));
        gc.drawRectangle(x, y, bw, h);
        double step = PlotAxes.tickStep(hi - lo, 6);
        for (double val = Math.ceil(lo / step) * step; val <= hi + 1e-9; val += step) {
            int yy = y + h - (int) Math.round((val - lo) / (hi - lo) * h);
            gc.drawLine(x + bw, yy, x + bw + 4, yy);
            gc.drawString(PlotAxes.format(val), x + bw + 6, yy - gc.getFontMetrics().getHeight() / 2, true);
        }
        gc.drawString(unit, x, y - gc.getFontMetrics().getHeight() - 2, true);
    }

    /** The unit of a variable as the catalogue's models use it: potentials in mV, anything else unitless. */
    static String unit(String variable) {
        return variable.equals("v") || variable.equals("V") ? "mV" : variable;
    }
}
