package org.neuropynamics.singleneuron.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Scale;
import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.Simulation;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.plot.render.FigurePainter;
import org.neuropynamics.singleneuron.NeuronExperiment;
import org.neuropynamics.singleneuron.SingleNeuronFigure;
import org.neuropynamics.ui.figures.FigureCanvas;
import org.neuropynamics.ui.figures.GcCanvas;
import org.neuropynamics.ui.widgets.ParameterValues;

/**
 * Benchmark (not a timed test): drives the view's update path for Hodgkin-Huxley as a slider drag does - move the
 * I slider, re-simulate in the background (course protocol, 120 ms, the preference integrator RK4 at dt 0.01 ms),
 * paint the figure of both panels with the figure layer (FigureCanvas, GcCanvas) - and
 * reports redraws per second in target/benchmarks/single-neuron-redraw.txt, the paints counted by a paint listener
 * on the figure widget. The issue asks for at least 20 per second (issue 13).
 * <p>
 * The machine it runs on is shared and loaded, so absolute rates vary several fold from run to run. The benchmark
 * therefore measures an anchor in the same run, interleaved with the redraws in blocks so that both see the same
 * load: the simulation alone (the same runs, {@code Simulation.run}, on the test thread). It prints the ratio of a
 * redraw step to a simulation; the ratio, not the rate, compares runs on different machines or loads. It also
 * prints where a step goes: the paint inside the widget's paint listener, the figure built from a run, and the
 * same figure painted on an offscreen image with the screen back end.
 */
class HodgkinHuxleyRedrawBenchmark {

    private static final int WARMUP = 10;
    private static final int BLOCKS = 6;
    private static final int PER_BLOCK = 10;

