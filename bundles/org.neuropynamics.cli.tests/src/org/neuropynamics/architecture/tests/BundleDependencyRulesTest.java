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
 * requires another topic's bundle, no UI bundle requires another UI bundle than the UI kit
 * {@code org.neuropynamics.ui}, the core requires no bundle of ours, no logic bundle requires a UI bundle, and each
 * topic's logic is exported by its own bundle, not by the core; no package is exported to a test bundle and every
 * test bundle is a fragment.
 */
class BundleDependencyRulesTest {

    /** The topics; a topic's bundles are org.neuropynamics.TOPIC and org.neuropynamics.TOPIC.* . */
    private static final List<String> TOPICS = List.of("singleneuron", "stability", "bifurcation", "network",
            "dendrites");
    private static final String PREFIX = "org.neuropynamics.";

    /** The logic issue 13 moved out of the core, and the topic bundle that now owns each package. */
    private static final Map<String, String> TOPIC_PACKAGES = Map.of(
            "org.neuropynamics.bifurcation.continuation", "org.neuropynamics.bifurcation",
            "org.neuropynamics.bifurcation.maps", "org.neuropynamics.bifurcation",
            "org.neuropynamics.bifurcation.sweep", "org.neuropynamics.bifurcation",
            "org.neuropynamics.stability.phaseplane", "org.neuropynamics.stability");

