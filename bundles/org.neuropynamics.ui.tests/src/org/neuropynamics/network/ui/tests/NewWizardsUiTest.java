package org.neuropynamics.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.core.analysis.Eigenvalue;
import org.neuropynamics.core.analysis.Equilibrium;
import org.neuropynamics.stability.ui.NewModelPluginWizard;
import org.neuropynamics.stability.ui.NewModelWizard;
import org.neuropynamics.stability.ui.NewTypedSystemWizard;
import org.neuropynamics.stability.ui.PhasePlaneView;
import org.neuropynamics.ui.tests.Screenshots;

/**
 * File &gt; New &gt; Model (.ode) writes the template with the user's permissions and opens it in the phase
 * plane; File &gt; New &gt; Typed System opens a library system there (van der Pol: one unstable focus at the
 * origin with eigenvalues 1/2 +- i sqrt(3)/2).
 */
class NewWizardsUiTest {

    @TempDir
    Path dir;

    @Test
    void fileNewListsNetworkModelAndTypedSystemThenOther() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        org.eclipse.swt.widgets.Menu menu = Ui.menuItem(shell, "File", "New").getMenu();
        menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        Screenshots.spin(shell.getDisplay(), 50);
        java.util.List<String> items = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
            if ((item.getStyle() & org.eclipse.swt.SWT.SEPARATOR) == 0) {
                items.add(Ui.plain(item.getText()));
            }
        }
        assertEquals(java.util.List.of("Network...", "Model (.ode)...", "Typed System...", "Model Plug-in...",
                "Other..."), items);
    }

    @Test
    void theNetworkCheatSheetsNewNetworkStepIsTheWizardsCommand() throws Exception {
        String xml;
        try (java.io.InputStream in = org.eclipse.core.runtime.Platform.getBundle("org.neuropynamics.network.ui")
                .getEntry("cheatsheets/network.xml").openStream()) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("serialization=\"(org.eclipse.ui.newWizard[^\"]*)\"").matcher(xml);
        assertTrue(m.find(), "a File > New > Network step");
        org.eclipse.ui.commands.ICommandService commands = PlatformUI.getWorkbench()
                .getService(org.eclipse.ui.commands.ICommandService.class);
        org.eclipse.core.commands.ParameterizedCommand c = commands.deserialize(m.group(1));
        assertEquals("org.eclipse.ui.newWizard", c.getId());
        assertEquals(org.neuropynamics.network.ui.NewNetworkWizard.ID, c.getParameterMap().get("newWizardId"));
    }

    @Test
    void modelFileFromATemplateOpensInThePhasePlane() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        boolean[] finished = Ui.finishNextWizard(shell.getDisplay(), d -> {
            NewModelWizard.Page p = (NewModelWizard.Page) d.getCurrentPage();
            p.setFolder(dir);
            p.setFileName("my-neuron.ode");
        });
        Ui.click(Ui.menuItem(shell, "File", "New", "Model (.ode)..."));
        assertTrue(finished[0]);
        Path file = dir.resolve("my-neuron.ode");
        assertEquals(NewModelWizard.templateText(0), Files.readString(file));
        Path byHand = dir.resolve("by-hand");
        assertEquals(0, new ProcessBuilder("touch", byHand.toString()).start().waitFor());
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(byHand)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        PhasePlaneView view = (PhasePlaneView) page.findView(PhasePlaneView.ID);
        waitFor(shell.getDisplay(), () -> view.lastSnapshot() != null
                && view.lastSnapshot().result().xName().equals("v")
                && view.lastSnapshot().result().yName().equals("w"), "the template's v-w plane");
    }

    /**
     * File &gt; New &gt; Model Plug-in: a broken file is refused with its line and column and nothing is written;
     * a good one becomes a plug-in jar whose .ode is the file and whose model has the file's field: for
     * v' = (E - v)/tau with E = -65, tau = 12.5 at v = -20, dv/dt = -3.6 (exact, 1e-12).
     */
    @Test
    void modelPluginFromAnOdeFile() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        String leaky = "par E=-65, tau=12.5\ninit v=-20\nv' = (E - v)/tau\ndone\n";
        Path good = Files.writeString(dir.resolve("leaky.ode"), leaky);
        Path broken = Files.writeString(dir.resolve("broken.ode"), "par E=-65\nv' = (E - v)/\ndone\n");
        Path out = Files.createDirectory(dir.resolve("dropins"));
        NewModelPluginWizard wizard = new NewModelPluginWizard();
        wizard.init(PlatformUI.getWorkbench(), null);
        wizard.setAskRestart(false);
        org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(shell, wizard);
        dialog.create();
        try {
            wizard.page().set(broken, "broken", "Broken", out);
            assertTrue(wizard.page().isPageComplete());
            assertTrue(!wizard.performFinish());
            assertTrue(wizard.page().getErrorMessage().startsWith("broken.ode: line 2, column"),
                    wizard.page().getErrorMessage());
            try (var files = Files.list(out)) {
                assertEquals(0, files.count());
            }
            wizard.page().set(good, "leaky-membrane", "Leaky membrane", out);
            assertTrue(wizard.performFinish(), String.valueOf(wizard.page().getErrorMessage()));
        } finally {
            dialog.close();
        }
        Path jar = out.resolve("org.neuropynamics.models.user.leaky_membrane_1.0.0.jar");
        assertEquals(jar, wizard.written());
        try (java.util.jar.JarFile jf = new java.util.jar.JarFile(jar.toFile())) {
            assertEquals("org.neuropynamics.models.user.leaky_membrane;singleton:=true",
                    jf.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"));
            String pluginXml = new String(jf.getInputStream(jf.getEntry("plugin.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(pluginXml.contains("<model id=\"leaky-membrane\" name=\"Leaky membrane\" "
                    + "file=\"models/leaky-membrane.ode\"/>"), pluginXml);
            String ode = new String(jf.getInputStream(jf.getEntry("models/leaky-membrane.ode")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(leaky, ode);
            org.neuropynamics.core.model.Model model = org.neuropynamics.core.ode.OdeModelLoader.load(
                    "leaky-membrane", "Leaky membrane", ode, "leaky-membrane.ode");
            double[] dydt = new double[1];
            model.field().derivatives(0, new double[] { -20 }, model.defaultParameters(), dydt);
            assertEquals(-3.6, dydt[0], 1e-12);
        }
    }

    @Test
    void typedSystemFromTheLibraryOpensInThePhasePlane() throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        boolean[] finished = Ui.finishNextWizard(shell.getDisplay(), d -> {
            NewTypedSystemWizard w = (NewTypedSystemWizard) d.getCurrentPage().getWizard();
            assertTrue(w.select("Van der Pol"));
        });
        Ui.click(Ui.menuItem(shell, "File", "New", "Typed System..."));
        assertTrue(finished[0]);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        PhasePlaneView view = (PhasePlaneView) page.findView(PhasePlaneView.ID);
        waitFor(shell.getDisplay(), () -> view.lastSnapshot() != null
                && view.lastSnapshot().result().xName().equals("x")
                && view.lastSnapshot().result().equilibria().size() == 1, "van der Pol portrait");
        Equilibrium e = view.lastSnapshot().result().equilibria().get(0);
        assertEquals(0, e.state()[0], 1e-9);
        assertEquals(0, e.state()[1], 1e-9);
        // J = [[0, 1], [-1, mu]] with mu = 1: lambda = 1/2 +- i sqrt(3)/2
        for (Eigenvalue l : e.eigenvalues()) {
            assertEquals(0.5, l.re(), 1e-9);
            assertEquals(Math.sqrt(3) / 2, Math.abs(l.im()), 1e-9);
        }
        Screenshots.save(shell, "new-typed-system");
    }

    private static void waitFor(Display display, BooleanSupplier condition, String what) {
        long end = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            Screenshots.spin(display, 50);
        }
        assertTrue(condition.getAsBoolean(), "no " + what + " after 20 s");
    }
}
