package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code new-model ID --from FILE.ode}: the jar is a plug-in (manifest, plugin.xml contributing the model to the
 * models extension point, the .ode file unchanged) whose model, run from the jar's file, matches the exact solution
 * of a leaky membrane; bad files, ids and targets exit 2 with one line and write nothing. The product-level test
 * (releng/org.neuropynamics.product/dropins-test.sh) installs such a jar into an unpacked product.
 */
class NewModelCommandTest {

    private static final String LEAKY = """
            # a passive membrane relaxing to its resting potential
            par E=-65, tau=12.5
            init v=-20
            v' = (E - v)/tau
            done
            """;

    @Test
    @SuppressWarnings("unchecked")
    void writesAPluginJarWhoseModelMatchesTheExactSolution(@TempDir Path dir) throws Exception {
        Path ode = Files.writeString(dir.resolve("leaky.ode"), LEAKY);
        CliRun run = CliRun.of("new-model", "leaky-membrane", "--from", ode.toString(), "--name", "Leaky <membrane>",
                "--out", dir.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        Map<String, Object> doc = (Map<String, Object>) run.json();
        Path jar = dir.resolve("org.neuropynamics.models.user.leaky_membrane_1.0.0.jar");
        assertEquals(jar.toString(), doc.get("file"));
        assertEquals(List.of("v"), doc.get("variables"));
        assertEquals(List.of("E", "tau"), doc.get("parameters"));
        String odeEntry;
        try (JarFile jf = new JarFile(jar.toFile())) {
            Attributes main = jf.getManifest().getMainAttributes();
            assertEquals("2", main.getValue("Bundle-ManifestVersion"));
            assertEquals("org.neuropynamics.models.user.leaky_membrane;singleton:=true",
                    main.getValue("Bundle-SymbolicName"));
            assertEquals("1.0.0", main.getValue("Bundle-Version"));
            assertTrue(main.getValue("Require-Bundle").startsWith("org.neuropynamics.core;"));
            Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
                    new ByteArrayInputStream(jf.getInputStream(jf.getEntry("plugin.xml")).readAllBytes()));
            Element extension = (Element) xml.getElementsByTagName("extension").item(0);
            assertEquals("org.neuropynamics.core.models", extension.getAttribute("point"));
            Element model = (Element) extension.getElementsByTagName("model").item(0);
            assertEquals("leaky-membrane", model.getAttribute("id"));
            assertEquals("Leaky <membrane>", model.getAttribute("name")); // escaped in the XML, read back whole
            odeEntry = model.getAttribute("file");
            assertEquals(LEAKY, new String(jf.getInputStream(jf.getEntry(odeEntry)).readAllBytes(),
                    StandardCharsets.UTF_8));
        }
        // the model the plug-in contributes, run from its own file: v(t) = E + (v0 - E) exp(-t/tau), within 1e-9 mV
        Path extracted = dir.resolve("from-jar.ode");
        try (JarFile jf = new JarFile(jar.toFile())) {
            Files.write(extracted, jf.getInputStream(jf.getEntry(odeEntry)).readAllBytes());
        }
        CliRun sim = CliRun.of("simulate", extracted.toString(), "--t", "50", "--method", "rk4", "--dt", "0.01",
                "--json");
        assertEquals(0, sim.status(), sim.err());
        double v = ((Number) ((Map<String, Object>) ((Map<String, Object>) sim.json()).get("final")).get("v"))
                .doubleValue();
        assertEquals(-65 + 45 * Math.exp(-50 / 12.5), v, 1e-9);
    }

    @Test
    void aBrokenFileExitsTwoWithItsLineAndColumnAndWritesNothing(@TempDir Path dir) throws Exception {
        Path ode = Files.writeString(dir.resolve("broken.ode"), "par E=-65\nv' = (E - v)/\ndone\n");
        CliRun run = CliRun.of("new-model", "broken", "--from", ode.toString(), "--out", dir.toString());
        assertEquals(2, run.status());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("broken.ode: line 2, column"), run.err());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(ode), files.toList());
        }
    }

    @Test
    void badIdsClashesAndTargetsExitTwo(@TempDir Path dir) throws Exception {
        Path ode = Files.writeString(dir.resolve("leaky.ode"), LEAKY);
        for (List<String> args : List.of(List.of("Bad Id", "--from", ode.toString()),
                List.of("izhikevich", "--from", ode.toString()), // a catalogue model's id
                List.of("leaky", "--from", dir.resolve("missing.ode").toString()),
                List.of("leaky"),
                List.of("leaky", "--from", ode.toString(), "--version", "one"),
                List.of("leaky", "--from", ode.toString(), "--out", dir.resolve("x.txt").toString()),
                List.of("leaky", "--from", ode.toString(), "--out", dir.resolve("no/such/x.jar").toString()))) {
            String[] argv = new String[args.size() + 1];
            argv[0] = "new-model";
            for (int i = 0; i < args.size(); i++) {
                argv[i + 1] = args.get(i);
            }
            CliRun run = CliRun.of(argv);
            assertEquals(2, run.status(), args + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), args + ": " + run.err());
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".jar")));
        }
    }
}
