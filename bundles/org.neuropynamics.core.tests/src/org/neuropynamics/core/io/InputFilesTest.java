package org.neuropynamics.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one input file is read strictly: regular files of bounded size, UTF-8 with or without a BOM. */
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void byteOrderMarkIsDropped() throws IOException {
        Path f = dir.resolve("bom.ode");
        Files.write(f, ("\uFEFFx'=-x\ndone\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("x'=-x\ndone\n", InputFiles.readText(f, "model file"));
    }

    /** A Latin-1 'é' (0xE9) on line 2 is reported with its line, byte and offset. */
    @Test
    void latin1IsReportedWithItsLine() throws IOException {
        Path f = dir.resolve("latin1.ode");
        Files.write(f, "x'=-x\n# caf\u00e9\ndone\n".getBytes(StandardCharsets.ISO_8859_1));
        FileProblem e = assertThrows(FileProblem.class, () -> InputFiles.readText(f, "model file"));
        assertEquals("cannot read model file " + f + ": it is not UTF-8 text (byte 0xe9 at line 2, byte offset 11);"
                + " save it as UTF-8", e.getMessage());
    }

    @Test
    void devicesFoldersAndMissingFilesAreRefused() {
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            FileProblem e = assertThrows(FileProblem.class, () -> InputFiles.readText(zero, "model file"));
            assertEquals("cannot read model file /dev/zero: not a regular file (a device or pipe)", e.getMessage());
        }
        FileProblem folder = assertThrows(FileProblem.class, () -> InputFiles.readText(dir, "network file"));
        assertEquals("cannot read network file " + dir + ": it is a folder", folder.getMessage());
        Path missing = dir.resolve("missing.ode");
        FileProblem none = assertThrows(FileProblem.class, () -> InputFiles.readText(missing, "model file"));
        assertEquals("cannot read model file " + missing + ": no such file or folder", none.getMessage());
    }

    @Test
    void unreadableFileGivesTheReason() throws IOException {
        Path f = Files.writeString(dir.resolve("secret.ode"), "x'=1\n");
        assertTrue(f.toFile().setReadable(false, false));
        if (Files.isReadable(f)) {
            return; // root reads everything: the permission case cannot be made here
        }
        FileProblem e = assertThrows(FileProblem.class, () -> InputFiles.readText(f, "model file"));
        assertEquals("cannot read model file " + f + ": permission denied", e.getMessage());
    }
}
