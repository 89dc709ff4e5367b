package org.neuropynamics.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;

/**
 * Copies jars without their signatures (the {@code META-INF/*.SF}, {@code .RSA}, {@code .DSA}, {@code .EC}
 * and {@code SIG-*} files and the per-entry digests of the manifest), for the command line's class path: the
 * JVM does not archive classes of signed jars, and verifying signatures costs time at every start. Everything
 * else, the bundle headers and {@code plugin.xml} included, is copied unchanged.
 */
final class UnsignedJars {

    private UnsignedJars() {
    }

    /**
     * Copies each jar into {@code dir} under its own file name, unless it is already there (a copy is only
     * renamed into place when complete, and the file names carry the bundle versions). Returns the copies, in
     * the order of {@code jars}.
     */
    static List<Path> copyAll(List<Path> jars, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> copies = new ArrayList<>();
        for (Path jar : jars) {
            Path target = dir.resolve(jar.getFileName().toString());
            if (!Files.isRegularFile(target)) {
                // a temporary name of this process (not createTempFile: the copy gets the umask's permissions)
                Path tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
                try {
                    copy(jar, tmp);
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            copies.add(target.toAbsolutePath());
        }
        return copies;
    }

    /** Writes {@code source} without its signature to {@code target}. */
    static void copy(Path source, Path target) throws IOException {
        try (JarFile in = new JarFile(source.toFile(), false);
                OutputStream file = Files.newOutputStream(target)) {
            Manifest manifest = in.getManifest();
            JarOutputStream out = manifest == null ? new JarOutputStream(file)
                    : new JarOutputStream(file, withoutDigests(manifest));
            out.setLevel(Deflater.BEST_SPEED);
            Enumeration<JarEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.equalsIgnoreCase(JarFile.MANIFEST_NAME) || isSignature(name)) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(name));
                if (!entry.isDirectory()) {
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            out.finish();
        }
    }

    /** True for the files of a jar signature. */
    static boolean isSignature(String entryName) {
        String name = entryName.toUpperCase(Locale.ROOT);
        if (!name.startsWith("META-INF/") || name.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        String file = name.substring("META-INF/".length());
        return file.endsWith(".SF") || file.endsWith(".RSA") || file.endsWith(".DSA") || file.endsWith(".EC")
                || file.startsWith("SIG-");
    }

    /** The manifest with the per-entry digest attributes removed (and sections left empty by that). */
    static Manifest withoutDigests(Manifest manifest) {
        Manifest copy = new Manifest();
        copy.getMainAttributes().putAll(manifest.getMainAttributes());
        for (Map.Entry<String, Attributes> section : manifest.getEntries().entrySet()) {
            Attributes attributes = new Attributes(section.getValue());
            attributes.keySet().removeIf(key -> key.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST"));
            if (!attributes.isEmpty()) {
                copy.getEntries().put(section.getKey(), attributes);
            }
        }
        return copy;
    }
}
