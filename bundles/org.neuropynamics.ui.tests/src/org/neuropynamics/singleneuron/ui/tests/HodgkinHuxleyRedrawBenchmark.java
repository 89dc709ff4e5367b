package org.neuropynamics.singleneuron.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Scale;
import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.singleneuron.NeuronExperiment;
import org.neuropynamics.singleneuron.SingleNeuronFigure;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.ui.widgets.ParameterValues;

/**
 * Benchmark (not a timed test): drives the view's update path for Hodgkin-Huxley as a slider drag does - move the
 * I slider, re-simulate in the background (course protocol, 120 ms, the preference integrator RK4 at dt 0.01 ms),
 * paint the figure of both panels with the figure layer (FigureCanvas, GcCanvas) and flush the paint - and
 * reports redraws per second in target/benchmarks/single-neuron-redraw.txt, the paints counted by a paint listener
 * on the figure widget. The issue asks for at least 20 per second. It also reports the paint alone (a redraw of
 * the unchanged figure), to separate drawing from simulating.
 */
class HodgkinHuxleyRedrawBenchmark {

    private static final int WARMUP = 10;
    private static final int ROUNDS = 60;

    @Test
    void redrawsPerSecondWhileDraggingI() throws Exception {
        Ui ui = Ui.openView();
        ui.selectModel("hodgkin-huxley");
        ui.waitShown();
        Display display = Display.getCurrent();
        FigureCanvas canvas = ui.traces();
        int[] paints = { 0 };
        canvas.addListener(SWT.Paint, e -> paints[0]++);
        Scale slider = ui.slider("I");
        Parameter current = ui.model().parameters().stream().filter(p -> p.name().equals("I")).findFirst()
                .orElseThrow();
        for (int k = 0; k < WARMUP; k++) {
            step(ui, slider, current, display, k);
        }
        int before = paints[0];
        long start = System.nanoTime();
        for (int k = 0; k < ROUNDS; k++) {
            step(ui, slider, current, display, k);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int painted = paints[0] - before;
        assertTrue(painted >= ROUNDS, "every value drawn: " + painted + " paints");
        double rate = ROUNDS / seconds;
        // the paint alone: the same figure redrawn
        int paintRounds = 100;
        long p0 = System.nanoTime();
        for (int k = 0; k < paintRounds; k++) {
            canvas.redraw();
            display.update();
        }
        double paintMs = (System.nanoTime() - p0) / 1e6 / paintRounds;
        NeuronExperiment e = ui.described();
        String report = String.format(Locale.ROOT, "single-neuron view, hodgkin-huxley (%s, dt %s ms, %s ms), figure "
                + "%dx%d: %.1f redraws/s (%.1f ms per set-simulate-draw), %d rounds, %d paints; paint alone %.1f ms%n",
                e.method(), e.dt(), e.duration(), canvas.getSize().x, canvas.getSize().y, rate, 1000 / rate, ROUNDS,
                painted, paintMs);
        System.out.print(report);
        Path dir = Path.of(System.getProperty("benchmark.dir", "target/benchmarks"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("single-neuron-redraw.txt"), report);
    }

    /** Moves the slider to I = 5 + (k mod 40), waits for that run's figure and flushes its paint. */
    private static void step(Ui ui, Scale slider, Parameter current, Display display, int k) {
        double value = 5 + (k % 40);
        slider.setSelection(ParameterValues.positionOf(current, value));
        slider.notifyListeners(SWT.Selection, new Event());
        FigureCanvas canvas = ui.traces();
        Ui.waitFor(() -> shows(canvas.shownFigure(), value), 20_000, "the run at I = " + value);
        display.update();
    }

    private static boolean shows(Figure f, double value) {
        return f != null && f.panels().get(0).series().stream()
                .filter(s -> s.id().equals(SingleNeuronFigure.CURRENT))
                .anyMatch(s -> java.util.Arrays.stream(s.y()).max().orElse(0) == value);
    }
}
