package org.neuropynamics.core.ode;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.neuropynamics.core.codegen.CompiledSystem;
import org.neuropynamics.core.codegen.LargeStack;
import org.neuropynamics.core.codegen.ModelCompiler;
import org.neuropynamics.core.equations.EquationException;
import org.neuropynamics.core.equations.EquationSystem;
import org.neuropynamics.core.equations.Evaluator;
import org.neuropynamics.core.equations.Expr;
import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.io.InputFiles;
import org.neuropynamics.core.model.Model;

/**
 * Loads XPPAUT {@code .ode} files as {@link Model}s: parse, bind, differentiate, generate Java and
 * compile it with Janino. This is the entry point of the model registry and the command line.
 */
public final class OdeModelLoader {

    private OdeModelLoader() {
    }

    /**
     * Reads the declarations and {@code @} options of an {@code .ode} text without compiling it (the
     * command line reads {@code @ total} and {@code dt} from the result).
     *
     * @throws EquationException with line (and column) of the first error
     */
    public static OdeFile parse(String source, String fileName) {
        return LargeStack.call(() -> guard(() -> OdeParser.parse(source, fileName)));
    }

    /**
     * Loads a model from {@code .ode} text.
     *
     * @param id the model id
     * @param source the file contents
     * @param fileName the file name (model name without extension), may be null
     * @throws EquationException with line (and column) of the first error or unsupported construct
     */
    public static Model load(String id, String source, String fileName) {
        OdeFile file = parse(source, fileName);
        return build(id, file);
    }

    /**
     * Loads a model from an {@code .ode} file; the id is the file name without extension.
     *
     * @throws EquationException for errors in the file
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Model load(Path file) {
        String fileName = file.getFileName().toString();
        String source;
        try {
            source = InputFiles.readText(file, "model file");
        } catch (FileProblem e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        return load(stripExtension(fileName), source, fileName);
    }

    /**
     * The bound equation system of a parsed file (names resolved, functions inlined, fixed quantities
     * ordered), for symbolic work and code generation.
     *
     * @throws EquationException for unknown names, cycles and other errors, with their position
     */
    public static EquationSystem bind(OdeFile file) {
        if (OdeHistoryModel.needed(file)) { // delays and integrals become hidden parameters (issue 14)
            return LargeStack.call(() -> guard(() -> OdeHistoryModel.bind(file)));
        }
        return LargeStack.call(() -> guard(() -> OdeBinding.bind(file))).system();
    }

    /**
     * Loads a model contributed as an {@code .ode} file under a display name of the contributor's choosing
     * (the {@code name} attribute of the extension), instead of the file name.
     */
    public static Model load(String id, String name, String source, String fileName) {
        return build(id, name, parse(source, fileName));
    }

    /** Builds the model of an already parsed file. */
    public static Model build(String id, OdeFile file) {
        return build(id, null, file);
    }

    /**
     * A model builder with the file's name, description, equations, variables, parameters (slider range 0 to
     * twice the default), current parameter {@code I} and presets; the caller adds the field.
     */
    static Model.Builder builder(String id, String name, OdeFile file, Model.Kind kind) {
        Model.Builder b = Model.builder(id).name(name).description(file.description()).kind(kind)
                .equationsLatex(OdeLatex.of(file));
        for (OdeFile.Variable v : file.variables()) {
            b.variable(v.name(), "", "");
        }
        String current = null;
        for (OdeFile.ParameterDeclaration p : file.parameters()) {
            double d = p.value();
            double min = d != 0 ? Math.min(0, 2 * d) : -1;
            double max = d != 0 ? Math.max(0, 2 * d) : 1;
            b.parameter(p.name(), "", d, min, max, (max - min) / 100, "");
            if (p.name().equalsIgnoreCase("I")) {
                current = p.name();
            }
        }
        b.currentParameter(current);
        file.presets().forEach(b::preset);
        return b;
    }

