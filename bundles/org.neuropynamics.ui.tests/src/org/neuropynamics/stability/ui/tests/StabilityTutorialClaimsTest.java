package org.neuropynamics.stability.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuropynamics.core.analysis.Classification;
import org.neuropynamics.core.analysis.Eigenvalue;
import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.stability.phaseplane.LimitCycle;
import org.neuropynamics.stability.ui.PhaseLineView;
import org.neuropynamics.stability.ui.PhasePlaneView;
import org.neuropynamics.ui.tests.CheatSheetSteps;
import org.neuropynamics.ui.tests.Screenshots;
import org.neuropynamics.ui.tests.Waits;

/**
 * Every step of the stability tutorial that states a number or a behaviour: the test runs the step's cheat-sheet
 * command, reads what the view shows, checks it against a reference computed elsewhere, and checks that the
 * step's text states that number. References: docs/reference-values.md (persistent
 * sodium equilibria -52.5123, -40.2855, 30.8632 mV; its saddle-node 15.7758880035 by mpmath; FitzHugh-Nagumo
 * equilibria and eigenvalues by SciPy; the FHN limit cycle's period 39.474414980241 by SciPy), a bisection of
 * F(V) written here, and closed forms (the FHN Hopf point from v^2 = 1 - b/tau; the Duffing Jacobians).
 */
class StabilityTutorialClaimsTest {

    private static final CheatSheetSteps SHEET = new CheatSheetSteps("org.neuropynamics.stability.ui",
            "cheatsheets/stability.xml");

    private IWorkbenchWindow window;
    private Shell shell;
    private IWorkbenchPage page;

    @AfterAll
    static void backToWelcome() throws Exception {
        org.neuropynamics.ui.tests.Perspectives.backToWelcome();
    }

