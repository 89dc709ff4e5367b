package org.neuropynamics.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.examples.ExampleNetworks;
import org.neuropynamics.network.model.io.NetworkFiles;

/** A saved network gets the permissions of a file the user makes by hand; a replaced one keeps its own. */
class FilePermissionsTest {

    @TempDir
    Path dir;

    @Test
    void aNewNetworkFileHasTheModeOfAFileMadeWithTouch() throws Exception {
        assertTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "the tests run on a POSIX file system");
        Path byHand = dir.resolve("by-hand.txt");
        Process touch = new ProcessBuilder("touch", byHand.toString()).inheritIO().start();
        assertEquals(0, touch.waitFor());
        Path saved = dir.resolve("saved.neuronet");
        NetworkFiles.save(ExampleNetworks.course(), saved);
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(byHand)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(saved)));
        // a second save (Save) of the same file, and a Save As to another, too
        NetworkFiles.save(ExampleNetworks.course(), saved);
        Path savedAs = dir.resolve("saved-as.neuronet");
        NetworkFiles.save(NetworkFiles.load(saved), savedAs);
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(byHand)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(savedAs)));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        assertTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "the tests run on a POSIX file system");
        Path file = dir.resolve("shared.neuronet");
        NetworkFiles.save(ExampleNetworks.course(), file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        NetworkFiles.save(ExampleNetworks.cuba(), file);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("CUBA (Vogels & Abbott 2005)", NetworkFiles.load(file).getName());
    }
}
