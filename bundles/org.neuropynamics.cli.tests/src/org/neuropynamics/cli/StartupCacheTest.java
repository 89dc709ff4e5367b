package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** The pieces of the command line's start-up cache that do not need a second JVM. */
class StartupCacheTest {

    /** EMF's jar as resolved for this test run: signed by the Eclipse Foundation, as installed in the product. */
    private static Path signedJar() throws IOException {
        Path jar = FileLocator.getBundleFile(FrameworkUtil.getBundle(EObject.class)).toPath();
        assertTrue(Files.isRegularFile(jar) && jar.toString().endsWith(".jar"), "EMF is a jar: " + jar);
        return jar;
    }

    private static byte[] read(JarFile jar, JarEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aCopyOfASignedJarHasNoSignatureAndTheSameContent(@TempDir Path tmp) throws IOException {
        Path source = signedJar();
        List<Path> copies = UnsignedJars.copyAll(List.of(source), tmp.resolve("lib"));
        assertEquals(List.of(tmp.resolve("lib").resolve(source.getFileName()).toAbsolutePath()), copies);
        try (JarFile signed = new JarFile(source.toFile(), false); JarFile copy = new JarFile(copies.get(0).toFile(), true)) {
            List<String> signatureFiles = new ArrayList<>();
            int compared = 0;
            for (JarEntry entry : Collections.list(signed.entries())) {
                if (UnsignedJars.isSignature(entry.getName())) {
                    signatureFiles.add(entry.getName());
                    assertEquals(null, copy.getJarEntry(entry.getName()), entry.getName());
                } else if (!entry.isDirectory() && !entry.getName().equals(JarFile.MANIFEST_NAME)) {
                    JarEntry copied = copy.getJarEntry(entry.getName());
                    assertArrayEquals(read(signed, entry), read(copy, copied), entry.getName());
                    assertEquals(null, copied.getCodeSigners(), "unsigned: " + entry.getName());
                    compared++;
                }
            }
            assertFalse(signatureFiles.isEmpty(), "the EMF jar of this run should be signed: " + source);
            assertTrue(compared > 100, "classes compared: " + compared);
            assertTrue(copy.getManifest().getEntries().isEmpty(), "no per-entry digests left");
            assertEquals(signed.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"),
                    copy.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"));
        }
        // a second copy into the same place keeps the first (the file name carries the version)
        long modified = Files.getLastModifiedTime(copies.get(0)).toMillis();
        assertEquals(copies, UnsignedJars.copyAll(List.of(source), tmp.resolve("lib")));
        assertEquals(modified, Files.getLastModifiedTime(copies.get(0)).toMillis());
    }

    @Test
    void signatureFilesAreRecognisedOnlyDirectlyUnderMetaInf() {
        for (String name : List.of("META-INF/ECLIPSE_.SF", "META-INF/ECLIPSE_.RSA", "meta-inf/x.dsa", "META-INF/K.EC",
                "META-INF/SIG-X")) {
            assertTrue(UnsignedJars.isSignature(name), name);
        }
        for (String name : List.of("META-INF/MANIFEST.MF", "META-INF/services/a.SF", "org/x/A.RSA", "plugin.xml")) {
            assertFalse(UnsignedJars.isSignature(name), name);
        }
    }

    @Test
    void launcherOptionsQuoteWindowsPathsAndNameTheArchive() {
        String text = StartupCache.launcherOptions(
                List.of(Path.of("lib", "a b.jar").toAbsolutePath(), Path.of("lib", "c.jar").toAbsolutePath()),
                Path.of("cache", "cli.jsa").toAbsolutePath());
        List<String> lines = text.lines().toList();
        assertEquals("-cp", lines.get(0));
        String cp = Path.of("lib", "a b.jar").toAbsolutePath() + File.pathSeparator + Path.of("lib", "c.jar").toAbsolutePath();
        assertEquals('"' + cp.replace("\\", "\\\\") + '"', lines.get(1));
        assertEquals(StartupCache.quote("-XX:SharedArchiveFile=" + Path.of("cache", "cli.jsa").toAbsolutePath()), lines.get(2));
        assertTrue(lines.contains("-Xlog:cds*=off:stderr"), text);
        assertEquals("\"C:\\\\Program Files\\\\x \\\"y\\\"\"", StartupCache.quote("C:\\Program Files\\x \"y\""));
        String withoutArchive = StartupCache.launcherOptions(List.of(Path.of("x.jar").toAbsolutePath()), null);
        assertEquals(2, withoutArchive.lines().count(), "only the class path: " + withoutArchive);
    }

    @Test
    void theCacheIsCurrentForThisJdkWithACopyOfEveryJar(@TempDir Path tmp) throws IOException {
        assertTrue(StartupCache.stamp().contains("java.home=" + System.getProperty("java.home") + "\n"));
        assertTrue(StartupCache.stamp().contains("java.vm.version=" + System.getProperty("java.vm.version") + "\n"));
        List<Path> classPath = List.of(Path.of("plugins", "a_1.0.jar"), Path.of("plugins", "b_2.0.jar"));
        assertFalse(StartupCache.isCurrent(tmp, classPath), "empty");
        Files.writeString(tmp.resolve(StartupCache.ARGS), "-cp\n\"x.jar\"\n");
        Files.writeString(tmp.resolve(StartupCache.STAMP), "java.home=/elsewhere\n", StandardCharsets.UTF_8);
        Files.createDirectories(tmp.resolve(StartupCache.LIB));
        Files.writeString(tmp.resolve(StartupCache.LIB).resolve("a_1.0.jar"), "");
        Files.writeString(tmp.resolve(StartupCache.LIB).resolve("b_2.0.jar"), "");
        assertFalse(StartupCache.isCurrent(tmp, classPath), "made by another JDK");
        Files.writeString(tmp.resolve(StartupCache.STAMP), StartupCache.stamp(), StandardCharsets.UTF_8);
        assertTrue(StartupCache.isCurrent(tmp, classPath));
        Files.delete(tmp.resolve(StartupCache.LIB).resolve("b_2.0.jar"));
        assertFalse(StartupCache.isCurrent(tmp, classPath), "a copy is missing");
    }

    @Test
    void onlyTheCachesOfTheThreeLatestBuildsAreKept(@TempDir Path tmp) throws IOException {
        List<Path> builds = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Path cache = tmp.resolve("org.neuropynamics.cli_1.0.0.20260" + i);
            Files.createDirectories(cache.resolve(StartupCache.LIB));
            Files.writeString(cache.resolve(StartupCache.LIB).resolve("x.jar"), "x");
            Files.writeString(cache.resolve(StartupCache.STAMP), StartupCache.stamp());
            Files.setLastModifiedTime(cache.resolve(StartupCache.STAMP), FileTime.fromMillis(1_000_000L * i));
            builds.add(cache);
        }
        Path notACache = Files.createDirectories(tmp.resolve("org.neuropynamics.cli_notes"));
        Path other = Files.createDirectories(tmp.resolve("something-else"));
        // the oldest build prepares last (it was run again): it stays, with the two newest
        Files.setLastModifiedTime(builds.get(0).resolve(StartupCache.STAMP), FileTime.fromMillis(9_000_000L));
        StartupCache.pruneSiblings(builds.get(0));
        assertEquals(List.of(true, false, false, true, true), builds.stream().map(Files::exists).toList());
        assertTrue(Files.exists(notACache) && Files.exists(other), "only directories with a stamp are caches");
    }
}
