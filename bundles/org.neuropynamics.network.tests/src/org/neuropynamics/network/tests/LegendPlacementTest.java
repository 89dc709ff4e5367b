package org.neuropynamics.network.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neuropynamics.plot.Chart;
import org.neuropynamics.plot.render.ChartPainter;
import org.neuropynamics.plot.render.PlotFrame;
import org.neuropynamics.plot.render.SvgCanvas;

/**
 * A legend never covers data: a dense spike raster (no free corner) gets its legend right of the plot, a sparse
 * chart keeps it in a free corner inside. Read from the SVG: the legend's labels' x against the plot area.
 */
class LegendPlacementTest {

    /** A raster of three groups of ten neurons firing all over 100 ms (as the course network does). */
    private static Chart denseRaster() {
        List<Chart.Layer> layers = new ArrayList<>();
        String[] names = { "Regular (10)", "Chattering (10)", "Input (10)" };
        int[] colours = { 0x1f77b4, 0xd62728, 0x2ca02c };
        for (int g = 0; g < 3; g++) {
            List<double[]> points = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                for (double t = (n * 7 + g * 3) % 5; t < 100; t += 2.5) {
                    points.add(new double[] { t, g * 10 + n });
                }
            }
            layers.add(new Chart.Layer(Chart.Style.TICKS, colours[g], 4, points.stream().mapToDouble(p -> p[0]).toArray(),
                    points.stream().mapToDouble(p -> p[1]).toArray(), names[g]));
        }
        return new Chart("", "t (ms)", "neuron", new double[] { 0, 100 }, new double[] { 0, 30 }, layers, List.of());
    }

    private static double labelX(String svg, String label) {
        Matcher m = Pattern.compile("<text x=\"([-0-9.]+)\"[^>]*>" + Pattern.quote(label) + "</text>").matcher(svg);
        assertTrue(m.find(), "label " + label + " in the SVG");
        return Double.parseDouble(m.group(1));
    }

    @Test
    void aDenseRasterGetsItsLegendRightOfThePlot() {
        SvgCanvas svg = new SvgCanvas(700, 150);
        PlotFrame f = ChartPainter.paint(svg, 700, 150, denseRaster());
        double right = f.area()[0] + f.area()[2];
        String doc = svg.document();
        for (String label : new String[] { "Regular (10)", "Chattering (10)", "Input (10)" }) {
            double x = labelX(doc, label);
            assertTrue(x > right && x < 700, label + " at x = " + x + ", the plot ends at " + right);
        }
    }

    @Test
    void aSparseChartKeepsItsLegendInAFreeCornerInside() {
        Chart line = new Chart("", "t", "v", new double[] { 0, 10 }, new double[] { 0, 10 },
                List.of(new Chart.Layer(Chart.Style.LINE, 0x1f77b4, 1.5, new double[] { 0, 4 }, new double[] { 0, 4 },
                        "rising")),
                List.of());
        SvgCanvas svg = new SvgCanvas(700, 400);
        PlotFrame f = ChartPainter.paint(svg, 700, 400, line);
        double x = labelX(svg.document(), "rising");
        assertTrue(x > f.area()[0] && x < f.area()[0] + f.area()[2], "inside the plot: " + x);
    }
}
