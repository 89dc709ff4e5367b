package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19's file cases on the command line: nothing the user made is overwritten or half-written, no reference
 * in a network file is followed, names from files cannot drive the terminal, and each failure is exit 2 with
 * one line giving the reason.
 */
class HostileFilesTest {

    private static final String DECAY = "# exponential decay\nx'=-x\ninit x=1\n@ total=2, dt=0.01\ndone\n";

    @TempDir
    Path dir;

    private static void assertOneLine(CliRun run, String expected) {
        assertEquals(2, run.status(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void simulateRefusesToWriteItsCsvOverTheModel() throws Exception {
        Path model = Files.writeString(dir.resolve("victim.ode"), DECAY);
        CliRun run = CliRun.of("simulate", model.toString(), "--csv", model.toString());
        assertOneLine(run, "refusing to write " + model + ": it is the input victim.ode");
        assertEquals(DECAY, Files.readString(model));
    }

    /** A read-only figure in a writable folder is left as it is, for PNG as for SVG. */
    @Test
    void renderLeavesAReadOnlyFile() throws Exception {
        for (String kind : List.of("--png", "--svg")) {
            Path figure = Files.writeString(dir.resolve("keep" + kind.substring(2)), "precious");
            Files.setPosixFilePermissions(figure, PosixFilePermissions.fromString("r--r--r--"));
            CliRun run = CliRun.of("render", "single-neuron", "--model", "lif", kind, figure.toString());
            assertOneLine(run, "cannot write " + figure + ": permission denied (the file is read-only");
            assertEquals("precious", Files.readString(figure));
        }
    }

    /** The CSV is complete and has exactly the rows of the run: x(t) = exp(-t) at the sampled times. */
    @Test
    void csvIsWholeAndReplacesTheOldFile() throws Exception {
        Path model = Files.writeString(dir.resolve("decay.ode"), DECAY);
        Path csv = Files.writeString(dir.resolve("out.csv"), "old content that is longer than one line\n".repeat(9));
        CliRun run = CliRun.of("simulate", model.toString(), "--csv", csv.toString(), "--sample", "0.5");
        assertEquals(0, run.status(), run.err());
        List<String> rows = Files.readAllLines(csv);
        assertEquals("t,x", rows.get(0));
        assertEquals(6, rows.size(), rows.toString()); // t = 0, 0.5, 1, 1.5, 2
        String[] last = rows.get(5).split(",");
        assertEquals(2.0, Double.parseDouble(last[0]), 1e-9);
        assertEquals(Math.exp(-2), Double.parseDouble(last[1]), 1e-8); // RK4 at dt 0.01
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left next to the output");
        }
    }

    @Test
    void missingOutputFolderIsRefusedBeforeTheRun() throws Exception {
        Path model = Files.writeString(dir.resolve("decay.ode"), DECAY);
        Path csv = dir.resolve("no-such-folder/out.csv");
        assertOneLine(CliRun.of("simulate", model.toString(), "--csv", csv.toString()),
                "no such folder " + dir.resolve("no-such-folder"));
    }

    @Test
    void modelFilesAreReadStrictly() throws Exception {
        Path latin1 = dir.resolve("latin1.ode");
        Files.write(latin1, "# caf\u00e9\nx'=-x\ndone\n".getBytes(StandardCharsets.ISO_8859_1));
        assertOneLine(CliRun.of("simulate", latin1.toString()), "it is not UTF-8 text (byte 0xe9 at line 1");
        assertOneLine(CliRun.of("simulate", "/dev/zero"), "cannot read model file /dev/zero: not a regular file");
        Path bom = dir.resolve("bom.ode");
        Files.write(bom, ("\uFEFF" + DECAY).getBytes(StandardCharsets.UTF_8));
        CliRun run = CliRun.of("simulate", bom.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> fin = (Map<String, Object>) ((Map<String, Object>) run.json()).get("final");
        assertEquals(Math.exp(-2), (Double) fin.get("x"), 1e-8);
    }

    @Test
    void networkWithAnOutsideReferenceExitsTwo() throws Exception {
        Path file = Files.writeString(dir.resolve("evil.neuronet"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <network:Network xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:network="http://www.neuropynamics.org/network/1.0" name="evil">
                  <populations name="A" size="2"/>
                  <projections name="pr" source="//@populations.0" target="/etc/passwd#//@populations.0">
                    <connectivity xsi:type="network:AllToAll"/>
                  </projections>
                </network:Network>
                """);
        CliRun run = CliRun.of("network", file.toString());
        assertOneLine(run, "evil.neuronet: projection 'pr': its target refers to '/etc/passwd#//@populations.0',"
                + " outside this file");
        assertEquals("", run.out());
    }

    /**
     * A population name holding terminal escapes (set the window title, clear the screen) and a line break is
     * printed as visible escapes, in the results and in an error message.
     */
    @Test
    void namesFromFilesCannotDriveTheTerminal() throws Exception {
        String name = "Exc&#27;]0;owned&#7;&#27;[2J&#10;second line";
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <network:Network xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xmlns:network="http://www.neuropynamics.org/network/1.0" name="n">
                  <populations name="%s" size="2" modelId="%s"/>
                  <run duration="10.0"/>
                </network:Network>
                """;
        // XML 1.0 forbids ESC even as a reference, so the parser refuses it: no raw byte can reach the terminal
        Path refused = Files.writeString(dir.resolve("esc.neuronet"), xml.formatted(name, "lif"));
        CliRun a = CliRun.of("network", refused.toString());
        assertEquals(2, a.status(), a.err());
        assertEquals(1, a.err().lines().count(), a.err());
        // what XML allows (C1 controls, bidi overrides, a line break) is escaped on the way out
        Path file = Files.writeString(dir.resolve("c1.neuronet"),
                xml.formatted("Exc\u009b2J\u202eevil&#10;x", "no-such-model\u009b"));
        CliRun b = CliRun.of("network", file.toString());
        assertEquals(2, b.status(), b.err());
        assertEquals(1, b.err().lines().count(), b.err());
        assertFalse(b.err().contains("\u009b") || b.err().contains("\u202e") , b.err());
        Path ok = Files.writeString(dir.resolve("ok.neuronet"), xml.formatted("Exc\u009b2J\u202eevil", "lif"));
        CliRun c = CliRun.of("network", ok.toString());
        assertEquals(0, c.status(), c.err());
        assertTrue(c.out().contains("Exc\\u009b2J\\u202eevil"), c.out());
        assertFalse(c.out().contains("\u009b") || c.out().contains("\u202e"), c.out());
    }

    @Test
    void helpForAnUnknownCommandSaysSo() {
        assertOneLine(CliRun.of("help", "bogus"), "unknown command 'bogus'");
    }
}