    @Test
    void noTopicRequiresAnotherTopicAndNoUiBundleAnotherUiBundle() throws IOException {
        Map<String, List<String>> requires = manifests("Require-Bundle");
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

    /**
     * A UI bundle sees the core and the figure layer because it requires them itself, not because the UI kit
     * re-exports them (issue 13, item 3): a bundle of ours re-exports another of ours only inside its own topic
     * (the network bundles hand their EMF model on to their clients).
     */
    @Test
    void noBundleReexportsABundleOfOursOutsideItsTopic() throws IOException {
        Map<String, String> requires = raw("Require-Bundle");
        List<String> broken = new ArrayList<>();
        int reexports = 0;
        for (Map.Entry<String, String> e : requires.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            for (String clause : clauses(e.getValue())) {
                String required = clause.split(";")[0].trim();
                if (!clause.replace(" ", "").contains("visibility:=reexport") || !required.startsWith(PREFIX)) {
                    continue;
                }
                reexports++;
                String topic = topic(e.getKey());
                if (topic == null || !topic.equals(topic(required))) {
                    broken.add(e.getKey() + " re-exports " + required);
                }
            }
        }
        assertEquals(List.of(), broken);
        // the network topic's own re-exports are read, so the test reads the directive at all
        assertTrue(reexports >= 2, "re-exports of our bundles found: " + reexports);
    }

    @Test
    void theCoreRequiresNothingOfOursAndNoLogicBundleRequiresAUiBundle() throws IOException {
        Map<String, List<String>> requires = manifests("Require-Bundle");
        List<String> broken = new ArrayList<>();
        for (String required : requires.get(PREFIX + "core")) {
            if (required.startsWith(PREFIX)) {
                broken.add("the core requires " + required);
            }
        }
        for (Map.Entry<String, List<String>> e : requires.entrySet()) {
            String bundle = e.getKey();
            if (!bundle.startsWith(PREFIX) || bundle.endsWith(".ui") || bundle.endsWith(".tests")) {
                continue;
            }
            for (String required : e.getValue()) {
                if (required.equals(PREFIX + "ui") || required.startsWith(PREFIX) && required.endsWith(".ui")) {
                    broken.add(bundle + " (no UI bundle) requires the UI bundle " + required);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void eachTopicsLogicIsExportedByItsOwnBundleNotByTheCore() throws IOException {
        Map<String, List<String>> exports = manifests("Export-Package");
        List<String> broken = new ArrayList<>();
        for (String pkg : exports.get(PREFIX + "core")) {
            for (String moved : TOPIC_PACKAGES.keySet()) {
                String last = moved.substring(moved.lastIndexOf('.'));
                if (pkg.endsWith(last) || pkg.equals(PREFIX + "core.bench")) {
                    broken.add("the core exports " + pkg);
                }
            }
        }
        for (Map.Entry<String, String> e : TOPIC_PACKAGES.entrySet()) {
            if (!exports.get(e.getValue()).contains(e.getKey())) {
                broken.add(e.getValue() + " does not export " + e.getKey());
            }
        }
        for (Map.Entry<String, List<String>> e : exports.entrySet()) {
            String topic = topic(e.getKey());
            for (String pkg : e.getValue()) {
                String owner = topic(pkg);
                if (owner != null && topic != null && !owner.equals(topic)) {
                    broken.add(e.getKey() + " exports " + pkg + " of topic " + owner);
                }
            }
        }
        assertEquals(List.of(), broken.stream().distinct().toList());
    }

    /**
     * No package is exported for tests: no export names a test bundle as a friend (x-friends), and every test
     * bundle is a fragment of the bundle it tests (docs/architecture.md, "Dependency rules"), so it sees its
     * host's packages without exports; the UI tests are one fragment of {@code org.neuropynamics.ui} (one
     * workbench) and reach the topic views through the packages the UI bundles export to everyone.
     */
    @Test
    void noPackageIsExportedForTestsAndEveryTestBundleIsAFragment() throws IOException {
        Map<String, String> exports = raw("Export-Package");
        Map<String, String> hosts = raw("Fragment-Host");
        assertTrue(hosts.size() >= 20, "bundles found: " + hosts.keySet());
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, String> e : exports.entrySet()) {
            String header = e.getValue();
            if (header != null && header.contains("x-friends")) {
                for (String clause : clauses(header)) {
                    if (clause.contains("x-friends") && clause.contains(".tests")) {
                        broken.add(e.getKey() + " exports " + clause.split(";")[0].trim() + " to a test bundle");
                    }
                }
            }
        }
        for (Map.Entry<String, String> e : hosts.entrySet()) {
            if (e.getKey().endsWith(".tests") && e.getValue() == null) {
                broken.add(e.getKey() + " is a plain bundle, not a fragment of the bundle it tests");
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void anXFriendsExportToATestBundleIsFound() {
        List<String> clauses = clauses("org.a;x-friends:=\"org.b.tests,org.c\", org.d");
        assertEquals(2, clauses.size());
        assertTrue(clauses.get(0).contains("x-friends") && clauses.get(0).contains(".tests"));
        assertEquals(List.of("org.a", "org.d"), names("org.a;x-friends:=\"org.b.tests,org.c\", org.d"));
    }

    @Test
    void topicsAndRequirementsAreReadAsTheRulesMeanThem() {
        assertEquals("stability", topic(PREFIX + "stability.ui"));
        assertEquals("network", topic(PREFIX + "network.model"));
        assertEquals(null, topic(PREFIX + "plot"));
        assertEquals(null, topic(PREFIX + "ui"));
        assertEquals(null, topic(PREFIX + "network.tests"));
        // a version range holds a comma inside quotes
        assertEquals(List.of("org.a", "org.b"),
                names("org.a;bundle-version=\"[1.0,2.0)\", org.b;visibility:=reexport"));
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

    /** Bundle symbolic name to the names in one header (required bundles, exported packages), for every bundle. */
    private static Map<String, List<String>> manifests(String header) throws IOException {
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
                    out.put(name.split(";")[0].trim(), names(m.getMainAttributes().getValue(header)));
                }
            }
        }
        return out;
    }

    /** Bundle symbolic name to the raw value of one header (null when the manifest has none), for every bundle. */
    private static Map<String, String> raw(String header) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(Path.of("..").toAbsolutePath().normalize())) {
            for (Path dir : dirs.toList()) {
                Path mf = dir.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(mf)) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(mf)) {
                    Manifest m = new Manifest(in);
                    String name = m.getMainAttributes().getValue("Bundle-SymbolicName");
                    out.put(name.split(";")[0].trim(), m.getMainAttributes().getValue(header));
                }
            }
        }
        return out;
    }

    /** The clauses of a header, with their attributes and directives (quoted commas kept). */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : (header + ",").toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().trim());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        return clauses;
    }

    /** The names in a Require-Bundle or Export-Package header (attributes, directives dropped; quoted commas kept). */
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
