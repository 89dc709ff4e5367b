package org.neuropynamics.network.ui;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/** One colour per group (population or input), the same in the editor and in the raster. */
final class RasterColors {

    private static final int[][] RGB = {{31, 119, 180}, {214, 39, 40}, {44, 160, 44}, {255, 127, 14},
        {148, 103, 189}, {140, 86, 75}, {227, 119, 194}, {127, 127, 127}, {188, 189, 34}, {23, 190, 207}};

    private RasterColors() {
    }

    static Color of(Display display, int index) {
        int[] c = RGB[index % RGB.length];
        return new Color(display, c[0], c[1], c[2]);
    }
}
