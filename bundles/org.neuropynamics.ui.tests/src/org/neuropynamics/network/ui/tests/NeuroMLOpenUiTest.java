package org.neuropynamics.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.ui.NetworkEditor;
import org.neuropynamics.ui.internal.OpenFileAction;
import org.neuropynamics.ui.tests.DialogAnswer;
import org.neuropynamics.ui.tests.Screenshots;

/**
 * File &gt; Open decides by content which .xml files are LEMS: a file with a {@code <Lems>} root opens in the network
 * editor (content type org.neuropynamics.network.ui.lems), another .xml file (a Maven pom) gets the "no editor"
 * message and opens nothing.
 */
class NeuroMLOpenUiTest {

    @TempDir
    Path dir;

    static final String LEMS = """
            <Lems>
              <Target component="sim"/>
              <Include file="Cells.xml"/>
              <Include file="Networks.xml"/>
              <Include file="Simulation.xml"/>
              <iafTauCell id="cell" leakReversal="-50mV" thresh="-55mV" reset="-70mV" tau="30ms"/>
              <network id="net"><population id="pop" component="cell" size="3"/></network>
              <Simulation id="sim" length="100ms" step="0.05ms" target="net"/>
            </Lems>
            """;

    @Test
    void aLemsFileOpensInTheNetworkEditorAndAnotherXmlFileDoesNot() throws Exception {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Shell shell = window.getShell();
        shell.setSize(1280, 720);
        IWorkbenchPage page = window.getActivePage();
        Path lems = Files.writeString(dir.resolve("LEMS_small.xml"), LEMS);
        new OpenFileAction(window).open(lems);
        Screenshots.spin(shell.getDisplay(), 300);
        IEditorPart part = page.getActiveEditor();
        assertTrue(part instanceof NetworkEditor, "active editor: " + part);
        NetworkEditor editor = (NetworkEditor) part;
        assertEquals("pop", editor.network().getPopulations().get(0).getName());
        assertEquals(3, editor.network().getPopulations().get(0).getSize());
        assertEquals(100, editor.network().getRun().getDuration(), 0);
        Screenshots.save(shell, "file-open-lems");
        page.closeEditor(editor, false);

        // the NeuroML2 example of the issue: four Izhikevich cells, pulse and ramp inputs, 200 ms at 0.005 ms
        Path ex2 = Files.copy(Path.of("../org.neuropynamics.neuroml.tests/data/NeuroML2/LEMS_NML2_Ex2_Izh.xml"),
                dir.resolve("LEMS_NML2_Ex2_Izh.xml"));
        new OpenFileAction(window).open(ex2);
        Screenshots.spin(shell.getDisplay(), 300);
        assertTrue(page.getActiveEditor() instanceof NetworkEditor, "active editor: " + page.getActiveEditor());
        NetworkEditor izh = (NetworkEditor) page.getActiveEditor();
        assertEquals(java.util.List.of("izpopBurst", "izpopTonic", "izpopMixed", "izpopClass1"),
                izh.network().getPopulations().stream().map(p -> p.getName()).toList());
        assertEquals("izhikevichCell", izh.network().getPopulations().get(0).getModelId());
        assertEquals(200, izh.network().getRun().getDuration(), 0);
        assertEquals(0.005, izh.network().getRun().getDt(), 0);
        page.closeEditor(izh, false);

        Path pom = Files.writeString(dir.resolve("pom.xml"), "<?xml version=\"1.0\"?>\n<project><modelVersion>4.0.0"
                + "</modelVersion></project>\n");
        int before = page.getEditorReferences().length;
        DialogAnswer ok = DialogAnswer.press(shell.getDisplay(), "OK");
        new OpenFileAction(window).open(pom);
        Screenshots.spin(shell.getDisplay(), 200);
        var type = org.eclipse.core.runtime.Platform.getContentTypeManager()
                .findContentTypeFor(Files.newInputStream(pom), "pom.xml");
        var found = PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("pom.xml", type);
        assertTrue(ok.answered, "a message was shown; content type " + (type == null ? null : type.getId())
                + ", editor " + (found == null ? null : found.getId()) + ", active " + page.getActiveEditor());
        assertTrue(String.join(" ", ok.texts).contains("No editor for 'pom.xml'"), ok.toString());
        assertEquals(before, page.getEditorReferences().length, "nothing opened");
        assertFalse(page.getActiveEditor() instanceof NetworkEditor && page.getActiveEditor().getTitle().equals("pom.xml"));
    }
}
