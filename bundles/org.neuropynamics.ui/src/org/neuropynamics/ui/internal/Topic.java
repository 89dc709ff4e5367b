package org.neuropynamics.ui.internal;

/**
 * A topic of the workbench as contributed to {@code org.neuropynamics.ui.topics}: shown on the Welcome page,
 * opening its perspective and, when it ships one, its cheat sheet.
 */
record Topic(String id, String name, String description, String perspectiveId, String cheatSheetId,
        String iconPath, String contributor, int order) {
}
