package org.neuropynamics.singleneuron.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuropynamics.core.integrate.Trace;
import org.neuropynamics.plot.Figure;
import org.neuropynamics.singleneuron.FiCurve;
import org.neuropynamics.singleneuron.NeuronExperiment;
import org.neuropynamics.singleneuron.ui.SingleNeuronView;
import org.neuropynamics.ui.tests.CheatSheetSteps;
import org.neuropynamics.ui.tests.Screenshots;
import org.neuropynamics.ui.tests.Waits;

/**
 * Every step of the single-neuron tutorial that states a number or a behaviour: the test runs the step's
 * cheat-sheet command, reads the view's trace, and checks it against a reference: closed forms for the
 * integrators (perfect: ISI = tau (Vth - Vreset) / I; leaky: ISI = tau ln((EL + I - Vreset) / (EL + I - Vth))),
 * an RK4 integration of Izhikevich's model written here (same protocol and step), the Hodgkin-Huxley Hopf point
 * 9.7754 (reference README, AUTO-07p) and its fold of limit cycles near 6.26 uA/cm2 (Rinzel and Miller 1980),
 * and checks that the step's text states what was computed.
 */
class SingleNeuronTutorialClaimsTest {

    private static final CheatSheetSteps SHEET = new CheatSheetSteps("org.neuropynamics.singleneuron.ui",
            "cheatsheets/singleneuron.xml");

    private IWorkbenchWindow window;
    private Shell shell;

    @AfterAll
    static void backToWelcome() throws Exception {
        org.neuropynamics.ui.tests.Perspectives.backToWelcome();
    }

