package org.neuropynamics.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Constant;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.PoissonGroup;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.Uniform;
import org.neuropynamics.network.sim.GroupSpikes;
import org.neuropynamics.network.ui.NetworkEditor;
import org.neuropynamics.network.ui.SpikeRasterView;
import org.neuropynamics.ui.tests.CheatSheetSteps;
import org.neuropynamics.ui.tests.Screenshots;

/**
 * The networks tutorial's steps that state numbers or behaviour (issue 18: one test per claim): "Open the course
 * network" (its input, weights and delays, read from the file the step opens), "Run it" (performed with the
 * editor's Run; the raster's spikes read back) and "CUBA: 4000 neurons" (rate, irregularity, asynchrony). The step said the chattering neurons fire in bursts and the
 * regular ones singly; the raster shows both groups firing irregularly to the 300 Hz Poisson drive, the chattering
 * group about twice as often and mostly in short runs, and the step now says that. The numbers at the file's
 * seed (1), measured with this simulator (seeds 1-3 give 81/165, 78/162, 78/173 spikes; ISIs under 5 ms: regular
 * 37/40/32 %, chattering 60/61/66 %): bounds below hold for all three.
 */
class NetworkTutorialClaimsTest {

    @TempDir
    Path dir;

    private final CheatSheetSteps sheet = new CheatSheetSteps("org.neuropynamics.network.ui",
            "cheatsheets/network.xml");

    @Test
    void theCourseNetworkIsWhatTheStepSays() throws Exception {
        String step = sheet.description("Open the course network");
        assertTrue(step.contains("10 neurons at 300 Hz") && step.contains("adds 30 mV")
                && step.contains("delays of 1-11 ms"), step);
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.openExample(page, dir, "course-network.neuronet");
        try {
            Network n = editor.network();
            PoissonGroup input = (PoissonGroup) n.getInputs().get(0);
            assertEquals(10, input.getSize());
            assertEquals(300.0, input.getRate(), 0);
            int recurrent = 0;
            for (Projection p : n.getProjections()) {
                assertEquals(30.0, ((Constant) p.getWeight()).getValue(), 0, p.getName() + " adds 30 mV");
                if (p.getDelay() instanceof Uniform u) {
                    assertEquals(1.0, u.getLow(), 0);
                    assertEquals(11.0, u.getHigh(), 0);
                    recurrent++;
                }
            }
            assertEquals(2, recurrent, "both recurrent projections have delays of 1-11 ms");
        } finally {
            page.closeEditor(editor, false);
        }
    }

    @Test
    void runningItShowsTheChatteringGroupFiringTwiceAsOftenInShortRuns() throws Exception {
        String step = sheet.description("Run it");
        assertTrue(step.contains("about twice as often") && step.contains("less than 5 ms apart"), step);
        IWorkbenchPage page = EditorFixture.networksPage();
        if (page.findView(SpikeRasterView.ID) instanceof SpikeRasterView raster) {
            raster.setResult(null); // forget the run of an earlier test
        }
        NetworkEditor editor = EditorFixture.openExample(page, dir, "course-network.neuronet");
        try {
            editor.run().join(120_000, null);
            SpikeRasterView raster = EditorFixture.waitForRaster(page, editor);
            GroupSpikes regular = raster.result().spikesOf("Regular");
            GroupSpikes chattering = raster.result().spikesOf("Chattering");
            double perRegular = regular.count() / (double) regular.size();
            double perChattering = chattering.count() / (double) chattering.size();
            // "about 16 against 8 spikes per neuron in the 100 ms run"
            assertTrue(perRegular >= 6 && perRegular <= 10, "regular spikes per neuron " + perRegular);
            assertTrue(perChattering >= 13 && perChattering <= 19, "chattering spikes per neuron " + perChattering);
            // "a regular neuron lets most of its 30 or so input spikes pass" (one input neuron each, one to one)
            GroupSpikes input = raster.result().spikesOf("Input");
            double perInput = input.count() / (double) input.size();
            assertTrue(perInput >= 25 && perInput <= 35, "input spikes per neuron " + perInput);
            assertTrue(perRegular < perInput / 2, "regular " + perRegular + " of " + perInput + " inputs");
            double ratio = perChattering / perRegular;
            assertTrue(ratio >= 1.6 && ratio <= 2.5, "about twice as often: " + ratio);
            // "most of their spikes less than 5 ms apart"; the regular neurons' intervals are mostly longer
            double shortChattering = shortIntervals(chattering);
            double shortRegular = shortIntervals(regular);
            assertTrue(shortChattering > 0.5, "chattering ISIs under 5 ms: " + shortChattering);
            assertTrue(shortRegular < 0.45, "regular ISIs under 5 ms: " + shortRegular);
            page.activate(raster);
            Screenshots.save(editor.canvas().getShell(), "network-tutorial-course-raster");
        } finally {
            page.closeEditor(editor, false);
        }
    }

