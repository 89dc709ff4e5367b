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
 * network" (its input, weights and delays, read from the file the step opens) and "Run it" (performed with the
 * editor's Run; the raster's spikes read back). The step said the chattering neurons fire in bursts and the
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
