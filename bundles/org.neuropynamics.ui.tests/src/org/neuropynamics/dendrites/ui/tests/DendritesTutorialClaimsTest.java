package org.neuropynamics.dendrites.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.neuropynamics.dendrites.ui.DendritesPerspective;
import org.neuropynamics.dendrites.ui.JeffressView;
import org.neuropynamics.ui.tests.Screenshots;

/**
 * The dendrites tutorial's Jeffress steps do what they say: each performs its cheat-sheet command, then the
 * view's winner is compared with the step's text. With N = 7 and delta = 0.1 ms the left input reaches detector
 * k after k delta and the right after (N + 1 - k) delta: equal times meet at detector 4; right 0.2 ms later
 * moves the winner to (N + 1)/2 + 0.2/(2 delta) = 5.
 */
class DendritesTutorialClaimsTest {

    @org.junit.jupiter.api.AfterAll
    static void backToWelcome() throws Exception {
        org.neuropynamics.ui.tests.Perspectives.backToWelcome();
    }

    private static String step(String title) throws Exception {
        try (InputStream in = Platform.getBundle("org.neuropynamics.dendrites.ui").getEntry("cheatsheets/dendrites.xml")
                .openStream()) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("<item title=\"" + Pattern.quote(title)
                    + "\">.*?<command serialization=\"([^\"]*)\"", Pattern.DOTALL).matcher(xml);
            assertTrue(m.find(), "the step '" + title + "' has a command");
            return m.group(1);
        }
    }

    /** The Jeffress view has not shown its newest request yet. */
    private static boolean computing(IWorkbenchWindow window) {
        JeffressView view = (JeffressView) window.getActivePage().findView(JeffressView.ID);
        return view != null && view.isComputing();
    }

    private static void perform(IWorkbenchWindow window, String serialization) throws Exception {
        ParameterizedCommand command = window.getService(ICommandService.class).deserialize(serialization);
        window.getService(IHandlerService.class).executeCommand(command, null);
        Display display = window.getShell().getDisplay();
        long end = System.currentTimeMillis() + 30_000;
        do {
            Screenshots.spin(display, 100);
        } while (computing(window)
                && System.currentTimeMillis() < end);
        Screenshots.spin(display, 300);
    }

    @Test
    void equalTimesMeetInTheMiddleAndALaterRightInputMovesTheWinner() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        PlatformUI.getWorkbench().showPerspective(DendritesPerspective.ID, window);
        perform(window, step("Equal times meet in the middle"));
        JeffressView view = (JeffressView) window.getActivePage().findView(JeffressView.ID);
        assertNotNull(view);
        assertEquals(2.0, view.left(), 1e-9);
        assertEquals(2.0, view.right(), 1e-9);
        assertEquals(7, view.detectors());
        assertEquals(4, view.result().winner().getAsInt(), "equal times: detector 4 fires first");
        assertTrue(view.statusText().startsWith("Winner: detector 4"), view.statusText());

        perform(window, step("Move the sound to one side"));
        assertEquals(2.2, view.right(), 1e-9);
        assertEquals(5, view.result().winner().getAsInt(), "right 0.2 ms later: detector 5");
        Screenshots.save(window.getShell(), "jeffress-tutorial");
    }
}
