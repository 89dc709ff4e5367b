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
                have no equations to write unless listed in the message; a refractory period cannot be written.""";
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
        double t = args.number("t", m.options().total().orElse(1000));
        double dt = args.number("dt", m.options().dt().orElse(0.01));
        if (!(t > 0) || !(dt > 0) || dt > t) {
            throw new UsageException("--t and --dt must be positive, --dt at most --t");
        }
        String text = ModelEquations.toOde(model, m.parameters(), m.initialState(args.option("init")), t, dt);
        try {
            OutputFiles.writeString(target, text, args.inputFiles());
        } catch (FileProblem e) {
            throw new UsageException("--out: " + e.getMessage());
        }
        out.println("wrote " + target + " (" + model.id() + ", " + model.dimension() + " variables)");
        return 0;
    }
}