    @BeforeEach
    void window() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        shell = window.getShell();
        shell.setSize(1280, 720);
    }

    private Ui view() {
        SingleNeuronView view = (SingleNeuronView) window.getActivePage().findView(SingleNeuronView.ID);
        assertNotNull(view, "the step opens the Single Neuron view");
        return Ui.find();
    }

    /**
     * Waits until the view's controls show {@code model} with the parameter at {@code value} and its traces show
     * that run; returns the run (computed by the core from what the controls show, drawn identically by the view).
     */
    private Trace shown(Ui view, String model, String parameter, double value) {
        Waits.until(shell.getDisplay(), () -> view.described().model().id().equals(model)
                && view.described().parameter(parameter) == value, model + " with " + parameter + " = " + value, 60);
        return view.waitShown();
    }

    /** The f-I summary's numbers: onset current, onset rate (Hz), highest rate (Hz). */
    private static double[] fiNumbers(String summary) {
        Matcher m = Pattern.compile("Repetitive firing from I = ([-0-9.e+]+) at ([-0-9.e+]+) Hz \\(max ([-0-9.e+]+) Hz\\)")
                .matcher(summary);
        assertTrue(m.find(), summary);
        return new double[] { Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3)) };
    }

    private static List<Double> intervals(double[] spikes) {
        List<Double> isi = new ArrayList<>();
        for (int i = 1; i < spikes.length; i++) {
            isi.add(spikes[i] - spikes[i - 1]);
        }
        return isi;
    }

    private static String ms(double v) {
        return String.format(Locale.ROOT, "%.0f ms", v);
    }

    @Test
    void perfectIntegratorStepHalvesTheIntervalWhenTheInputDoubles() throws Exception {
        SHEET.run(window, "model=perfect-integrator,name=I,value=10");
        Ui view = view();
        Trace at10 = shown(view, "perfect-integrator", "I", 10);
        double dt = view.described().dt();
        double isi10 = 20.0 * (-50 - -70) / 10; // tau (Vth - Vreset) / I
        for (double isi : intervals(at10.spikeTimes())) {
            assertEquals(isi10, isi, 2 * dt, "ISI at I = 10 (closed form)");
        }
        int n10 = at10.spikeCount();
        view.set("I", "20");
        Trace at20 = shown(view, "perfect-integrator", "I", 20);
        double isi20 = 20.0 * 20 / 20;
        for (double isi : intervals(at20.spikeTimes())) {
            assertEquals(isi20, isi, 2 * dt, "ISI at I = 20 (closed form)");
        }
        assertTrue(Math.abs(at20.spikeCount() - 2 * n10) <= 1, n10 + " then " + at20.spikeCount() + " spikes");
        String text = SHEET.description("The perfect integrator");
        assertTrue(text.contains(ms(isi10) + " at I = 10") && text.contains(ms(isi20) + " at I = 20"), text);
        assertTrue(text.contains(n10 + " spikes"), text);
    }

    @Test
    void leakyIntegrateAndFireStepIsSilentBelowTheStatedThresholdAndFiresAbove() throws Exception {
        SHEET.run(window, "model=lif,name=I,value=8");
        Ui view = view();
        assertEquals(0, shown(view, "lif", "I", 8).spikeCount(), "I = 8 mV: silent");
        double el = view.described().parameter("EL");
        double vth = view.described().parameter("Vth");
        double vreset = view.described().parameter("Vreset");
        double tau = view.described().parameter("tau");
        assertEquals(9, vth - el, 1e-12, "the threshold input Vth - EL");
        view.set("I", "8.9");
        assertEquals(0, shown(view, "lif", "I", 8.9).spikeCount(), "just below Vth - EL: silent");
        view.set("I", "12");
        Trace fires = shown(view, "lif", "I", 12);
        double isi = tau * Math.log((el + 12 - vreset) / (el + 12 - vth));
        assertTrue(fires.spikeCount() > 5, "I = 12 mV fires");
        for (double d : intervals(fires.spikeTimes())) {
            assertEquals(isi, d, 2 * view.described().dt(), "ISI at I = 12 (closed form)");
        }
        String text = SHEET.description("The leaky integrate-and-fire neuron");
        assertTrue(text.contains("EL = " + Math.round(el) + " mV") && text.contains("Vth - EL = 9 mV")
                && text.contains("I = 8 mV (silent)") && text.contains("12 mV"), text);
    }

    /** Izhikevich's model under the course protocol, RK4 at dt, reset at the end of the crossing step. */
    private static List<Double> izhikevichSpikes(double a, double b, double c, double d, double current, double dt,
            List<double[]> jumps) {
        List<Double> spikes = new ArrayList<>();
        double v = -65;
        double u = b * v;
        int steps = (int) Math.round(700 / dt);
        for (int k = 0; k < steps; k++) {
            double t = k * dt;
            double[] y = { v, u };
            double[] k1 = izh(y, a, b, input(t, current));
            double[] k2 = izh(add(y, k1, dt / 2), a, b, input(t + dt / 2, current));
            double[] k3 = izh(add(y, k2, dt / 2), a, b, input(t + dt / 2, current));
            double[] k4 = izh(add(y, k3, dt), a, b, input(t + dt, current));
            v += dt / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
            u += dt / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
            if (v >= 30) {
                spikes.add(t);
                v = c;
                u += d;
            }
        }
        return spikes;
    }

    private static double input(double t, double current) {
        return t >= 100 && t < 600 ? current : 0;
    }

    private static double[] izh(double[] y, double a, double b, double current) {
        return new double[] { 0.04 * y[0] * y[0] + 5 * y[0] + 140 - y[1] + current, a * (b * y[0] - y[1]) };
    }

    private static double[] add(double[] y, double[] k, double h) {
        return new double[] { y[0] + h * k[0], y[1] + h * k[1] };
    }

    @Test
    void regularSpikingStepAdaptsAndUGrowsByDAtEverySpike() throws Exception {
        SHEET.run(window, "preset=Regular spiking");
        Ui view = view();
        Trace trace = shown(view, "izhikevich", "d", 8);
        NeuronExperiment e = view.described();
        assertEquals("rk4", e.method());
        List<Double> reference = izhikevichSpikes(0.02, 0.2, -65, 8, e.parameter("I"), e.dt(), null);
        double[] spikes = trace.spikeTimes();
        assertEquals(reference.size(), spikes.length, "spike count (RK4 written here)");
        for (int i = 0; i < spikes.length; i++) {
            // 0.1 ms: the reference stamps a spike at the start of its step, the view may interpolate the crossing
            assertEquals(reference.get(i), spikes[i], 0.1, "spike " + i);
        }
        List<Double> isi = intervals(spikes);
        for (int i = 1; i < isi.size(); i++) {
            assertTrue(isi.get(i) >= isi.get(i - 1) - 0.5, "the intervals grow (adaptation): " + isi);
        }
        assertTrue(isi.get(isi.size() - 1) > 1.5 * isi.get(0), "fast first, then slower: " + isi);
        // u grows by d at every spike
        double[] t = trace.times();
        double[] u = trace.values("u");
        for (double s : spikes) {
            int k = 0;
            while (k < t.length - 1 && t[k] < s) {
                k++;
            }
            double jump = 0;
            for (int i = Math.max(0, k - 3); i < Math.min(t.length - 1, k + 3); i++) {
                jump = Math.max(jump, u[i + 1] - u[i]);
            }
            assertEquals(8, jump, 0.1, "u jumps by d at the spike at " + s);
        }
        String text = SHEET.description("Izhikevich: regular spiking");
        assertTrue(text.contains("grows by d after every spike") && text.contains("slow down"), text);
    }

    @Test
    void chatteringStepFiresBurstsSeparatedByPauses() throws Exception {
        SHEET.run(window, "preset=Chattering");
        Ui view = view();
        Trace trace = shown(view, "izhikevich", "c", -50);
        NeuronExperiment e = view.described();
        assertEquals(2, e.parameter("d"), 0);
        List<Double> reference = izhikevichSpikes(0.02, 0.2, -50, 2, e.parameter("I"), e.dt(), null);
        double[] spikes = trace.spikeTimes();
        assertEquals(reference.size(), spikes.length, "spike count (RK4 written here)");
        List<Double> isi = intervals(spikes);
        long inBurst = isi.stream().filter(d -> d < 10).count();
        long pauses = isi.stream().filter(d -> d > 25).count();
        assertTrue(pauses >= 3, "pauses between bursts: " + isi);
        assertTrue(inBurst >= 2 * pauses, "several spikes per burst: " + isi);
        assertTrue(isi.stream().noneMatch(d -> d >= 10 && d <= 25), "two clear classes of interval: " + isi);
        String text = SHEET.description("Izhikevich: chattering and bursting");
        assertTrue(text.contains("c = -50 mV") && text.contains("d = 2") && text.contains("bursts"), text);
    }

    @Test
    void hodgkinHuxleyStepFiresAboveTheHopfAndStopsRepetitiveFiringBelowTheStatedCurrent() throws Exception {
        SHEET.run(window, "model=hodgkin-huxley,name=I,value=10");
        Ui view = view();
        Trace at10 = shown(view, "hodgkin-huxley", "I", 10);
        double end = view.described().stimulus().end();
        double[] s10 = at10.spikeTimes();
        assertTrue(s10.length >= 6 && s10[s10.length - 1] > end - 20, "repetitive firing at I = 10: "
                + java.util.Arrays.toString(s10));
        String text = SHEET.description("Hodgkin-Huxley: the gating variables");
        assertTrue(text.contains("Hopf bifurcation at 9.78"), "reference README: 9.7754: " + text);
        // the text: repetitive firing stops below about 6.3 (fold of limit cycles 6.26, Rinzel and Miller 1980)
        assertTrue(text.contains("below about 6.3"), text);
        view.set("I", "6.2");
        double[] s62 = shown(view, "hodgkin-huxley", "I", 6.2).spikeTimes();
        assertTrue(s62.length <= 4 && s62[s62.length - 1] < end - 40, "a few spikes, then rest at I = 6.2: "
                + java.util.Arrays.toString(s62));
        view.set("I", "6.3");
        double[] s63 = shown(view, "hodgkin-huxley", "I", 6.3).spikeTimes();
        assertTrue(s63.length >= 5 && s63[s63.length - 1] > end - 20, "repetitive firing at I = 6.3: "
                + java.util.Arrays.toString(s63));
        Screenshots.save(shell, "claims-hh");
    }

    @Test
    void fiCurveStepShowsTypeTwoForHodgkinHuxleyAndTypeOneForTheIntegrator() throws Exception {
        SHEET.run(window, "model=hodgkin-huxley,name=I,value=10");
        Ui view = view();
        shown(view, "hodgkin-huxley", "I", 10);
        SHEET.run(window, "computeFiCurve");
        Figure hhCurve = view.waitForFiCurve("hodgkin-huxley", 240);
        assertEquals("f-I curve: " + FiCurve.Excitability.CLASS_II.label(), hhCurve.panels().get(0).title());
        double[] hh = fiNumbers(view.label("fi-summary"));
        // type II: the rate jumps at onset to the frequency of the limit cycle born at the fold (about 50 Hz)
        assertTrue(hh[1] > 40 && hh[1] < 70, "HH onset rate " + hh[1]);
        assertEquals(6.26, hh[0], 0.3, "onset near the fold of limit cycles (Rinzel and Miller)");
        String text = SHEET.description("Type I and type II excitability");
        assertTrue(text.contains("about 50 Hz"), text);

        view.selectModel("lif");
        view.waitShown();
        SHEET.run(window, "computeFiCurve");
        Figure lifCurve = view.waitForFiCurve("lif", 240);
        assertEquals("f-I curve: " + FiCurve.Excitability.CLASS_I.label(), lifCurve.panels().get(0).title());
        double[] lif = fiNumbers(view.label("fi-summary"));
        double max = java.util.Arrays.stream(lifCurve.panels().get(0).series().get(0).y()).max().getAsDouble();
        assertEquals(max, lif[2], 1e-3 * max, "the summary's maximum is the plotted curve's");
        // type I: the rate starts from (nearly) zero at Vth - EL = 9 mV
        assertEquals(9, lif[0], 0.1, "LIF onset at Vth - EL");
        assertTrue(lif[1] < 0.25 * lif[2], "LIF onset rate " + lif[1]);
        Screenshots.save(shell, "claims-fi");
    }
}
