package org.neuropynamics.stability.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.stability.phaseplane.Direction;
import org.neuropynamics.stability.phaseplane.PhasePortrait;
import org.neuropynamics.stability.phaseplane.PlaneWindow;
import org.neuropynamics.stability.PlaneTitles;

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
        return PlaneTitles.of(model, params);
    }
}
