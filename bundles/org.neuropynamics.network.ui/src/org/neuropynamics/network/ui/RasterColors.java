package org.neuropynamics.network.ui;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.neuropynamics.plot.Palette;

/** One colour per group (population or input), the same in the editor and in the result figures ({@link Palette}). */
final class RasterColors {

    private RasterColors() {
    }

    static Color of(Display display, int index) {
        int c = Palette.group(index);
        return new Color(display, (c >> 16) & 0xFF, (c >> 8) & 0xFF, c & 0xFF);
    }
}
