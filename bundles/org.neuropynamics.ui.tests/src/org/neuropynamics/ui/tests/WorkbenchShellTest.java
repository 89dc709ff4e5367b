package org.neuropynamics.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.cheatsheets.ICheatSheetViewer;
import org.eclipse.ui.cheatsheets.OpenCheatSheetAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuropynamics.ui.internal.WelcomeView;

/** The workbench a user sees at start: window, menus, Welcome page, theme, icon, About and cheat sheets. */
class WorkbenchShellTest {

    private IWorkbenchWindow window;
    private Shell shell;

    @BeforeEach
    void activeWindow() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no active workbench window");
        shell = window.getShell();
        Screenshots.spin(shell.getDisplay(), 200);
    }

    @Test
    void windowIsTitledAndHasTheApplicationIcon() {
        assertEquals("Neuropynamics Workbench", shell.getText());
        assertTrue(shell.getImages().length >= 5, "application icons set: " + shell.getImages().length);
    }

    @Test
    void menusOfferWhatAUserExpects() {
        assertMenu("File", "Open File...", "Save", "Save As...", "Export...", "Exit");
        assertMenu("Edit", "Undo", "Redo");
        assertMenu("Window", "Open Perspective", "Show View", "Reset Perspective...", "Preferences...");
        assertMenu("Help", "Welcome", "Cheat Sheets...", "About Neuropynamics Workbench");
    }

    @Test
    void welcomePageIsShownAtStartAndListsTheContributedTopics() throws Exception {
        IWorkbenchPage page = window.getActivePage();
        IViewPart view = page.findView(WelcomeView.ID);
        assertNotNull(view, "Welcome view open at start");
        assertTrue(page.isPartVisible(view), "Welcome view visible");
        WelcomeView welcome = (WelcomeView) view;
        int contributed = Platform.getExtensionRegistry().getConfigurationElementsFor("org.neuropynamics.ui.topics").length;
        assertEquals(contributed, welcome.shownTopicIds().size(), "every contributed topic is listed");
        Path shot = Screenshots.save(shell, "welcome");
        assertTrue(Files.size(shot) > 10_000, "screenshot written: " + shot);
    }

    @Test
    void e4DefaultThemeIsActive() {
        IThemeEngine engine = shell.getDisplay().getData("org.eclipse.e4.ui.css.swt.theme") instanceof IThemeEngine e
                ? e : null;
        assertNotNull(engine, "the CSS theme engine runs");
        assertNotNull(engine.getActiveTheme(), "a theme is active");
        assertEquals("org.eclipse.e4.ui.css.theme.e4_default", engine.getActiveTheme().getId());
    }

    @Test
    void aboutNamesTheVersionAndTheLicencesOfBundledLibraries() {
        IProduct product = Platform.getProduct();
        assertNotNull(product, "running as the Neuropynamics product");
        assertEquals("Neuropynamics Workbench", product.getName());
        String about = product.getProperty("aboutText");
        assertTrue(about.contains("Version 1.0.0"), about);
        for (String library : List.of("Eclipse EMF", "Janino", "Eclipse Public License 2.0", "Apache License 2.0",
                "BSD 3-Clause")) {
            assertTrue(about.contains(library), "About mentions " + library);
        }
    }

    @Test
    void tourCheatSheetOpens() throws Exception {
        new OpenCheatSheetAction("org.neuropynamics.ui.cheatsheet.tour").run();
        Screenshots.spin(shell.getDisplay(), 500);
        IViewPart view = window.getActivePage().findView("org.eclipse.ui.cheatsheets.views.CheatSheetView");
        assertNotNull(view, "cheat sheet view opened");
        // the view class is internal; its viewer is public API
        ICheatSheetViewer viewer = (ICheatSheetViewer) view.getClass().getMethod("getCheatSheetViewer").invoke(view);
        assertEquals("org.neuropynamics.ui.cheatsheet.tour", viewer.getCheatSheetID());
        Screenshots.save(shell, "cheatsheet-tour");
        window.getActivePage().hideView(view);
    }

    private void assertMenu(String menuText, String... expectedItems) {
        Menu bar = shell.getMenuBar();
        MenuItem top = null;
        for (MenuItem item : bar.getItems()) {
            if (item.getText().replace("&", "").equals(menuText)) {
                top = item;
            }
        }
        assertNotNull(top, "menu " + menuText);
        Menu menu = top.getMenu();
        // e4 fills menus when they are about to show
        menu.notifyListeners(SWT.Show, new Event());
        Display display = shell.getDisplay();
        Screenshots.spin(display, 50);
        List<String> texts = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String text = item.getText().replace("&", "");
            int tab = text.indexOf('\t');
            texts.add(tab >= 0 ? text.substring(0, tab) : text);
        }
        menu.notifyListeners(SWT.Hide, new Event());
        for (String expected : expectedItems) {
            assertTrue(texts.contains(expected), menuText + " menu has " + expected + "; it has " + texts);
        }
    }
}
