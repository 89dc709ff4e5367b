package org.neuropynamics.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The command line's start-up cache, one directory per installed build (the launcher scripts name it after
 * the CLI jar, e.g. {@code ~/.cache/neuropynamics/org.neuropynamics.cli_1.0.0.<qualifier>}):
 * <ul>
 * <li>{@code lib/}: copies of the class-path jars without their signatures ({@link UnsignedJars}): the JVM
 * cannot archive classes of signed jars, and checking the signatures of EMF and Janino costs ~0.3 s CPU;</li>
 * <li>{@code cli.jsa}: the classes a training run ({@link StartupTraining}) loaded, archived by the JVM (an
 * AOT cache on JDK 25 and later, a dynamic CDS archive on JDK 21 to 24), mapped at start instead of loaded;</li>
 * <li>{@code cli.args}: the {@code java @cli.args} options of the launcher: that class path, that archive,
 * and CDS logging off (a JVM that cannot use the archive runs without it and says nothing on stdout);</li>
 * <li>{@code stamp}: the JDK the archive was made for; another JDK rebuilds the cache.</li>
 * </ul>
 * The cache is built after the first command of a build (or JDK) has printed its result, once, by whichever
 * process gets the lock; every failure just leaves the command line on its slower uncached path. The caches
 * of the {@value #KEEP} most recently prepared builds are kept, older ones deleted.
 */
final class StartupCache {

    /** System property naming the cache directory (set by the launcher scripts). */
    static final String CACHE_PROPERTY = "org.neuropynamics.cli.cache";
    static final String ARGS = "cli.args";
    static final String ARCHIVE = "cli.jsa";
    static final String STAMP = "stamp";
    static final String LIB = "lib";
    private static final String LOCK = ".lock";
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(3);
    /** How many caches of different builds are kept side by side. */
    static final int KEEP = 3;

    private StartupCache() {
    }

    /** Builds the cache in {@code dir} unless it is current; never throws (a cache is only an optimisation). */
    static void refreshIfStale(Path dir) {
        try {
            List<Path> classPath = classPath();
            if (!isCurrent(dir, classPath)) {
                prepare(dir, classPath, TRAINING_TIMEOUT);
            }
        } catch (IOException | RuntimeException | InterruptedException e) {
            if (Boolean.getBoolean("org.neuropynamics.cli.debug")) {
                System.err.println("neuropynamics: start-up cache not built in " + dir + ": " + e);
            }
        }
    }

    /** True when {@code dir} holds launcher options made by this JDK and a copy of each jar of {@code classPath}. */
    static boolean isCurrent(Path dir, List<Path> classPath) throws IOException {
        Path stamp = dir.resolve(STAMP);
        if (!Files.isRegularFile(dir.resolve(ARGS)) || !Files.isRegularFile(stamp)
                || !Files.readString(stamp, StandardCharsets.UTF_8).equals(stamp())) {
            return false;
        }
        for (Path jar : classPath) {
            if (!Files.isRegularFile(dir.resolve(LIB).resolve(jar.getFileName().toString()))) {
                return false;
            }
        }
        return true;
    }

    /** What identifies the JDK an archive belongs to. */
    static String stamp() {
        return "java.home=" + System.getProperty("java.home") + "\njava.vm.version="
                + System.getProperty("java.vm.version") + "\njava.vm.vendor=" + System.getProperty("java.vm.vendor")
                + "\n";
    }

    /**
     * Copies the jars, trains and archives, then writes the stamp and the launcher options (last, so that a
     * launcher never sees a half-built cache). Returns false when another process holds the lock.
     */
    static boolean prepare(Path dir, List<Path> classPath, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        try (FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null || isCurrent(dir, classPath)) {
                return lock != null;
            }
            List<Path> jars = UnsignedJars.copyAll(classPath, dir.resolve(LIB));
            boolean archived = train(dir, jars, timeout);
            writeAtomically(dir.resolve(STAMP), stamp());
            writeAtomically(dir.resolve(ARGS), launcherOptions(jars, archived ? dir.resolve(ARCHIVE) : null));
            pruneSiblings(dir);
            return true;
        }
    }

    /**
     * Deletes the caches of other builds next to {@code dir} (same name up to the {@code _} before the
     * version, with a stamp), keeping the {@value #KEEP} most recently built: each rebuild of the product
     * would otherwise leave ~35 MB behind. A cache in use elsewhere survives where files cannot be deleted.
     */
    static void pruneSiblings(Path dir) {
        Path parent = dir.toAbsolutePath().getParent();
        String name = dir.getFileName().toString();
        int underscore = name.indexOf('_');
        if (parent == null || underscore < 0) {
            return;
        }
        List<Path> caches = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, name.substring(0, underscore + 1) + "*")) {
            for (Path sibling : siblings) {
                if (Files.isRegularFile(sibling.resolve(STAMP))) {
                    caches.add(sibling);
                }
            }
            caches.sort(Comparator.comparing((Path p) -> modified(p.resolve(STAMP))).reversed());
        } catch (IOException | UncheckedIOException e) {
            return;
        }
        for (Path old : caches.subList(Math.min(KEEP, caches.size()), caches.size())) {
            if (!old.toAbsolutePath().equals(dir.toAbsolutePath())) {
                deleteTree(old);
            }
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // in use (Windows) or not ours to delete: leave it
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // leave the rest
        }
    }

    /** The class path of this JVM as jar files (a directory on it cannot be archived: refused). */
    static List<Path> classPath() throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.isEmpty() || !Files.isRegularFile(p) || !entry.endsWith(".jar")) {
                throw new IOException("class path entry '" + entry + "' is not a jar file");
            }
            jars.add(p.toAbsolutePath());
        }
        return jars;
    }

    /** The contents of {@code cli.args}: one option per line, quoted for the java launcher's @file syntax. */
    static String launcherOptions(List<Path> jars, Path archive) {
        List<String> cp = new ArrayList<>();
        for (Path jar : jars) {
            cp.add(jar.toAbsolutePath().toString());
        }
        StringBuilder sb = new StringBuilder();
        sb.append("-cp\n").append(quote(String.join(File.pathSeparator, cp))).append('\n');
        if (archive != null) {
            sb.append(quote("-XX:SharedArchiveFile=" + archive.toAbsolutePath())).append('\n');
            // warnings to stderr (never into a JSON document on stdout), and nothing about an unusable archive
            sb.append("-Xlog:disable\n-Xlog:all=warning:stderr\n-Xlog:cds*=off:stderr\n");
        }
        return sb.toString();
    }

    /** Quotes one argument of a java @file: backslashes and quotes escaped (Windows paths). */
    static String quote(String arg) {
        return '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** Runs {@link StartupTraining} in a child JVM that archives the classes it loads; true when it did. */
    private static boolean train(Path dir, List<Path> jars, Duration timeout) throws IOException, InterruptedException {
        Path tmp = dir.resolve(ARCHIVE + ".tmp");
        Files.deleteIfExists(tmp);
        boolean windows = File.separatorChar == '\\';
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString());
        cmd.addAll(vmOptions());
        cmd.add((Runtime.version().feature() >= 25 ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + tmp);
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, jars.stream().map(Path::toString).toList()));
        cmd.add(StartupTraining.class.getName());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            Files.deleteIfExists(tmp);
            return false;
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(tmp) || Files.size(tmp) == 0) {
            Files.deleteIfExists(tmp);
            return false;
        }
        Files.move(tmp, dir.resolve(ARCHIVE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** This JVM's options (heap, GC, user's NEUROPYNAMICS_VMARGS) without those of the cache and launcher. */
    private static List<String> vmOptions() {
        List<String> options = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!(a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:AOT") || a.startsWith("-Xshare")
                    || a.startsWith("-XX:ArchiveClassesAtExit") || a.startsWith("-XX:+AutoCreateSharedArchive")
                    || a.startsWith("-Xlog") || a.startsWith("-Dorg.neuropynamics.cli.")
                    || a.startsWith("-agentlib") || a.startsWith("-javaagent") || a.startsWith("-Djava.class.path"))) {
                options.add(a);
            }
        }
        return options;
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
