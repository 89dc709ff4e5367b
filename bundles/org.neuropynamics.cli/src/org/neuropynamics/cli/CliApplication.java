package org.neuropynamics.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless Equinox application {@code org.neuropynamics.cli.app} behind {@code ./neuropynamics COMMAND}. */
public class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        int status = new CommandLine(CommandLine.terminalSafe(System.out), CommandLine.terminalSafe(System.err))
                .run(args == null ? new String[0] : args);
        System.out.flush();
        System.err.flush();
        return Integer.valueOf(status);
    }

    @Override
    public void stop() {
        // a command runs to completion or until the JVM exits
    }
}