    /**
     * "CUBA: 4000 neurons ... about 6 Hz per neuron, asynchronous irregular firing, as in Brian2's
     * examples/CUBA.py". Measured here at the file's seed: 5.63 and 5.65 Hz (Brian2's CUBA: about 5-6 Hz, see
     * NetworkResultsUiTest and README), mean ISI CV 0.60 of neurons with 3 or more spikes (irregular: a regular
     * train has a CV near 0, a Poisson train 1), Fano factor of the population's count in 5 ms bins 5.5 and 1.6
     * (asynchronous: neurons firing together would make it of the order of the population's size).
     */
    @Test
    void cubaFiresAsynchronouslyAndIrregularlyAtAboutSixHertz() throws Exception {
        String step = sheet.description("CUBA: 4000 neurons");
        assertTrue(step.contains("about 6 Hz") && step.contains("asynchronous irregular"), step);
        IWorkbenchPage page = EditorFixture.networksPage();
        if (page.findView(SpikeRasterView.ID) instanceof SpikeRasterView raster) {
            raster.setResult(null);
        }
        NetworkEditor editor = EditorFixture.openExample(page, dir, "cuba.neuronet");
        try {
            editor.run().join(120_000, null);
            SpikeRasterView raster = EditorFixture.waitForRaster(page, editor);
            int groups = 0;
            for (GroupSpikes g : raster.result().populations()) {
                groups++;
                assertTrue(g.rateHz() > 5 && g.rateHz() < 7, g.name() + " rate " + g.rateHz() + " Hz");
                double cv = meanCv(g);
                assertTrue(cv > 0.4 && cv < 1.2, g.name() + " mean ISI CV " + cv);
                double fano = populationFano(g, 5);
                assertTrue(fano < 20, g.name() + " population count Fano factor " + fano);
            }
            assertEquals(2, groups);
        } finally {
            page.closeEditor(editor, false);
        }
    }

    private static double meanCv(GroupSpikes g) {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < g.size(); k++) {
            double[] t = g.timesOf(k);
            if (t.length < 3) {
                continue;
            }
            double m = (t[t.length - 1] - t[0]) / (t.length - 1);
            double v = 0;
            for (int i = 1; i < t.length; i++) {
                double d = t[i] - t[i - 1] - m;
                v += d * d;
            }
            sum += Math.sqrt(v / (t.length - 2)) / m;
            n++;
        }
        assertTrue(n > 100, "neurons with 3 or more spikes: " + n);
        return sum / n;
    }

    private static double populationFano(GroupSpikes g, double binMs) {
        int bins = (int) (g.durationMs() / binMs);
        double[] counts = new double[bins];
        for (double t : g.times()) {
            int b = (int) (t / binMs);
            if (b < bins) {
                counts[b]++;
            }
        }
        double mean = java.util.Arrays.stream(counts).average().orElse(0);
        double var = java.util.Arrays.stream(counts).map(c -> (c - mean) * (c - mean)).sum() / (bins - 1);
        return var / mean;
    }

    /** The fraction of a group's inter-spike intervals (per neuron) shorter than 5 ms. */
    private static double shortIntervals(GroupSpikes g) {
        int all = 0;
        int below = 0;
        for (int k = 0; k < g.size(); k++) {
            double[] t = g.timesOf(k);
            for (int i = 1; i < t.length; i++) {
                all++;
                below += t[i] - t[i - 1] < 5 ? 1 : 0;
            }
        }
        assertTrue(all > 30, "intervals: " + all);
        return below / (double) all;
    }
}
