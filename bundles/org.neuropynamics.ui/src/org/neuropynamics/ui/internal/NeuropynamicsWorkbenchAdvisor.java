package org.neuropynamics.ui.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Workbench-level policy: the Welcome perspective first, and the layout remembered between sessions. */
public class NeuropynamicsWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new NeuropynamicsWindowAdvisor(configurer);
    }

    @Override
    public void postStartup() {
        super.postStartup();
        // the platform's help preference page configures a help browser this product does not use
        // (Help > Help Contents shows the user guide in a view)
        PreferenceManager preferences = PlatformUI.getWorkbench().getPreferenceManager();
        for (String page : HELP_PREFERENCE_PAGES) {
            preferences.remove(page);
        }
        openFilesOfCommandLine();
        reportModelLists();
    }

    /** With the system property of {@link org.neuropynamics.ui.ModelLists}: every view's model list to a file. */
    private static void reportModelLists() {
        if (System.getProperty(org.neuropynamics.ui.ModelLists.PROPERTY) == null) {
            return;
        }
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            return;
        }
        String start = window.getActivePage() == null || window.getActivePage().getPerspective() == null ? null
                : window.getActivePage().getPerspective().getId();
        window.getShell().getDisplay().asyncExec(() -> {
            java.util.List<String> perspectives = new java.util.ArrayList<>();
            TopicRegistry.topics().forEach(t -> perspectives.add(t.perspectiveId()));
            org.neuropynamics.ui.ModelLists.report(window, perspectives);
            if (start != null) {
                try {
                    window.getWorkbench().showPerspective(start, window);
                } catch (org.eclipse.ui.WorkbenchException e) {
                    // stays where the report ended
                }
            }
        });
    }

    /**
     * Opens the model and network files given on the command line ({@code neuropynamics FILE.ode ...}, the
     * desktop entry's file associations): the launcher passes them as application arguments.
     */
    private static void openFilesOfCommandLine() {
        var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null) {
            return;
        }
        for (String arg : Platform.getApplicationArgs()) {
            if (arg.startsWith("-") || !isModelOrNetwork(arg)) {
                continue;
            }
            try {
                new OpenFileAction(window).open(Path.of(arg).toAbsolutePath());
            } catch (InvalidPathException e) {
                // not a file name: nothing to open
            }
        }
    }

    /** True for the file names the workbench opens from the command line. */
    public static boolean isModelOrNetwork(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".ode") || lower.endsWith(".neuronet");
    }

    /** Preference pages of org.eclipse.help.ui that have nothing to set in this product. */
    public static final String[] HELP_PREFERENCE_PAGES = { "org.eclipse.help.ui.browsersPreferencePage",
            "org.eclipse.help.ui.contentPreferencePage" };

    @Override
    public String getInitialWindowPerspectiveId() {
        return WelcomePerspective.ID;
    }
}
