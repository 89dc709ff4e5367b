package org.neuropynamics.singleneuron.ui.tests;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.neuropynamics.singleneuron.ui.SingleNeuronPerspective;
import org.neuropynamics.singleneuron.ui.SingleNeuronView;
import org.neuropynamics.ui.tests.Screenshots;

/** Helpers of the UI tests: open the perspective, wait while spinning the event loop, save screenshots. */
final class Ui {

    private Ui() {
    }

    static SingleNeuronView openView() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        window.getShell().setSize(1400, 900);
        window.getWorkbench().showPerspective(SingleNeuronPerspective.ID, window);
        SingleNeuronView view = (SingleNeuronView) window.getActivePage().showView(SingleNeuronView.ID);
        waitIdle(view);
        return view;
    }

    /** Spins until the view has drawn its newest run (at most 20 s). */
    static void waitIdle(SingleNeuronView view) {
        waitFor(view::isIdle, 20_000, "re-simulation did not finish");
        spin(Display.getCurrent(), 30);
    }

    static void waitFor(BooleanSupplier condition, long timeoutMs, String message) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError(message);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static void spin(Display display, long millis) {
        Screenshots.spin(display, millis);
    }

    /** Saves a PNG of the workbench window into target/screenshots. */
    static Path screenshot(String name) throws Exception {
        return Screenshots.save(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), name);
    }
}
