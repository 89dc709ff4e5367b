package org.neuropynamics.bifurcation.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.neuropynamics.bifurcation.ui.BifurcationPerspective;
import org.neuropynamics.bifurcation.ui.MapsView;
import org.neuropynamics.ui.tests.Screenshots;

/** A typed map survives the Maps view being closed and created again (as after a restart or a crash). */
class TypedMapSessionTest {

    @org.junit.jupiter.api.AfterAll
    static void backToWelcome() throws Exception {
        org.neuropynamics.ui.tests.Perspectives.backToWelcome();
    }

    @Test
    void theTypedMapComesBackWhenTheViewIsCreatedAgain() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window.getShell();
        PlatformUI.getWorkbench().showPerspective(BifurcationPerspective.ID, window);
        IWorkbenchPage page = window.getActivePage();
        MapsView view = (MapsView) page.showView(MapsView.ID);
        String mine = "# my map\nx' = r*x*(1-x)\npar r=3.3\ninit x=0.2\n";
        view.typeMap(mine);
        Screenshots.spin(shell.getDisplay(), 700);
        assertTrue(Files.readString(MapsView.typedMapSessionFile()).contains("my map"), "stored at the edit");

        page.hideView(view);
        MapsView again = (MapsView) page.showView(MapsView.ID);
        assertNotSame(view, again);
        assertTrue(again.showsTypedMap(), "the typed map is shown again");
        assertTrue(again.typedMapSource().contains("# my map"), again.typedMapSource());
        assertFalse(again.typedMapSource().contains("Henon"), "not the first example");

        again.selectMap("logistic");
        assertTrue(Files.readString(MapsView.typedMapSessionFile()).contains("shown=false"));
    }
}
