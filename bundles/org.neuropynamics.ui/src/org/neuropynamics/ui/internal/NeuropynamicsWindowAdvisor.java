package org.neuropynamics.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Monitor;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** Window policy: title, size, toolbar, status line and perspective switcher. */
public class NeuropynamicsWindowAdvisor extends WorkbenchWindowAdvisor {

    /** The window title; tests and the product smoke test look for it. */
    public static final String TITLE = "Neuropynamics Workbench";

    /** The share of the screen's usable area the first window takes (later starts restore the last bounds). */
    static final double SCREEN_SHARE = 0.92;

    private boolean restored;

    public NeuropynamicsWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    /**
     * The first window's bounds: {@link #SCREEN_SHARE} of the usable area of the primary monitor (at least
     * 1024x640 when the screen has room), centred on it.
     */
    public static Rectangle initialBounds(Rectangle area) {
        int w = Math.min(area.width, Math.max(Math.min(1024, area.width), (int) Math.round(area.width * SCREEN_SHARE)));
        int h = Math.min(area.height, Math.max(Math.min(640, area.height), (int) Math.round(area.height * SCREEN_SHARE)));
        return new Rectangle(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h);
    }

    private static Rectangle screenArea() {
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        Monitor primary = display.getPrimaryMonitor();
        return primary != null ? primary.getClientArea() : display.getClientArea();
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new NeuropynamicsActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        Rectangle first = initialBounds(screenArea());
        configurer.setInitialSize(new Point(first.width, first.height));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle(TITLE);
    }

    @Override
    public void postWindowRestore() {
        restored = true;
    }

    @Override
    public void postWindowOpen() {
        Shell shell = getWindowConfigurer().getWindow().getShell();
        Rectangle area = screenArea();
        Rectangle bounds = shell.getBounds();
        if (!restored || !area.intersects(bounds)) {
            // the first start (or a screen that no longer shows the remembered bounds): centred, most of the screen
            shell.setBounds(initialBounds(area));
        } else if (bounds.width > area.width || bounds.height > area.height) {
            // remembered on a larger screen: fit this one
            shell.setBounds(area.x, area.y, Math.min(bounds.width, area.width), Math.min(bounds.height, area.height));
        }
    }
}
