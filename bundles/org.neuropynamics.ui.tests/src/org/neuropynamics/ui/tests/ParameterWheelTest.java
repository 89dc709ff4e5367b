package org.neuropynamics.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.ui.widgets.ParameterPanel;

/**
 * Scrolling a column of sliders with the mouse wheel must not change a parameter that passes under the pointer
 * (seen in the Single Neuron view at 1280x720: scrolling to the sliders moved b from 0.2 to 0.11): the wheel over a
 * slider that was not clicked scrolls the panel; a clicked (focused) slider still takes the wheel.
 */
class ParameterWheelTest {

    @Test
    void wheelOverAnUnfocusedSliderScrollsThePanelAndKeepsTheValue() {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        ScrolledComposite sc = new ScrolledComposite(shell, SWT.V_SCROLL);
        ParameterPanel panel = new ParameterPanel(sc, SWT.NONE);
        List<Parameter> ps = new java.util.ArrayList<>();
        double[] values = new double[12];
        for (int i = 0; i < 12; i++) {
            ps.add(new Parameter("p" + i, "", 0.5, 0, 1, 0.01, ""));
            values[i] = 0.5;
        }
        panel.setParameters(ps, values);
        sc.setContent(panel);
        sc.setExpandHorizontal(true);
        sc.setExpandVertical(true);
        sc.setMinSize(panel.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        shell.setSize(400, 150);
        shell.open();
        try {
            Scale scale = panel.scale("p3");
            int before = scale.getSelection();
            Event wheel = new Event();
            wheel.count = -3; // one notch down
            wheel.doit = true;
            scale.notifyListeners(SWT.MouseWheel, wheel);
            assertFalse(wheel.doit, "the slider must not take the wheel");
            assertEquals(30, sc.getOrigin().y, "one notch scrolls the panel by 30 px");
            assertEquals(before, scale.getSelection());
            assertEquals(0.5, panel.values()[3], 0.0);

            scale.setFocus();
            Event focused = new Event();
            focused.count = -3;
            focused.doit = true;
            scale.notifyListeners(SWT.MouseWheel, focused);
            assertTrue(!scale.isFocusControl() || focused.doit, "a clicked slider takes the wheel");
        } finally {
            shell.dispose();
        }
    }
}
