package org.neuropynamics.ui;

import org.eclipse.core.runtime.Platform;
import org.neuropynamics.ui.internal.Preferences;

/** The workbench preferences views start from (Window &gt; Preferences &gt; Neuropynamics). */
public final class WorkbenchPreferences {

    private static final String NODE = "org.neuropynamics.ui";

    private WorkbenchPreferences() {
    }

    /** Default integration method name, e.g. "rk4". */
    public static String method() {
        return Platform.getPreferencesService().getString(NODE, Preferences.METHOD, "rk4", null);
    }

    /** Default time step in ms. */
    public static double dt() {
        String text = Platform.getPreferencesService().getString(NODE, Preferences.DT, "0.01", null);
        try {
            double dt = Double.parseDouble(text.strip());
            return dt > 0 && Double.isFinite(dt) ? dt : 0.01;
        } catch (NumberFormatException e) {
            return 0.01;
        }
    }

    /** Threads for parallel computations (all processors when the preference is 0). */
    public static int threads() {
        int n = Platform.getPreferencesService().getInt(NODE, Preferences.THREADS, 0, null);
        return n > 0 ? n : Runtime.getRuntime().availableProcessors();
    }
}