    private static Model build(String id, String displayName, OdeFile file) {
        if (OdeHistoryModel.needed(file)) { // delays and Volterra integrals (issue 14)
            String historyName = displayName != null && !displayName.isBlank() ? displayName
                    : file.fileName().isEmpty() ? id : stripExtension(file.fileName());
            return LargeStack.call(() -> guard(() -> OdeHistoryModel.build(id, historyName, file)));
        }
        OdeBinding.Result bound = LargeStack.call(() -> guard(() -> OdeBinding.bind(file)));
        CompiledSystem compiled = ModelCompiler.compile(bound.system());
        String name = displayName != null && !displayName.isBlank() ? displayName
                : file.fileName().isEmpty() ? id : stripExtension(file.fileName());
        Model.Builder b = builder(id, name, file, file.map() ? Model.Kind.MAP : Model.Kind.FLOW);
        if (bound.noise() != null) {
            OdeNoise noise = new OdeNoise(bound.noise(), file.options());
            int full = file.parameters().size() + noise.slots();
            b.field(noiseFree(compiled.field(), full)).jacobian(noiseFree(compiled.jacobian(), full)).noise(noise);
        } else {
            b.field(compiled.field()).jacobian(compiled.jacobian());
        }
        b.equations(bound.system());
        if (!bound.system().events().isEmpty()) {
            b.spikeRule(compiled.spikeRule());
        }
        List<Expr> initials = bound.initials();
        List<OdeBinding.Constraint> algebraics = bound.algebraics();
        if (algebraics.size() == 1) { // XPPAUT's Newton at every evaluation in its fixed-step runs (issue 14)
            OdeFile.Algebraic a = file.algebraics().get(0);
            b.algebraic(new OdeAlgebraic(algebraics.get(0), a.variable(), a.line(), file.options()));
        }
        b.initialState((p, y0) -> {
            for (int i = 0; i < y0.length; i++) {
                Expr e = initials.get(i);
                y0[i] = e == null ? 0.0 : Evaluator.evaluate(e, 0.0, y0, p);
            }
            for (OdeBinding.Constraint c : algebraics) {
                consistent(c, y0, p);
            }
        });
        return b.build();
    }

    /**
     * Newton's method on g(0, y0) = 0 for an algebraic variable, from the {@code solv} guess (XPPAUT's default
     * tolerance 1e-3 is tightened to 1e-12 relative; at most 100 iterations, stopping if dg/dy vanishes).
     */
    private static void consistent(OdeBinding.Constraint c, double[] y0, double[] p) {
        for (int k = 0; k < 100; k++) {
            double g = Evaluator.evaluate(c.g(), 0.0, y0, p);
            double d = Evaluator.evaluate(c.dgdy(), 0.0, y0, p);
            if (!Double.isFinite(g) || !Double.isFinite(d) || d == 0) {
                return;
            }
            double step = g / d;
            y0[c.variable()] -= step;
            if (Math.abs(step) <= 1e-12 * Math.max(1, Math.abs(y0[c.variable()]))) {
                return;
            }
        }
    }

    /**
     * A stochastic model's field for callers that pass only the model's parameters: the random slots read 0
     * (the noise-free system, {@link org.neuropynamics.core.model.Noise}); a run passes them all.
     */
    private static org.neuropynamics.core.model.VectorField noiseFree(org.neuropynamics.core.model.VectorField f,
            int full) {
        ThreadLocal<double[]> padded = ThreadLocal.withInitial(() -> new double[full]);
        return (t, y, p, dydt) -> f.derivatives(t, y, p.length >= full ? p : pad(padded.get(), p), dydt);
    }

    private static org.neuropynamics.core.model.Jacobian noiseFree(org.neuropynamics.core.model.Jacobian j,
            int full) {
        if (!(j instanceof org.neuropynamics.core.model.SparseJacobian s)) {
            return j;
        }
        int n = s.dimension();
        int[] rowStart = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            rowStart[i] = i < n ? s.rowStart(i) : s.nonZeros();
        }
        int[] column = new int[s.nonZeros()];
        for (int k = 0; k < column.length; k++) {
            column[k] = s.column(k);
        }
        ThreadLocal<double[]> padded = ThreadLocal.withInitial(() -> new double[full]);
        return new org.neuropynamics.core.model.SparseJacobian(n, rowStart, column,
                (t, y, p, out) -> s.values(t, y, p.length >= full ? p : pad(padded.get(), p), out));
    }

    private static double[] pad(double[] into, double[] p) {
        System.arraycopy(p, 0, into, 0, p.length);
        return into;
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static <T> T guard(java.util.concurrent.Callable<T> work) throws Exception {
        try {
            return work.call();
        } catch (StackOverflowError e) {
            throw new EquationException(0, 0, "the equations are nested too deeply");
        }
    }
}
