package org.neuropynamics.ui;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;

/**
 * A view or editor that lists models for the user to pick (Phase Plane, 1-D Stability, Continuation, the network
 * editor's model picker). With the system property {@value #PROPERTY} set to a file, the workbench writes, after
 * start, every such list of every topic's perspective (and the open editors) to that file: the product-level test
 * of dropins (releng/org.neuropynamics.product/dropins-test.sh, issue 17) checks that a dropped-in model appears
 * in every view that lists models.
 */
public interface ModelLists {

    /** System property naming the file that receives the lists. */
    String PROPERTY = "org.neuropynamics.ui.modelLists";

    /** The items of the part's model list as the user sees them: {id, label} each. */
    List<String[]> modelItems();

    /**
     * Shows each perspective in turn, creates its views, and writes one line per listed model: the part's id,
     * tab, the model's id, tab, the label shown. Returns the number of lines, or -1 when the property is unset.
     */
    static int report(IWorkbenchWindow window, List<String> perspectives) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return -1;
        }
        StringBuilder text = new StringBuilder();
        int lines = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String perspective : perspectives) {
            try {
                window.getWorkbench().showPerspective(perspective, window);
            } catch (WorkbenchException e) {
                continue;
            }
            IWorkbenchPage page = window.getActivePage();
            List<IWorkbenchPart> parts = new java.util.ArrayList<>();
            for (IViewReference v : page.getViewReferences()) {
                parts.add(v.getPart(true));
            }
            for (IEditorReference e : page.getEditorReferences()) {
                parts.add(e.getPart(true));
            }
            for (IWorkbenchPart part : parts) {
                ModelLists lists = part instanceof ModelLists m ? m
                        : part == null ? null : part.getAdapter(ModelLists.class);
                String id = part == null ? "" : part.getSite().getId();
                if (lists == null || !seen.add(id)) {
                    continue;
                }
                for (String[] item : lists.modelItems()) {
                    text.append(id).append('\t').append(item[0]).append('\t').append(item[1]).append('\n');
                    lines++;
                }
            }
        }
        try {
            org.neuropynamics.core.io.OutputFiles.writeString(Path.of(file), text.toString());
        } catch (org.neuropynamics.core.io.FileProblem | RuntimeException e) {
            System.getLogger(ModelLists.class.getName()).log(System.Logger.Level.WARNING, e.getMessage());
        }
        return lines;
    }
}
