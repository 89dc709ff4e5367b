package org.neuropynamics.ui.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Preference keys of the workbench and their defaults. */
public class Preferences extends AbstractPreferenceInitializer {

    public static final String METHOD = "simulation.method";
    public static final String DT = "simulation.dt";
    public static final String THREADS = "compute.threads";

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(Images.BUNDLE_ID);
        defaults.put(METHOD, "rk4");
        defaults.put(DT, "0.01");
        defaults.putInt(THREADS, 0);
    }
}
