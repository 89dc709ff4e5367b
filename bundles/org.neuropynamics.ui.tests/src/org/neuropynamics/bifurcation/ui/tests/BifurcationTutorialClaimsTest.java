package org.neuropynamics.bifurcation.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.neuropynamics.bifurcation.ui.BifurcationPerspective;
import org.neuropynamics.bifurcation.ui.SweepView;
import org.neuropynamics.bifurcation.sweep.SweepResult;
import org.neuropynamics.ui.tests.Screenshots;
import org.neuropynamics.ui.tests.Waits;

/**
 * The bifurcation tutorial's Izhikevich step says what the sweep shows: it performs the step (its cheat-sheet
 * command) and reads the values of u at the spikes. Reference: an independent NumPy integration of the same
 * model (RK4, dt 0.01 ms, reset at the end of the step, 1 s transient, 1 s recorded) gives one value of u
 * per d up to 0.82 (d = 0.7: ISI 6.69 ms), period doubling near 0.86, 19 distinct values at d = 0.94,
 * regular bursts of 5 spikes at d = 1.0 (ISIs 2.95, 3.43, 4.21, 5.90, 31.02 ms), of 4 at d = 1.2 and of 3 at
 * d = 1.45. With the old preset (a = 0.2) both integrations fired tonically for every d (one value each).
 */
class BifurcationTutorialClaimsTest {

    @org.junit.jupiter.api.AfterAll
    static void backToWelcome() throws Exception {
        org.neuropynamics.ui.tests.Perspectives.backToWelcome();
    }

    /** Distinct values of u (to 0.1) at the sweep value nearest {@code d}. */
    private static long distinct(SweepResult r, double d) {
        int best = 0;
        for (int i = 0; i < r.parameter().length; i++) {
            if (Math.abs(r.parameter()[i] - d) < Math.abs(r.parameter()[best] - d)) {
                best = i;
            }
        }
        return Arrays.stream(r.spikeValues()[best]).map(u -> Math.round(u * 10)).distinct().count();
    }

    private static long mostDistinct(SweepResult r, double from, double to) {
        long most = 0;
        for (int i = 0; i < r.parameter().length; i++) {
            if (r.parameter()[i] >= from && r.parameter()[i] <= to) {
                most = Math.max(most, distinct(r, r.parameter()[i]));
            }
        }
        return most;
    }

    @Test
    void izhikevichResetIncrementStepShowsBurstingWindowsBetweenIrregularFiring() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window.getShell();
        shell.setSize(1280, 720);
        PlatformUI.getWorkbench().showPerspective(BifurcationPerspective.ID, window);
        CheatSheetCommands.run(window, "example=izhikevich");
        SweepView view = (SweepView) window.getActivePage().findView(SweepView.ID);
        assertNotNull(view, "the step opens the sweep view");
        Waits.until(shell.getDisplay(), () -> view.result() != null && !view.isRunning(), "the Izhikevich d sweep",
                240);
        SweepResult r = view.result();
        assertEquals(150, r.parameter().length);
        assertEquals(0.5, r.parameter()[0], 1e-12);
        assertEquals(1.5, r.parameter()[149], 1e-12);
        // "Up to d = 0.83 the neuron fires tonically (one value of u, 190 down to 130 spikes/s)"
        for (double d : new double[] { 0.5, 0.6, 0.7, 0.8 }) {
            assertEquals(1, distinct(r, d), "tonic at d = " + d);
        }
        int first = r.spikeValues()[0].length;
        assertTrue(first >= 185 && first <= 192, "spikes in the recorded second at d = 0.5: " + first);
        // "near 0.85 the line splits in two (period doubling)"
        assertEquals(2, distinct(r, 0.86), "period doubling");
        // "from 0.90 to 0.97 it fires irregularly"
        assertTrue(mostDistinct(r, 0.90, 0.97) >= 15, "irregular band: " + mostDistinct(r, 0.90, 0.97));
        // "five values of u (bursts of five spikes) from d = 0.98, ... four values from 1.12 and ... three values
        // (bursts of three) from 1.40 to the end"
        for (double d : new double[] { 1.0, 1.04 }) {
            assertEquals(5, distinct(r, d), "bursts of five at d = " + d);
        }
        for (double d : new double[] { 1.16, 1.2, 1.3 }) {
            assertEquals(4, distinct(r, d), "bursts of four at d = " + d);
        }
        for (double d : new double[] { 1.42, 1.46, 1.5 }) {
            assertEquals(3, distinct(r, d), "bursts of three at d = " + d);
        }
        // "a narrow band of irregular firing near 1.10"
        assertTrue(mostDistinct(r, 1.08, 1.12) >= 10, "irregular near 1.10: " + mostDistinct(r, 1.08, 1.12));
        Screenshots.save(shell, "izhikevich-d-sweep");
        window.getActivePage().hideView(view); // the next sweep starts from a view without this result
    }
}
