package org.neuropynamics.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The dependency rules of docs/architecture.md, read from the bundles' manifests at build time: no topic bundle
 * requires another topic's bundle, and no UI bundle requires another UI bundle than the UI kit
 * {@code org.neuropynamics.ui}.
 */
class BundleDependencyRulesTest {

    /** The topics; a topic's bundles are org.neuropynamics.TOPIC and org.neuropynamics.TOPIC.* . */
    private static final List<String> TOPICS = List.of("singleneuron", "stability", "bifurcation", "network",
            "dendrites");
    private static final String PREFIX = "org.neuropynamics.";

    @Test
    void noTopicRequiresAnotherTopicAndNoUiBundleAnotherUiBundle() throws IOException {
        Map<String, List<String>> requires = manifests();
        assertTrue(requires.size() >= 15, "bundles found: " + requires.keySet());
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : requires.entrySet()) {
            String bundle = e.getKey();
            String topic = topic(bundle);
            for (String required : e.getValue()) {
                String other = topic(required);
                if (topic != null && other != null && !other.equals(topic)) {
                    broken.add(bundle + " requires " + required + " of topic " + other);
                }
                if (bundle.endsWith(".ui") && required.startsWith(PREFIX) && required.endsWith(".ui")
                        && !required.equals(PREFIX + "ui")) {
                    broken.add(bundle + " requires the UI bundle " + required);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void topicsAndRequirementsAreReadAsTheRulesMeanThem() {
        assertEquals("stability", topic(PREFIX + "stability.ui"));
        assertEquals("network", topic(PREFIX + "network.model"));
        assertEquals(null, topic(PREFIX + "plot"));
        assertEquals(null, topic(PREFIX + "ui"));
        assertEquals(null, topic(PREFIX + "network.tests"));
        // a version range holds a comma inside quotes
        assertEquals(List.of("org.a", "org.b"), names("org.a;bundle-version=\"[1.0,2.0)\", org.b;visibility:=reexport"));
    }

    /** The topic of a bundle, or null for the shared bundles (core, plot, ui, models, cli) and tests. */
    static String topic(String bundle) {
        if (!bundle.startsWith(PREFIX) || bundle.endsWith(".tests")) {
            return null;
        }
        String rest = bundle.substring(PREFIX.length());
        String first = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return TOPICS.contains(first) ? first : null;
    }

    /** Bundle symbolic name to its required bundles, for every bundle of the repository. */
    private static Map<String, List<String>> manifests() throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        // tests run in their bundle's directory; the bundles are its siblings
        try (Stream<Path> dirs = Files.list(Path.of("..").toAbsolutePath().normalize())) {
            for (Path dir : dirs.toList()) {
                Path mf = dir.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(mf)) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(mf)) {
                    Manifest m = new Manifest(in);
                    String name = m.getMainAttributes().getValue("Bundle-SymbolicName");
                    String req = m.getMainAttributes().getValue("Require-Bundle");
                    out.put(name.split(";")[0].trim(), names(req));
                }
            }
        }
        return out;
    }

    /** The bundle names of a Require-Bundle header (attributes and directives dropped, quoted commas kept). */
    static List<String> names(String header) {
        List<String> names = new ArrayList<>();
        if (header == null) {
            return names;
        }
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                names.add(clause.toString().split(";")[0].trim());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return names;
    }
}
