package org.neuropynamics.dendrites.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.neuropynamics.dendrites.ui.DendriteView;
import org.neuropynamics.dendrites.ui.DendritesPerspective;
import org.neuropynamics.dendrites.ui.JeffressView;
import org.neuropynamics.ui.tests.Screenshots;

/**
 * The Dendrites perspective in the running workbench: the Jeffress view follows its inputs (the winner is
 * the analytic k*) and the dendrite view shows attenuation; screenshots of both figures go to
 * target/screenshots (jeffress.png, dendrite.png).
 */
class DendritesViewsTest {

    @Test
    void jeffressAndDendriteFiguresFollowTheirInputs() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        IWorkbenchPage page = window.getActivePage();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(DendritesPerspective.ID));
        Shell shell = window.getShell();
        shell.setSize(1400, 900);
        JeffressView jeffress = (JeffressView) page.showView(JeffressView.ID);
        // the course's N = 7 and delta 0.1 ms; right 0.4 ms later: k* = 4 + 0.4 / 0.2 = 6
        jeffress.setInputs(2.0, 2.4, 7, 0.1, "hh-traub");
        settle(shell.getDisplay(), jeffress::isComputing);
        waitUntilShown(shell.getDisplay(), jeffress);
        assertNotNull(jeffress.result());
        assertEquals(6, jeffress.result().winner().getAsInt());
        jeffress.setInputs(2.2, 2.0, 9, 0.1, "lif"); // k* = 5 - 1 = 4, as a slider drag would set it
        settle(shell.getDisplay(), jeffress::isComputing);
        waitUntilShown(shell.getDisplay(), jeffress);
        assertEquals(4, jeffress.result().winner().getAsInt());
        page.setPartState(page.getReference(jeffress), IWorkbenchPage.STATE_MAXIMIZED);
        save(shell, "jeffress");
        page.setPartState(page.getReference(jeffress), IWorkbenchPage.STATE_RESTORED);

        DendriteView dendrite = (DendriteView) page.showView(DendriteView.ID);
        dendrite.setInputs(600, 1, 0.9);
        settle(shell.getDisplay(), dendrite::isComputing);
        assertNotNull(dendrite.spread());
        double somaShare = dendrite.spread().attenuation()[0];
        assertTrue(somaShare > 0 && somaShare < 0.5, "distal EPSP attenuates at the soma: " + somaShare);
        page.setPartState(page.getReference(dendrite), IWorkbenchPage.STATE_MAXIMIZED);
        save(shell, "dendrite");
        page.setPartState(page.getReference(dendrite), IWorkbenchPage.STATE_RESTORED);
    }

    /** Until the view shows its newest request. */
    private static void waitUntilShown(Display display, JeffressView view) {
        long end = System.currentTimeMillis() + 60_000;
        while (view.isComputing() && System.currentTimeMillis() < end) {
            spin(display, 100);
        }
    }

    private static void settle(Display display, BooleanSupplier computing) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        do {
            spin(display, 100);
        } while (computing.getAsBoolean() && System.currentTimeMillis() < end);
        spin(display, 300);
    }

    private static void spin(Display display, long millis) {
        Screenshots.spin(display, millis);
    }

    private static void save(Shell shell, String name) throws Exception {
        Screenshots.save(shell, name);
    }
}
