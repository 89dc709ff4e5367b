package org.neuropynamics.stability.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.core.phaseplane.Direction;
import org.neuropynamics.core.phaseplane.PhasePortrait;
import org.neuropynamics.core.phaseplane.PlaneWindow;

/** The phase-plane view's settings and user input (UI thread only). */
final class PlaneState {
    Model model;
    String xName;
    String yName;
    double[] params;
    double[] fixed;
    PlaneWindow window;
    PlaneWindow defaultWindow;
    List<PhasePortrait.Seed> seeds = new ArrayList<>();
    Set<Integer> hidden = new HashSet<>();
    int selectedEquilibrium = -1;
    int selectedTrajectory = -1;
    Direction direction = Direction.BOTH;
    int arrows = 20;
    boolean scaledArrows;
    boolean separatrices = true;
    boolean cycles = true;
    boolean integrateAll;
    boolean resetOnNextSystem;

    /** "Model name: p1 = v1, p2 = v2, ..." with up to five parameters (the current first). */
    String title() {
        StringBuilder s = new StringBuilder(model.name().equals("typed") ? "Typed system" : model.name());
        List<Parameter> ps = model.parameters();
        int shown = 0;
        int current = model.currentParameterIndex().orElse(-1);
        if (current >= 0) {
            s.append(": ").append(ps.get(current).name()).append(" = ").append(ParameterControls.format(params[current]));
            shown++;
        }
        for (int i = 0; i < ps.size() && shown < 5; i++) {
            if (i != current) {
                s.append(shown == 0 ? ": " : ", ").append(ps.get(i).name()).append(" = ")
                        .append(ParameterControls.format(params[i]));
                shown++;
            }
        }
        if (ps.size() > shown) {
            s.append(String.format(Locale.ROOT, ", ... (%d more)", ps.size() - shown));
        }
        return s.toString();
    }
}
