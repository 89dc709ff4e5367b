package org.neuropynamics.stability;

import java.util.List;
import java.util.Locale;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;

/** Titles of the stability figures: the model's name and its parameter values. */
public final class PlaneTitles {

    private PlaneTitles() {
    }

    /** "Model name: p1 = v1, p2 = v2, ..." with up to five parameters (the current first). */
    public static String of(Model model, double[] params) {
        StringBuilder s = new StringBuilder(model.name().equals("typed") ? "Typed system" : model.name());
        List<Parameter> ps = model.parameters();
        int shown = 0;
        int current = model.currentParameterIndex().orElse(-1);
        if (current >= 0) {
            s.append(": ").append(ps.get(current).name()).append(" = ").append(number(params[current]));
            shown++;
        }
        for (int i = 0; i < ps.size() && shown < 5; i++) {
            if (i != current) {
                s.append(shown == 0 ? ": " : ", ").append(ps.get(i).name()).append(" = ").append(number(params[i]));
                shown++;
            }
        }
        if (ps.size() > shown) {
            s.append(String.format(Locale.ROOT, ", ... (%d more)", ps.size() - shown));
        }
        return s.toString();
    }

    /** A value with up to six significant digits and no trailing zeros. */
    public static String number(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        if (s.contains(".") && !s.contains("e")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s;
    }
}
