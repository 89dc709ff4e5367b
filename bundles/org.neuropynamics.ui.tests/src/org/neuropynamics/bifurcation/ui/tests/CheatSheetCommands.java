package org.neuropynamics.bifurcation.ui.tests;

import org.neuropynamics.bifurcation.ui.*;
import org.neuropynamics.ui.tests.Screenshots;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

/** Runs the command of a step of the bifurcation cheat sheet, as clicking its link does. */
final class CheatSheetCommands {

    private CheatSheetCommands() {
    }

    /** The serialized commands of the cheat sheet's steps, in order. */
    static List<String> all() throws Exception {
        try (InputStream in = Platform.getBundle("org.neuropynamics.bifurcation.ui")
                .getEntry("cheatsheets/bifurcation.xml").openStream()) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("<command serialization=\"([^\"]*)\"").matcher(xml);
            List<String> result = new ArrayList<>();
            while (m.find()) {
                result.add(m.group(1));
            }
            return result;
        }
    }

    /** Executes the first step whose serialization contains {@code fragment}. */
    static void run(IWorkbenchWindow window, String fragment) throws Exception {
        String serialization = all().stream().filter(s -> s.contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no cheat-sheet step with " + fragment));
        ICommandService commands = window.getService(ICommandService.class);
        ParameterizedCommand command = commands.deserialize(serialization);
        window.getService(IHandlerService.class).executeCommand(command, null);
    }
}
