package org.neuropynamics.network.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuropynamics.network.model.build.Networks.constant;
import static org.neuropynamics.network.model.build.Networks.fixedProbability;
import static org.neuropynamics.network.model.build.Networks.network;
import static org.neuropynamics.network.model.build.Networks.oneToOne;
import static org.neuropynamics.network.model.build.Networks.population;
import static org.neuropynamics.network.model.build.Networks.project;
import static org.neuropynamics.network.model.build.Networks.uniform;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.sim.NetworkProblem;
import org.neuropynamics.network.ui.NetworkEditor;
import org.neuropynamics.network.ui.NetworkProblemsView;
import org.neuropynamics.ui.tests.Screenshots;

/**
 * Validate lists three seeded errors (and a warning) at once in Network Problems, marks their elements on the
 * canvas, and a click on a row selects its element; Run is refused while errors remain and goes once they are
 * fixed (the list follows the edits); the model picker drops the overrides the new model lacks and says so.
 */
class NetworkValidationUiTest {

    @TempDir
    Path dir;

    static Network seeded() {
        Network n = network("Seeded", 50, 0.1, "euler", 1);
        Population a = population(n, "A", 10, "lif", "tauu", 10.0);
        Population b = population(n, "B", 5, "izhikevich");
        TestNetworks.at(a, 80, 80);
        TestNetworks.at(b, 380, 80);
        project(n, a, b, oneToOne(), constant(1), constant(1), SynapseKind.VOLTAGE_JUMP);
        StateMonitor v = NetworkFactory.eINSTANCE.createStateMonitor();
        v.setName("B v");
        v.setTarget(b);
        v.getVariables().add("v");
        v.getNeurons().addAll(List.of(0, 7));
        n.getMonitors().add(v);
        project(n, b, a, fixedProbability(0), constant(1), uniform(1, 5), SynapseKind.VOLTAGE_JUMP).setName("B -> A");
        return n;
    }

    @Test
    void threeProblemsListedAtOnceSelectingOneSelectsItsElementRunRefusedUntilFixed() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        NetworkEditor editor = EditorFixture.open(page, dir, "seeded.neuronet", seeded());
        Network n = editor.network();
        List<NetworkProblem> found = editor.validate();
        NetworkProblemsView view = (NetworkProblemsView) page.findView(NetworkProblemsView.ID);
        assertEquals(found, view.problems());
        assertEquals(4, found.size(), found.toString());
        assertEquals(3, found.stream().filter(NetworkProblem::error).count());
        assertTrue(view.summary().startsWith("Seeded: 3 errors, 1 warning"), view.summary());
        Table table = view.table().getTable();
        assertEquals(4, table.getItemCount());
        assertEquals("Population 'A': model lif has no parameter 'tauu'.", table.getItem(0).getText(1));
        // the canvas marks each element: red for errors, orange for the warning
        Map<EObject, Boolean> marks = editor.canvas().problems();
        assertEquals(Boolean.TRUE, marks.get(n.getPopulations().get(0)));
        assertEquals(Boolean.TRUE, marks.get(n.getProjections().get(0)));
        assertEquals(Boolean.TRUE, marks.get(n.getMonitors().get(0)));
        assertEquals(Boolean.FALSE, marks.get(n.getProjections().get(1)));

        // a click on a row selects its element on the canvas
        table.setFocus();
        for (int row : new int[] {2, 0, 3}) {
            table.setSelection(row);
            table.notifyListeners(SWT.Selection, new Event());
            Screenshots.spin(table.getDisplay(), 50);
            assertEquals(List.of(found.get(row).element()), editor.canvas().selection().elements(), "row " + row);
        }
        Screenshots.save(table.getShell(), "network-problems");

        // Run is refused while errors remain: nothing runs, the status says why
        page.activate(editor);
        assertNull(editor.run());
        assertTrue(editor.statusText().startsWith("Not run: 3 errors"), editor.statusText());

        // fixing the errors in Properties updates the list at once; the warning alone does not block
        IPropertySource a = editor.propertySource(n.getPopulations().get(0));
        a.resetPropertyValue("param:tauu");
        IPropertySource pr = editor.propertySource(n.getProjections().get(0));
        pr.setPropertyValue("rule", 2);
        IPropertySource v = editor.propertySource(n.getMonitors().get(0));
        v.setPropertyValue(EditorFixture.idOf(v, "Record neurons"), "first 5");
        assertEquals(List.of(0, 1, 2, 3, 4), ((StateMonitor) n.getMonitors().get(0)).getNeurons());
        long end = System.currentTimeMillis() + 5_000;
        while (view.problems().size() != 1 && System.currentTimeMillis() < end) {
            Screenshots.spin(table.getDisplay(), 50);
        }
        assertEquals(1, view.problems().size(), view.problems().toString());
        assertFalse(view.problems().get(0).error());
        org.eclipse.core.runtime.jobs.Job job = editor.run();
        assertTrue(job != null, "a warning does not block Run");
        job.join(60_000, null);
        EditorFixture.waitForRaster(page, editor);
        page.closeEditor(editor, false);
    }

    @Test
    void changingTheModelKeepsTheOverridesItHasAndSaysWhichWereDropped() throws Exception {
        IWorkbenchPage page = EditorFixture.networksPage();
        Network start = network("Models", 50, 0.1, "euler", 1);
        TestNetworks.at(population(start, "P", 3, "lif", "I", 12.0, "tau", 15.0), 100, 100);
        NetworkEditor editor = EditorFixture.open(page, dir, "models.neuronet", start);
        Population p = editor.network().getPopulations().get(0);
        IPropertySource props = editor.propertySource(p);
        props.setPropertyValue("init:v", "uniform(-70, -55)");
        assertEquals("uniform(-70, -55)", props.getPropertyValue("init:v"));
        props.setPropertyValue("model",
                org.neuropynamics.network.ui.NetworkPropertySource.modelChoices().indexOf("izhikevich"));
        assertEquals("izhikevich", p.getModelId());
        // izhikevich has I and v, not tau: tau is dropped, I = 12 and v(0) kept
        assertEquals(List.of("I"), p.getParameters().stream().map(x -> x.getName()).toList());
        assertEquals(12, p.getParameters().get(0).getValue(), 0);
        assertEquals("v", p.getInitialConditions().get(0).getVariable());
        assertTrue(editor.lastInfo().contains("dropped tau"), editor.lastInfo());
        editor.undo();
        assertEquals("lif", p.getModelId());
        assertEquals(List.of("I", "tau"), p.getParameters().stream().map(x -> x.getName()).toList());
        page.closeEditor(editor, false);
    }
}
