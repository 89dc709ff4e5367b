package org.neuropynamics.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs are replaced atomically, never half-written, never over a read-only file or an input. */
class OutputFilesTest {

    @TempDir
    Path dir;

    private List<String> folder() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesContentKeepsModeAndLeavesNoTemporaryFile() throws IOException {
        Path f = dir.resolve("out.csv");
        Files.writeString(f, "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        OutputFiles.writeString(f, "new,content\n");
        assertEquals("new,content\n", Files.readString(f));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertEquals(List.of("out.csv"), folder());
    }

    /** A new output has the permissions any program's new file gets under the same umask (not 0600). */
    @Test
    void newFileGetsTheUmasksPermissions() throws IOException {
        Path reference = Files.createFile(dir.resolve("reference"));
        Path f = dir.resolve("figure.svg");
        OutputFiles.writeString(f, "<svg/>");
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(f));
    }

    /** A failure mid-write (here: the disk fills up) leaves the old file whole and no temporary file behind. */
    @Test
    void failureMidWriteLeavesTheOldFile() throws IOException {
        Path f = dir.resolve("trace.csv");
        Files.writeString(f, "t,v\n0,-65\n");
        FileProblem e = assertThrows(FileProblem.class, () -> OutputFiles.write(f, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + f + ": no space left on device", e.getMessage());
        assertEquals("t,v\n0,-65\n", Files.readString(f));
        assertEquals(List.of("trace.csv"), folder());
    }

    @Test
    void readOnlyFileIsRefusedAndKept() throws IOException {
        Path f = dir.resolve("keep.png");
        Files.writeString(f, "precious");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        FileProblem e = assertThrows(FileProblem.class, () -> OutputFiles.writeString(f, "x"));
        assertTrue(e.getMessage().startsWith("cannot write " + f + ": permission denied"), e.getMessage());
        assertEquals("precious", Files.readString(f));
    }

    /** The input is recognised through another spelling of its path and through a symbolic link. */
    @Test
    void theInputIsNeverReplaced() throws IOException {
        Path model = dir.resolve("victim.ode");
        Files.writeString(model, "x'=-x\ndone\n");
        Path other = dir.resolve("sub/../victim.ode");
        Files.createDirectory(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link.ode"), model);
        for (Path target : List.of(model, other, link)) {
            FileProblem e = assertThrows(FileProblem.class, () -> OutputFiles.writeString(target, "t,x\n", model));
            assertTrue(e.getMessage().startsWith("refusing to write " + target + ": it is the input victim.ode"),
                    e.getMessage());
        }
        assertEquals("x'=-x\ndone\n", Files.readString(model));
    }

    /** Writing through a symbolic link replaces the file it points to; the link stays a link. */
    @Test
    void aLinkStaysALink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
        OutputFiles.writeString(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void missingFolderAndFolderTargetsAreNamed() {
        Path missing = dir.resolve("no/such/out.csv");
        FileProblem a = assertThrows(FileProblem.class, () -> OutputFiles.writeString(missing, "x"));
        assertEquals("cannot write " + missing + ": no such folder " + dir.resolve("no/such"), a.getMessage());
        FileProblem b = assertThrows(FileProblem.class, () -> OutputFiles.writeString(dir, "x"));
        assertEquals("cannot write " + dir + ": it is a folder", b.getMessage());
    }

    /**
     * Eight writers race to write the same file, each its own 2 MB of one repeated byte: the file ends as exactly
     * one writer's complete content, never a mixture or a truncation.
     */
    @Test
    void concurrentWritersNeverInterleave() throws Exception {
        Path f = dir.resolve("shared.csv");
        int writers = 8;
        int size = 2 << 20;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            byte[] content = new byte[size];
            Arrays.fill(content, (byte) ('a' + w));
            done.add(pool.submit(() -> {
                start.await();
                for (int round = 0; round < 3; round++) {
                    OutputFiles.write(f, out -> {
                        for (int k = 0; k < size; k += 4096) {
                            out.write(content, k, 4096); // small chunks: many chances to interleave
                        }
                    });
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> d : done) {
            d.get();
        }
        pool.shutdown();
        byte[] result = Files.readAllBytes(f);
        assertEquals(size, result.length);
        byte[] expected = new byte[size];
        Arrays.fill(expected, result[0]);
        assertArrayEquals(expected, result);
        assertEquals(List.of("shared.csv"), folder());
    }
}