    @BeforeEach
    void window() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        shell = window.getShell();
        shell.setSize(1280, 720);
        page = window.getActivePage();
    }

    /** dV/dt of the persistent-sodium model (C 10, gL 19, EL -67, gNa 74, ENa 60, Vhalf 1.5, k 16) times C. */
    private static double inap(double v, double current) {
        double minf = 1 / (1 + Math.exp((1.5 - v) / 16));
        return current - 19 * (v + 67) - 74 * minf * (v - 60);
    }

    /** The zeros of F on [-100, 100] by a grid and bisection (independent of the core's equilibrium finder). */
    private static List<Double> inapZeros(double current) {
        java.util.ArrayList<Double> zeros = new java.util.ArrayList<>();
        double step = 0.01;
        for (double a = -100; a < 100; a += step) {
            double b = a + step;
            if (Math.signum(inap(a, current)) != Math.signum(inap(b, current))) {
                double lo = a;
                double hi = b;
                for (int i = 0; i < 60; i++) {
                    double mid = (lo + hi) / 2;
                    if (Math.signum(inap(mid, current)) == Math.signum(inap(lo, current))) {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                zeros.add((lo + hi) / 2);
            }
        }
        return zeros;
    }

    private static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    @Test
    void persistentSodiumStepShowsThreeEquilibriaOfTheStatedStability() throws Exception {
        SHEET.run(window, "system=inap,set=I%=0");
        PhaseLineView view = (PhaseLineView) page.findView(PhaseLineView.ID);
        assertNotNull(view, "the step opens the 1-D stability view");
        Waits.until(shell.getDisplay(), () -> view.picture() != null
                && view.picture().line().equilibria().size() == 3, "three equilibria at I = 0");
        List<Equilibrium> eq = view.picture().line().equilibria().stream()
                .sorted(Comparator.comparingDouble(e -> e.state()[0])).toList();
        List<Double> reference = inapZeros(0);
        assertEquals(3, reference.size());
        String text = SHEET.description("Persistent sodium in one dimension");
        String[] names = { "rest", "threshold", "excited state" };
        boolean[] stable = { true, false, true };
        for (int i = 0; i < 3; i++) {
            double v = eq.get(i).state()[0];
            assertEquals(reference.get(i), v, 1e-4, names[i]);
            assertEquals(stable[i], eq.get(i).stable(), names[i] + " stability");
            // the sign of F' decides: stable where F falls through zero
            double slope = (inap(v + 1e-4, 0) - inap(v - 1e-4, 0)) / 2e-4;
            assertEquals(stable[i], slope < 0, names[i] + ": F falls through zero");
            assertTrue(text.contains(names[i] + " near " + f1(v) + " mV"), "the step says " + f1(v) + ": " + text);
        }
        assertEquals(-52.5123, eq.get(0).state()[0], 1e-4, "reference README");
        assertEquals(-40.2855, eq.get(1).state()[0], 1e-4, "reference README");
        assertEquals(30.8632, eq.get(2).state()[0], 1e-4, "reference README");
        Screenshots.save(shell, "claims-inap-0");
    }

    @Test
    void saddleNodeStepLeavesOnlyTheExcitedStateAboveTheStatedValue() throws Exception {
        SHEET.run(window, "system=inap,set=I%=16");
        PhaseLineView view = (PhaseLineView) page.findView(PhaseLineView.ID);
        Waits.until(shell.getDisplay(), () -> view.picture() != null && !view.picture().folds().isEmpty()
                && view.picture().line().equilibria().size() == 1, "one equilibrium at I = 16");
        double fold = view.picture().folds().get(0).value();
        assertEquals(15.7758880035, fold, 1e-6, "mpmath reference (README)");
        String text = SHEET.description("Raise I to the saddle-node");
        assertTrue(text.contains("I = " + String.format(Locale.ROOT, "%.2f", fold)), text);
        double only = view.picture().line().equilibria().get(0).state()[0];
        List<Double> reference = inapZeros(16);
        assertEquals(1, reference.size(), "one zero of F above the fold");
        assertEquals(reference.get(0), only, 1e-4);
        assertTrue(only > 0 && view.picture().line().equilibria().get(0).stable(), "the stable excited state");
        assertEquals(3, inapZeros(15.7).size(), "three zeros just below the fold");
    }

    private PhasePlaneView plane() {
        PhasePlaneView view = (PhasePlaneView) page.findView(PhasePlaneView.ID);
        assertNotNull(view, "the step opens the phase plane");
        return view;
    }

    private Equilibrium onlyEquilibriumAt(PhasePlaneView view, double v, String what) {
        Waits.until(shell.getDisplay(), () -> view.lastSnapshot() != null
                && view.lastSnapshot().result().equilibria().size() == 1
                && Math.abs(view.lastSnapshot().result().equilibria().get(0).state()[0] - v) < 1e-3, what);
        return view.lastSnapshot().result().equilibria().get(0);
    }

    @Test
    void fitzHughNagumoAtRestIsTheStatedStableFocus() throws Exception {
        SHEET.run(window, "system=fitzhugh-nagumo,set=I%=0)");
        PhasePlaneView view = plane();
        Equilibrium e = onlyEquilibriumAt(view, -1.1994080, "FHN at I = 0");
        assertEquals(-1.1994080, e.state()[0], 1e-6, "SciPy reference (README)");
        assertEquals(-0.6242600, e.state()[1], 1e-6, "SciPy reference (README)");
        assertEquals(Classification.STABLE_FOCUS, e.type());
        Eigenvalue l = e.eigenvalues()[0];
        assertEquals(-0.251290, l.re(), 1e-6);
        assertEquals(0.211949, Math.abs(l.im()), 1e-6);
        String text = SHEET.description("FitzHugh-Nagumo at rest: a stable focus");
        assertTrue(text.contains("(" + f3(e.state()[0]) + ", " + f3(e.state()[1]) + ")"), text);
        assertTrue(text.contains(f3(l.re()) + " +- " + f3(Math.abs(l.im())) + "i"), text);
        assertTrue(text.contains("stable focus"), text);
        Screenshots.save(shell, "claims-fhn-0");
    }

    @Test
    void hopfStepShowsTheStatedUnstableFocusCycleAndHopfPoint() throws Exception {
        SHEET.run(window, "system=fitzhugh-nagumo,set=I%=0.5");
        PhasePlaneView view = plane();
        Equilibrium e = onlyEquilibriumAt(view, -0.8048477, "FHN at I = 0.5");
        assertEquals(-0.1310597, e.state()[1], 1e-6, "SciPy reference (README)");
        assertEquals(Classification.UNSTABLE_FOCUS, e.type());
        Eigenvalue l = e.eigenvalues()[0];
        assertEquals(0.144110, l.re(), 1e-6);
        assertEquals(0.191547, Math.abs(l.im()), 1e-6);
        Waits.until(shell.getDisplay(), () -> view.lastSnapshot() != null && !view.lastSnapshot().cycles().isEmpty(),
                "the limit cycle", 60);
        LimitCycle cycle = view.lastSnapshot().cycles().get(0);
        assertEquals(39.474414980241, cycle.period(), 1e-3, "SciPy reference (core LimitCycleTest)");
        assertTrue(cycle.stable(), "a stable limit cycle");
        // the Hopf point in closed form: trace J = 0 where v^2 = 1 - b/tau, I = w - v + v^3/3, w = (v + a)/b
        double a = 0.7;
        double b = 0.8;
        double tau = 12.5;
        double v = -Math.sqrt(1 - b / tau);
        double hopf = (v + a) / b - v + v * v * v / 3;
        assertEquals(0.3312813, hopf, 1e-6, "closed form (README)");
        String text = SHEET.description("Hopf bifurcation and a limit cycle");
        assertTrue(text.contains("unstable focus"), text);
        assertTrue(text.contains(f3(l.re()) + " +- " + f3(Math.abs(l.im())) + "i"), text);
        assertTrue(text.contains("period " + String.format(Locale.ROOT, "%.2f", cycle.period())), text);
        assertTrue(text.contains("I = " + String.format(Locale.ROOT, "%.4f", hopf)), text);
        Screenshots.save(shell, "claims-fhn-hopf");
        // the view changes the type across the Hopf point
        view.setParameter("I", hopf - 0.01);
        Waits.until(shell.getDisplay(), () -> view.lastSnapshot().result().equilibria().size() == 1
                && view.lastSnapshot().result().equilibria().get(0).type() == Classification.STABLE_FOCUS,
                "a stable focus just below the Hopf point");
        view.setParameter("I", hopf + 0.01);
        Waits.until(shell.getDisplay(), () -> view.lastSnapshot().result().equilibria().size() == 1
                && view.lastSnapshot().result().equilibria().get(0).type() == Classification.UNSTABLE_FOCUS,
                "an unstable focus just above it");
    }

    @Test
    void duffingStepShowsASaddleBetweenTwoStableFociAndItsSeparatrices() throws Exception {
        SHEET.run(window, "system=Duffing");
        PhasePlaneView view = plane();
        Waits.until(shell.getDisplay(), () -> view.lastSnapshot() != null
                && view.lastSnapshot().result().xName().equals("x")
                && view.lastSnapshot().result().equilibria().size() == 3, "the Duffing portrait");
        List<Equilibrium> eq = view.lastSnapshot().result().equilibria().stream()
                .sorted(Comparator.comparingDouble(q -> q.state()[0])).toList();
        double delta = 0.25;
        // (0, 0): J = [[0, 1], [1, -delta]], eigenvalues (-delta +- sqrt(delta^2 + 4))/2
        assertEquals(0, eq.get(1).state()[0], 1e-9);
        assertEquals(Classification.SADDLE, eq.get(1).type());
        double[] saddle = { eq.get(1).eigenvalues()[0].re(), eq.get(1).eigenvalues()[1].re() };
        java.util.Arrays.sort(saddle);
        assertEquals((-delta - Math.sqrt(delta * delta + 4)) / 2, saddle[0], 1e-9);
        assertEquals((-delta + Math.sqrt(delta * delta + 4)) / 2, saddle[1], 1e-9);
        // (+-1, 0): J = [[0, 1], [-2, -delta]], eigenvalues -delta/2 +- i sqrt(2 - delta^2/4)
        for (Equilibrium well : List.of(eq.get(0), eq.get(2))) {
            assertEquals(1, Math.abs(well.state()[0]), 1e-9);
            assertEquals(Classification.STABLE_FOCUS, well.type());
            assertEquals(-delta / 2, well.eigenvalues()[0].re(), 1e-9);
            assertEquals(Math.sqrt(2 - delta * delta / 4), Math.abs(well.eigenvalues()[0].im()), 1e-9);
        }
        assertFalse(view.lastSnapshot().result().separatrices().stream().filter(s -> !s.unstable()).toList().isEmpty(),
                "the saddle's stable manifolds are drawn");
        String text = SHEET.description("Saddles, separatrices and basins");
        assertTrue(text.contains("saddle between two stable foci"), text);
        Screenshots.save(shell, "claims-duffing");
    }
}