    @Test
    void redrawsPerSecondWhileDraggingI() throws Exception {
        Ui ui = Ui.openView();
        ui.selectModel("hodgkin-huxley");
        ui.waitShown();
        Display display = Display.getCurrent();
        FigureCanvas canvas = ui.traces();
        // the paints, counted and timed around the widget's own paint listeners
        int[] paints = { 0 };
        Figure[] lastPainted = { null };
        long[] paintNanos = { 0 };
        Listener[] own = canvas.getListeners(SWT.Paint);
        for (Listener l : own) {
            canvas.removeListener(SWT.Paint, l);
        }
        canvas.addListener(SWT.Paint, e -> {
            long t0 = System.nanoTime();
            for (Listener l : own) {
                l.handleEvent(e);
            }
            paintNanos[0] += System.nanoTime() - t0;
            paints[0]++;
            lastPainted[0] = ui.traces().shownFigure();
        });
        Scale slider = ui.slider("I");
        Parameter current = ui.model().parameters().stream().filter(p -> p.name().equals("I")).findFirst()
                .orElseThrow();
        NeuronExperiment base = ui.described();
        int index = base.model().currentParameterIndex().orElseThrow();
        for (int k = 0; k < WARMUP; k++) {
            step(ui, slider, current, display, k);
            simulate(base, index, k);
        }
        int rounds = BLOCKS * PER_BLOCK;
        double[] stepMs = new double[rounds];
        double[] simMs = new double[rounds];
        int paintsBefore = paints[0];
        long paintNanosBefore = paintNanos[0];
        double stepSeconds = 0;
        for (int b = 0; b < BLOCKS; b++) {
            for (int j = 0; j < PER_BLOCK; j++) {
                int k = b * PER_BLOCK + j;
                long t0 = System.nanoTime();
                step(ui, slider, current, display, k);
                long t1 = System.nanoTime();
                stepMs[k] = (t1 - t0) / 1e6;
                stepSeconds += (t1 - t0) / 1e9;
            }
            for (int j = 0; j < PER_BLOCK; j++) {
                int k = b * PER_BLOCK + j;
                long t0 = System.nanoTime();
                simulate(base, index, k);
                simMs[k] = (System.nanoTime() - t0) / 1e6;
            }
        }
        // the last value's paint is still queued (it runs while the next value would simulate): wait for it, and
        // count the wait as part of the steps
        long drain = System.nanoTime();
        // GTK may merge two damages into one paint when values follow fast (57 paints for 60 values on an idle
        // machine): wait for the paint of the last value's figure, not for one paint per value
        double lastValue = 5 + ((rounds - 1) % 40);
        Ui.waitFor(() -> shows(lastPainted[0], lastValue), 20_000, "the paint of the last value");
        stepSeconds += (System.nanoTime() - drain) / 1e9;
        int painted = paints[0] - paintsBefore;
        assertTrue(painted >= rounds * 9 / 10, "nearly every value drawn: " + painted + " paints for " + rounds);
        double livePaintMs = (paintNanos[0] - paintNanosBefore) / 1e6 / painted;
        double rate = rounds / stepSeconds;
        double meanStep = 1000 / rate;
        double meanSim = Arrays.stream(simMs).average().orElseThrow();

        // the pieces of a redraw, offscreen: the figure built from a run, and painted on an image by the screen
        // back end at the widget's size
        int w = canvas.getSize().x;
        int h = canvas.getSize().y;
        Image image = new Image(display, w, h);
        double buildMs = 0;
        double offscreenMs = 0;
        int pieces = 20;
        try {
            for (int k = 0; k < pieces; k++) {
                NeuronExperiment e = at(base, index, 5 + (k % 40));
                Trace trace = Simulation.run(e.request());
                long t0 = System.nanoTime();
                Figure f = SingleNeuronFigure.figure(e, trace);
                long t1 = System.nanoTime();
                GC gc = new GC(image);
                GcCanvas c = new GcCanvas(gc);
                try {
                    FigurePainter.paint(f, c, w, h);
                } finally {
                    c.dispose();
                    gc.dispose();
                }
                long t2 = System.nanoTime();
                buildMs += (t1 - t0) / 1e6 / pieces;
                offscreenMs += (t2 - t1) / 1e6 / pieces;
            }
        } finally {
            image.dispose();
        }

        NeuronExperiment e = ui.described();
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        String report = String.format(Locale.ROOT, "single-neuron view, hodgkin-huxley (%s, dt %s ms, %s ms), figure "
                + "%dx%d: %.1f redraws/s (%.1f ms per set-simulate-draw, median %.1f), %d rounds, %d paints%n"
                + "anchor, same run, interleaved in %d blocks: simulation alone %.1f ms (median %.1f); ratio "
                + "set-simulate-draw / simulation %.2f (median %.2f)%n"
                + "pieces: live paint %.1f ms per paint, figure built %.1f ms, painted offscreen %.1f ms; "
                + "%d cores, load average %.1f%n",
                e.method(), e.dt(), e.duration(), w, h, rate, meanStep, median(stepMs), rounds, painted, BLOCKS,
                meanSim, median(simMs), meanStep / meanSim, median(stepMs) / median(simMs), livePaintMs, buildMs,
                offscreenMs, Runtime.getRuntime().availableProcessors(), load);
        System.out.print(report);
        Path dir = Path.of(System.getProperty("benchmark.dir", "target/benchmarks"));
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("single-neuron-redraw.txt"), report);
    }

    /**
     * Moves the slider to I = 5 + (k mod 40) and waits for that run's figure (as in session 5, so the rates
     * compare): the figure's paint, queued by the view, runs while the next value simulates, as in a drag.
     */
    private static void step(Ui ui, Scale slider, Parameter current, Display display, int k) {
        double value = 5 + (k % 40);
        slider.setSelection(ParameterValues.positionOf(current, value));
        slider.notifyListeners(SWT.Selection, new Event());
        FigureCanvas canvas = ui.traces();
        Ui.waitFor(() -> shows(canvas.shownFigure(), value), 20_000, "the run at I = " + value);
        display.update();
    }

    /** The anchor: the run of step k alone. */
    private static void simulate(NeuronExperiment base, int index, int k) {
        Simulation.run(at(base, index, 5 + (k % 40)).request());
    }

    private static NeuronExperiment at(NeuronExperiment base, int index, double value) {
        double[] p = base.parameters().clone();
        p[index] = value;
        return base.withParameters(p);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static boolean shows(Figure f, double value) {
        return f != null && f.panels().get(0).series().stream()
                .filter(s -> s.id().equals(SingleNeuronFigure.CURRENT))
                .anyMatch(s -> java.util.Arrays.stream(s.y()).max().orElse(0) == value);
    }
}
