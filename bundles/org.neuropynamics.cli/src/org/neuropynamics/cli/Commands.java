package org.neuropynamics.cli;

import java.util.List;

/** The commands of the command-line contract (README.md, "The command line"), in the order --help lists them. */
final class Commands {

    private Commands() {
    }

    static List<Command> all() {
        return List.of(new ModelsCommand(), new SimulateCommand(), new EquilibriaCommand(), new CycleCommand(),
                new ContinueCommand(), new SweepCommand(), new MapCommand(), new NetworkCommand(),
                new JeffressCommand(), new CableCommand(), new RenderCommand(), new BenchCommand(),
                new NetworkBenchCommand(), new ExportCommand(), new WriteOdeCommand(), new NewModelCommand());
    }
}
