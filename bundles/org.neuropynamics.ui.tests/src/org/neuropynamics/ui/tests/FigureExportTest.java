package org.neuropynamics.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.neuropynamics.dendrites.ui.DendritesPerspective;
import org.neuropynamics.dendrites.ui.JeffressView;
import org.neuropynamics.ui.export.FigureExportActions;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One figure layer from the screen to the files: the Jeffress view's PNG export and {@code neuropynamics render
 * jeffress} with the same inputs and size are the same picture pixel for pixel; the view's SVG puts the detector
 * labels where the layout of the data puts them; the CSV holds the data; and the screen (SWT GC back end) differs
 * from the PNG (Java2D back end) only by font and antialiasing rasterisation, within a measured bound.
 */
class FigureExportTest {

    /**
     * Fraction of pixels whose colour differs by more than 96 in some channel between the screen and the PNG.
     * Measured at 4.4 to 4.8 % for this figure at 1007 x 303 on Xvfb with DejaVu Sans: glyph rasterisation of
     * GTK/Cairo against Java2D (text is dense in a figure this small), integer font sizes on SWT, and half-pixel
     * differences of antialiased edges. The bound catches gross differences (a panel missing or drawn elsewhere),
     * not single pixels; the two PNG files themselves are compared exactly.
     */
    private static final double SCREEN_TOLERANCE = 0.06;

    @Test
    void jeffressPngFromTheViewEqualsRenderAndSvgLabelsSitAtTheirDetectors() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        IWorkbenchPage page = window.getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(DendritesPerspective.ID));
        Shell shell = window.getShell();
        shell.setSize(1400, 900);
        JeffressView view = (JeffressView) page.showView(JeffressView.ID);
        view.setInputs(2.0, 2.2, 7, 0.1, "hh-traub");
        settle(shell.getDisplay(), view);
        assertEquals(5, view.result().winner().getAsInt(), "k* = 4 + 0.2 / 0.2 = 5");
        FigureCanvas canvas = RenderComparison.find(shell, "jeffress");
        assertNotNull(canvas, "the Jeffress figure widget");
        Point size = canvas.getSize();
        Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
        Files.createDirectories(dir);
        // PNG from the view and from render at the widget's size, the SVG and the CSV (RenderComparison)
        RenderComparison c = RenderComparison.of(canvas, "jeffress", "render", "jeffress", "--left", "2.0", "--right",
                "2.2", "--n", "7", "--delta", "0.1", "--model", "hh-traub");
        assertEquals(0, c.differing(), "pixels differing between the view's PNG and render's");
        BufferedImage a = ImageIO.read(dir.resolve("jeffress-view.png").toFile());

        // SVG: the detector numbers under their nodes, spread evenly over the top-left panel
        Document xml = c.svg();
        double cell = size.x / 2.0;
        for (int k = 1; k <= 7; k++) {
            Element label = text(xml, Integer.toString(k));
            assertNotNull(label, "label of detector " + k);
            double expected = 30 + (cell - 60) * (k - 1) / 6.0;
            assertEquals(expected, Double.parseDouble(label.getAttribute("x")), 0.01, "x of detector " + k);
            assertEquals("middle", label.getAttribute("text-anchor"));
        }
        // CSV: one row per detector; the winner (5) fires first
        Path csv = dir.resolve("jeffress-view.csv");
        FigureExportActions.export(canvas, FigureExportActions.Format.CSV, csv);
        List<String> rows = Files.readAllLines(csv);
        assertEquals("detector,left_arrival_ms,right_arrival_ms,first_spike_ms,spikes", rows.get(0));
        double first = Double.POSITIVE_INFINITY;
        int earliest = 0;
        for (int k = 1; k <= 7; k++) {
            String[] f = rows.get(k).split(",", -1);
            assertEquals(k, Integer.parseInt(f[0]));
            // arrivals: left 2.0 + k delta, right 2.2 + (N + 1 - k) delta
            assertEquals(2.0 + 0.1 * k, Double.parseDouble(f[1]), 1e-9);
            assertEquals(2.2 + 0.1 * (8 - k), Double.parseDouble(f[2]), 1e-9);
            if (!f[3].isEmpty() && Double.parseDouble(f[3]) < first) {
                first = Double.parseDouble(f[3]);
                earliest = k;
            }
        }
        assertEquals(5, earliest, "the winner fires first");

        // the screen: the canvas as SWT draws it, against the PNG
        BufferedImage screen = Pictures.snapshot(canvas);
        double fraction = Pictures.differing(screen, a, 96) / (double) (a.getWidth() * a.getHeight());
        Files.writeString(dir.resolve("jeffress-screen-vs-png.txt"), String.format(Locale.ROOT,
                "%dx%d: %.4f of the pixels differ by more than 96 in some channel%n", a.getWidth(), a.getHeight(),
                fraction));
        ImageIO.write(screen, "png", dir.resolve("jeffress-screen.png").toFile());
        page.hideView(view);
        assertTrue(fraction < SCREEN_TOLERANCE, "screen and PNG differ in " + fraction + " of the pixels");
    }

    private static Element text(Document xml, String content) {
        NodeList nodes = xml.getElementsByTagName("text");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getTextContent().equals(content)) {
                found.add((Element) nodes.item(i));
            }
        }
        // the delay-line panel is painted last, after the charts' tick labels
        return found.isEmpty() ? null : found.get(found.size() - 1);
    }

    /** Until the view's newest request is computed and its result shown. */
    private static void settle(Display display, JeffressView view) {
        long end = System.currentTimeMillis() + 30_000;
        do {
            Screenshots.spin(display, 100);
        } while ((view.isComputing() || view.result() == null)
                && System.currentTimeMillis() < end);
        Screenshots.spin(display, 300);
    }
}
