package org.neuropynamics.stability.ui;

import java.util.ArrayList;
import java.util.List;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeFile;
import org.neuropynamics.stability.phaseplane.PlaneWindow;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.stability.PlaneWindows;

/** What can be shown on the plane: catalogue models with two or more variables, and the example systems. */
final class PlaneSources {

    /** Prefix of catalogue entries in the source list. */
    static final String MODEL = "Model: ";
    /** Prefix of example entries. */
    static final String EXAMPLE = "Example: ";

    private PlaneSources() {
    }

    /** The labels of the source list: catalogue flows with at least two variables, then the examples. */
    static List<String> labels() {
        List<String> labels = new ArrayList<>();
        try {
            ModelRegistry registry = ModelRegistry.getDefault();
            for (String id : registry.ids()) {
                Model m = registry.get(id);
                if (m.kind() == Model.Kind.FLOW && m.dimension() >= 2) {
                    labels.add(MODEL + id);
                }
            }
        } catch (RuntimeException e) {
            // the catalogue is optional: typed systems still work
        }
        for (ExampleSystems.Example e : ExampleSystems.all()) {
            labels.add(EXAMPLE + e.name());
        }
        return labels;
    }

    /** The example of a label, or null. */
    static ExampleSystems.Example example(String label) {
        for (ExampleSystems.Example e : ExampleSystems.all()) {
            if ((EXAMPLE + e.name()).equals(label) || e.name().equals(label)) {
                return e;
            }
        }
        return null;
    }

    /** A window suited to a catalogue model (the course's where it gave one). */
    static PlaneWindow windowFor(Model model, double[] p, int ix, int iy) {
        return PlaneWindows.forModel(model, p, ix, iy);
    }

    /** The window of an .ode file's @ options, or a default. */
    static PlaneWindow windowFor(OdeFile file) {
        return PlaneWindows.forOdeFile(file);
    }
}
