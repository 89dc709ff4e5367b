package org.neuropynamics.ui.tests;

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

/** Reads a topic's cheat sheet and runs a step's command, as clicking the step's link does. */
public final class CheatSheetSteps {

    private final String bundle;
    private final String path;

    public CheatSheetSteps(String bundle, String path) {
        this.bundle = bundle;
        this.path = path;
    }

    /** The cheat sheet's text. */
    public String xml() throws Exception {
        try (InputStream in = Platform.getBundle(bundle).getEntry(path).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The serialized commands of the steps, in order. */
    public List<String> commands() throws Exception {
        Matcher m = Pattern.compile("<command serialization=\"([^\"]*)\"").matcher(xml());
        List<String> result = new ArrayList<>();
        while (m.find()) {
            result.add(m.group(1));
        }
        return result;
    }

    /** The description of the step titled {@code title} (markup removed, white space collapsed). */
    public String description(String title) throws Exception {
        String xml = xml();
        int at = xml.indexOf("title=\"" + title + "\"");
        if (at < 0) {
            throw new AssertionError("no cheat-sheet step titled " + title);
        }
        int from = xml.indexOf("<description>", at) + "<description>".length();
        int to = xml.indexOf("</description>", from);
        return xml.substring(from, to).replaceAll("<[^>]+>", "").replace("&gt;", ">").replace("&lt;", "<")
                .replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    /** Executes the first step whose serialization contains {@code fragment}. */
    public void run(IWorkbenchWindow window, String fragment) throws Exception {
        String serialization = commands().stream().filter(s -> s.contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no cheat-sheet step with " + fragment));
        ParameterizedCommand command = window.getService(ICommandService.class).deserialize(serialization);
        window.getService(IHandlerService.class).executeCommand(command, null);
    }
}
