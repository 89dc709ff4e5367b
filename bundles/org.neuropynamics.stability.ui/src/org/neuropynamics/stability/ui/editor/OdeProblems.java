package org.neuropynamics.stability.ui.editor;

import java.util.List;

import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.ode.OdeFile;
import org.neuropynamics.core.ode.OdeModelLoader;

/**
 * The problems of an {@code .ode} text as the core's parser and binder report them (the first error, with its
 * line and column), or a one-line summary of a valid file. The editor only shows what the core says: the
 * language itself lives in {@code core.ode}.
 */
public final class OdeProblems {

    /** One problem: 1-based line and column (0 when the core does not know them) and the core's explanation. */
    public record Problem(int line, int column, String message) {

        /** "line 3, column 22: ..." as the core formats it. */
        public String text() {
            return new EquationException(line, column, message).getMessage();
        }
    }

    /** The result of a check: the problems (empty when the file is valid) and the parsed file (null if not). */
    public record Check(List<Problem> problems, OdeFile file) {

        /** A one-line account: the first problem, or the variables and parameters of a valid file. */
        public String summary() {
            if (!problems.isEmpty()) {
                return problems.get(0).text();
            }
            List<String> vars = file.variables().stream().map(OdeFile.Variable::name).toList();
            List<String> pars = file.parameters().stream().map(OdeFile.ParameterDeclaration::name).toList();
            return "No problems: " + vars.size() + (vars.size() == 1 ? " variable " : " variables ") + vars
                    + (file.map() ? " (a map)" : "") + ", " + pars.size()
                    + (pars.size() == 1 ? " parameter " : " parameters ") + pars;
        }
    }

    private OdeProblems() {
    }

    /** Parses and binds {@code text} (names resolved) without compiling it. */
    public static Check check(String text, String fileName) {
        try {
            OdeFile file = OdeModelLoader.parse(text, fileName);
            OdeModelLoader.bind(file);
            return new Check(List.of(), file);
        } catch (EquationException e) {
            return new Check(List.of(new Problem(e.line(), e.column(), e.detail())), null);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Check(List.of(new Problem(0, 0, message)), null);
        }
    }
}
