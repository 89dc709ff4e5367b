package org.neuropynamics.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.io.OutputFiles;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.network.export.ModelEquations;

/**
 * {@code write-ode}: a model (catalogue id or {@code .ode} file, with {@code --set} and {@code --init}) as an
 * XPPAUT {@code .ode} file that {@code xppaut FILE -silent} runs to the same trajectory.
 */
final class WriteOdeCommand implements Command {

    @Override
    public String name() {
        return "write-ode";
    }

    @Override
    public String summary() {
        return "write a model as an XPPAUT .ode file (xppaut FILE -silent reproduces our run)";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics write-ode MODEL --out FILE.ode [--t MS] [--dt MS] [--set NAME=VALUE]...
                           [--init VAR=VALUE,...]

                Writes MODEL (a catalogue id or an .ode file) as an XPPAUT .ode file: its parameters with their
                values (--set applied), its equations (fixed quantities, right-hand sides, threshold and reset as
                a global event), its initial state as numbers (--init applied), and @ total=--t (default 1000;
                maps: iterations), dt=--dt (default 0.01), meth=rungekutta (maps: discrete). `xppaut FILE.ode
                -silent` then writes the trajectory of `neuropynamics simulate MODEL --t .. --dt ..
                --spike-timing xppaut` to output.dat. Catalogue models written in Java and imported NeuroML cells
                have no equations to write unless listed in the message; a refractory period cannot be written.
                An .ode file with delays, Volterra integrals or random inputs (wiener, ran, normal, markov, gill)
                is written as its own text with the new parameter values, initial values, total and dt (its
                @ meth and seed kept), as `neuropynamics simulate FILE.ode --t .. --dt ..` runs it.""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("out", "t", "dt", "init");
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) throws Exception {
        if (args.positional().size() != 1) {
            throw new UsageException("write-ode needs one MODEL (a model id or an .ode file)");
        }
        if (args.option("out") == null) {
            throw new UsageException("write-ode needs --out FILE.ode");
        }
        Path target = Path.of(args.option("out"));
        ModelArgument m = ModelArgument.resolve(args.positional().get(0), args.sets());
        Model model = m.model();
        Path input = ModelArgument.inputFile(args.positional().get(0));
        // a file written as its own text (delays, integrals, random inputs) keeps XPPAUT's defaults where it is
        // silent (total 20, dt 0.05), as simulate FILE runs it
        boolean own = input != null && m.xpp() != null && (model.noise() != null
                || model.field() instanceof org.neuropynamics.core.integrate.HistoryEquations);
        double t = args.number("t", own ? m.xpp().total() : m.options().total().orElse(1000));
        double dt = args.number("dt", own ? m.xpp().dt() : m.options().dt().orElse(0.01));
        if (!(t > 0) || !(dt > 0) || dt > t) {
            throw new UsageException("--t and --dt must be positive, --dt at most --t");
        }
        double[] y0 = m.initialState(args.option("init"));
        String text;
        if (own) {
            // delays, Volterra integrals and random inputs: the file's own statements express them exactly
            // (OdeWriter.rewrite, issue 14)
            String source = org.neuropynamics.core.io.InputFiles.readText(input, "model file");
            org.neuropynamics.core.ode.OdeFile file = org.neuropynamics.core.ode.OdeModelLoader.parse(source,
                    input.getFileName().toString());
            double[] fileInitial = m.initialState(null);
            java.util.Map<String, Double> changed = new java.util.LinkedHashMap<>();
            for (int i = 0; i < y0.length; i++) {
                if (Double.compare(y0[i], fileInitial[i]) != 0) {
                    changed.put(model.variableNames().get(i), y0[i]);
                }
            }
            try {
                text = org.neuropynamics.core.ode.OdeWriter.rewrite(source, file, m.parameters(), changed, t, dt);
            } catch (IllegalArgumentException e) {
                throw new UsageException(model.id() + " cannot be written for XPPAUT: " + e.getMessage());
            }
        } else {
            text = ModelEquations.toOde(model, m.parameters(), y0, t, dt);
        }
        try {
            OutputFiles.writeString(target, text, args.inputFiles());
        } catch (FileProblem e) {
            throw new UsageException("--out: " + e.getMessage());
        }
        out.println("wrote " + target + " (" + model.id() + ", " + model.dimension() + " variables)");
        return 0;
    }
}
