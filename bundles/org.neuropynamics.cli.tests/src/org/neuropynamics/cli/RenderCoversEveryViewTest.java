package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue 13: {@code render --help} lists every view. The views are read from the plugin.xml of every bundle of the
 * repository; each view that shows a figure has its render kind here, the others (text, tables, the guide) are
 * named with the reason. A new view fails this test until it has a kind (or a reason).
 */
class RenderCoversEveryViewTest {

    /** Workbench view id to the render kind that draws its figure. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("org.neuropynamics.singleneuron.view", "single-neuron"),
            Map.entry("org.neuropynamics.stability.ui.views.phasePlane", "phase-plane"),
            Map.entry("org.neuropynamics.stability.ui.views.phaseLine", "stability-1d"),
            Map.entry("org.neuropynamics.bifurcation.ui.views.continuation", "continuation"),
            Map.entry("org.neuropynamics.bifurcation.ui.views.sweep", "sweep"),
            Map.entry("org.neuropynamics.bifurcation.ui.views.maps", "orbit-diagram"),
            Map.entry("org.neuropynamics.network.ui.raster", "raster"),
            Map.entry("org.neuropynamics.network.ui.rates", "rates"),
            Map.entry("org.neuropynamics.network.ui.heatmap", "heatmap"),
            Map.entry("org.neuropynamics.network.ui.traces", "traces"),
            Map.entry("org.neuropynamics.network.ui.graph", "network-graph"),
            Map.entry("org.neuropynamics.network.ui.weights", "weights"),
            Map.entry("org.neuropynamics.network.ui.weightHistogram", "weight-histogram"),
            Map.entry("org.neuropynamics.dendrites.ui.jeffress", "jeffress"),
            Map.entry("org.neuropynamics.dendrites.ui.dendrite", "dendrite"));

    /** Views without a figure. */
    private static final Set<String> NO_FIGURE = Set.of("org.neuropynamics.network.ui.problems", // a table
            "org.neuropynamics.ui.views.guide", // the user guide's text
            "org.neuropynamics.ui.views.welcome"); // the welcome page

    @Test
    void everyViewWithAFigureHasARenderKindThatTheHelpLists() throws IOException {
        Set<String> views = new TreeSet<>();
        Pattern view = Pattern.compile("<view\\b[^>]*?\\bid=\"([^\"]+)\"", Pattern.DOTALL);
        try (Stream<Path> bundles = Files.list(Path.of("..").toAbsolutePath().normalize())) {
            for (Path b : bundles.toList()) {
                Path plugin = b.resolve("plugin.xml");
                if (b.getFileName().toString().startsWith("org.neuropynamics.") && Files.isRegularFile(plugin)) {
                    Matcher m = view.matcher(Files.readString(plugin));
                    while (m.find()) {
                        if (m.group(1).startsWith("org.neuropynamics.")) {
                            views.add(m.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(views.size() >= 18, "views found: " + views);
        CliRun help = CliRun.of("render", "--help");
        assertEquals(0, help.status(), help.err());
        List<String> missing = new ArrayList<>();
        for (String id : views) {
            if (NO_FIGURE.contains(id)) {
                continue;
            }
            String kind = KINDS.get(id);
            if (kind == null || !RenderCommand.VIEWS.contains(kind) || !(help.out().contains("render " + kind)
                    || help.out().contains(kind + "|") || help.out().contains("|" + kind))) {
                missing.add(id + (kind == null ? " (no render kind)" : " (" + kind + " not in render --help)"));
            }
        }
        assertEquals(List.of(), missing);
    }
}
