package org.neuropynamics.network.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.examples.ExampleNetworks;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.io.NetworkFileException;
import org.neuropynamics.network.model.io.NetworkFiles;

/** .neuronet round trip, atomic save, broken files, and that the generated code matches the .ecore. */
class PersistenceTest {

    static final Path EXAMPLES = Path.of("../../examples");
    static final Path MODEL = Path.of("../org.neuropynamics.network.model/model");

    @TempDir
    Path dir;

    @Test
    void roundTripGivesAnEqualNetwork() throws Exception {
        Network original = ExampleNetworks.course();
        Path file = dir.resolve("course.neuronet");
        NetworkFiles.save(original, file);
        Network reloaded = NetworkFiles.load(file);
        assertNotSame(original, reloaded);
        assertTrue(EcoreUtil.equals(original, reloaded), "reloaded network differs from the saved one");
        Projection p = reloaded.getProjections().get(2);
        assertEquals("Regular", p.getSource().getName());
        assertEquals("Chattering", p.getTarget().getName());
        assertEquals(10, reloaded.getInputs().get(0).getSize());
    }

    @Test
    void shippedExamplesAreTheExampleNetworks() throws Exception {
        assertTrue(EcoreUtil.equals(ExampleNetworks.cuba(), NetworkFiles.load(EXAMPLES.resolve("cuba.neuronet"))));
        assertTrue(EcoreUtil.equals(ExampleNetworks.course(),
                NetworkFiles.load(EXAMPLES.resolve("course-network.neuronet"))));
    }

    @Test
    void saveReplacesAtomicallyAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("net.neuronet");
        NetworkFiles.save(ExampleNetworks.course(), file);
        Network cuba = ExampleNetworks.cuba();
        NetworkFiles.save(cuba, file);
        assertEquals("CUBA (Vogels & Abbott 2005)", NetworkFiles.load(file).getName());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "only the saved file remains");
        }
    }

    @Test
    void failedSaveLeavesTheOldFileUntouched() throws Exception {
        Path target = dir.resolve("occupied.neuronet");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside"), "x");
        assertThrows(NetworkFileException.class, () -> NetworkFiles.save(ExampleNetworks.course(), target));
        assertTrue(Files.isDirectory(target));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
    }

    @Test
    void truncatedFileIsReportedWithLineAndLeftUntouched() throws Exception {
        byte[] full = Files.readAllBytes(EXAMPLES.resolve("course-network.neuronet"));
        Path file = dir.resolve("broken.neuronet");
        byte[] half = Arrays.copyOf(full, full.length / 2);
        Files.write(file, half);
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFiles.load(file));
        assertTrue(e.getMessage().startsWith("broken.neuronet is not a valid network file"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.getMessage().contains("line "), e.getMessage());
        assertArrayEquals(half, Files.readAllBytes(file));
    }

    @Test
    void garbageEmptyAndForeignFilesAreNamed() throws Exception {
        Path garbage = dir.resolve("garbage.neuronet");
        Files.writeString(garbage, "this is not XML", StandardCharsets.UTF_8);
        NetworkFileException e1 = assertThrows(NetworkFileException.class, () -> NetworkFiles.load(garbage));
        assertTrue(e1.getMessage().contains("garbage.neuronet") && e1.getMessage().contains("line 1"),
                e1.getMessage());
        Path empty = dir.resolve("empty.neuronet");
        Files.write(empty, new byte[0]);
        NetworkFileException e2 = assertThrows(NetworkFileException.class, () -> NetworkFiles.load(empty));
        assertEquals("empty.neuronet is empty: it contains no network.", e2.getMessage());
        Path foreign = dir.resolve("foreign.neuronet");
        Files.writeString(foreign, "<?xml version=\"1.0\"?><network:Population xmlns:network="
                + "\"http://www.neuropynamics.org/network/1.0\" name=\"P\"/>");
        NetworkFileException e3 = assertThrows(NetworkFileException.class, () -> NetworkFiles.load(foreign));
        assertTrue(e3.getMessage().contains("root element is Population"), e3.getMessage());
    }

    /** The generator records the hash of the .ecore it generated from; editing the .ecore without regenerating fails here. */
    @Test
    void generatedCodeIsCurrentWithTheEcore() throws Exception {
        String recorded = Files.readString(MODEL.resolve("generated-from.sha256")).split("\\s+")[0];
        String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(MODEL.resolve("network.ecore"))));
        assertEquals(recorded, actual, "network.ecore changed: run releng/network-codegen (see its pom.xml)");
    }
}
