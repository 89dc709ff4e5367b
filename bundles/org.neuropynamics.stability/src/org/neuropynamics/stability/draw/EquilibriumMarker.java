package org.neuropynamics.stability.draw;

import org.neuropynamics.core.analysis.Classification;
import org.neuropynamics.plot.Palette;
import org.neuropynamics.plot.render.Canvas;
import org.neuropynamics.plot.render.Legend;

/** How an equilibrium is drawn: a circle in its type's colour, filled when attracting, a bar across a saddle. */
public final class EquilibriumMarker {

    private EquilibriumMarker() {
    }

    /** The colour of an equilibrium type (from the one {@link Palette}). */
    public static int rgb(Classification c) {
        return switch (c) {
            case STABLE_NODE, STABLE -> Palette.STABLE_NODE;
            case STABLE_FOCUS -> Palette.STABLE_FOCUS;
            case UNSTABLE_NODE, UNSTABLE -> Palette.UNSTABLE_NODE;
            case UNSTABLE_FOCUS -> Palette.UNSTABLE_FOCUS;
            case SADDLE -> Palette.SADDLE;
            case CENTER -> Palette.CENTER;
            case DEGENERATE, SEMI_STABLE -> Palette.DEGENERATE;
        };
    }

    /** True when the type is drawn filled (attracting), false for an open circle (repelling or neutral). */
    public static boolean filled(Classification c) {
        return switch (c) {
            case STABLE_NODE, STABLE_FOCUS, STABLE, SADDLE -> true;
            default -> false;
        };
    }

    /** Draws the marker of an equilibrium of the given type at (x, y). */
    public static void draw(Canvas d, double x, double y, Classification type, boolean selected) {
        int c = rgb(type);
        d.color(0xFFFFFF);
        d.circle(x, y, 6.5, true);
        d.color(c);
        d.stroke(2.2, false);
        if (filled(type)) {
            d.circle(x, y, 6, true);
        } else {
            d.circle(x, y, 5.5, false);
        }
        if (type == Classification.SADDLE) {
            d.color(0xFFFFFF);
            d.stroke(1.5, false);
            d.line(x - 3.5, y, x + 3.5, y);
        }
        if (selected) {
            d.color(0x000000);
            d.stroke(1.2, false);
            d.circle(x, y, 10, false);
        }
        d.stroke(1, false);
    }

    /** A legend row with the marker of a type. */
    public static Legend.Entry legend(String text, Classification type) {
        return new Legend.Entry(text, (c, x, y) -> draw(c, x + 12, y, type, false));
    }
}
