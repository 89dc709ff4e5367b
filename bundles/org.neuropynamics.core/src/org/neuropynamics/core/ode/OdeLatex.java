package org.neuropynamics.core.ode;

import java.util.StringJoiner;

import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.equations.FunctionDefinition;
import org.neuropynamics.core.equations.LatexPrinter;

/** The equations of an {@code .ode} file as one LaTeX {@code aligned} block, printed from the AST. */
final class OdeLatex {

    private OdeLatex() {
    }

    static String of(OdeFile file) {
        StringJoiner rows = new StringJoiner(" \\\\\n", "\\begin{aligned}\n", "\n\\end{aligned}");
        for (OdeFile.Variable v : file.variables()) {
            String name = LatexPrinter.name(v.name());
            String left = file.map() ? name + "_{n+1}" : "\\frac{d" + name + "}{dt}";
            rows.add(left + " &= " + LatexPrinter.print(v.rightHandSide()));
        }
        for (OdeFile.Definition f : file.fixed()) {
            rows.add(LatexPrinter.name(f.name()) + " &= " + LatexPrinter.print(f.value()));
        }
        for (FunctionDefinition f : file.functions()) {
            StringJoiner params = new StringJoiner(", ");
            f.parameters().forEach(p -> params.add(LatexPrinter.name(p)));
            rows.add(LatexPrinter.name(f.name()) + "\\left(" + params + "\\right) &= " + LatexPrinter.print(f.body()));
        }
        for (OdeFile.GlobalEvent g : file.events()) {
            StringJoiner resets = new StringJoiner(",\\; ");
            for (OdeFile.Definition a : g.assignments()) {
                resets.add(LatexPrinter.name(a.name()) + " \\leftarrow " + LatexPrinter.print(a.value()));
            }
            Expr c = g.condition();
            rows.add("\\text{when } " + LatexPrinter.print(c) + " \\text{ crosses } 0 "
                    + (g.direction() > 0 ? "\\uparrow" : g.direction() < 0 ? "\\downarrow" : "\\updownarrow") + " &: " + resets);
        }
        return rows.toString();
    }
}
