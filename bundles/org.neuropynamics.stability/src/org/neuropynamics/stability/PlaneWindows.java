package org.neuropynamics.stability;

import org.neuropynamics.core.analysis.StateWindow;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeFile;
import org.neuropynamics.core.ode.OdeOptions;
import org.neuropynamics.stability.phaseplane.PlaneWindow;

/** The default window of a phase plane (shared by the Phase Plane view and {@code render phase-plane}). */
public final class PlaneWindows {

    private PlaneWindows() {
    }

    /** A window suited to a catalogue model (the course's where it gave one) for variables ix, iy. */
    public static PlaneWindow forModel(Model model, double[] p, int ix, int iy) {
        if (ix == 0 && iy == 1) {
            switch (model.id()) {
                case "fitzhugh-nagumo":
                    return new PlaneWindow(-2.1, 2.1, -2.1, 2.1);
                case "morris-lecar":
                    return new PlaneWindow(-70, 50, -0.1, 0.7);
                case "izhikevich":
                    return new PlaneWindow(-90, 40, -20, 10);
                default:
                    break;
            }
        }
        StateWindow w = StateWindow.defaultFor(model, p);
        return new PlaneWindow(w.lower()[ix], w.upper()[ix], w.lower()[iy], w.upper()[iy]);
    }

    /** The window of an .ode file's @ options, or [-3, 3] x [-3, 3]. */
    public static PlaneWindow forOdeFile(OdeFile file) {
        return forOptions(file.options());
    }

    /** The window of an .ode file's @ options (xlo, xhi, ylo, yhi), or [-3, 3] x [-3, 3]. */
    public static PlaneWindow forOptions(OdeOptions o) {
        return new PlaneWindow(o.xlo().orElse(-3), o.xhi().orElse(3), o.ylo().orElse(-3), o.yhi().orElse(3));
    }
}
