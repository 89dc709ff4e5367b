package org.neuropynamics.ui.internal;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Window &gt; Preferences &gt; Neuropynamics: defaults the topics use for new simulations. */
public class NeuropynamicsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public NeuropynamicsPreferencePage() {
        super(GRID);
        setDescription("Defaults for new simulations. Each view can override them.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, Images.BUNDLE_ID));
    }

    @Override
    protected void createFieldEditors() {
        addField(new ComboFieldEditor(Preferences.METHOD, "Default &integrator:", new String[][] {
                { "Runge-Kutta 4 (fixed step)", "rk4" }, { "Dormand-Prince 5(4) (adaptive)", "dopri5" },
                { "Exponential Euler (gating variables)", "exp-euler" }, { "Forward Euler", "euler" } },
                getFieldEditorParent()));
        StringFieldEditor dt = new StringFieldEditor(Preferences.DT, "Default time &step (ms):",
                getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                try {
                    double value = Double.parseDouble(getStringValue().strip());
                    return value > 0 && value <= 10;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        };
        dt.setErrorMessage("The time step must be a number of milliseconds in (0, 10].");
        addField(dt);
        IntegerFieldEditor threads = new IntegerFieldEditor(Preferences.THREADS,
                "&Worker threads for sweeps (0 = all cores):", getFieldEditorParent());
        threads.setValidRange(0, 256);
        addField(threads);
    }
}
