package org.neuropynamics.stability.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * What the phase plane shows, kept in the workbench's state folder ({@code .metadata/.plugins/
 * org.neuropynamics.stability.ui/phase-plane.properties}) each time it changes, so that a typed system, and
 * the file it belongs to, come back after a restart or a crash. Written to a temporary file and moved into
 * place, so a crash while writing leaves the previous session.
 *
 * @param source the source list's entry ("Model: id", "Example: name") or null for a typed or opened system
 * @param text the typed system (null for a catalogue model)
 * @param file the .ode file the typed system belongs to (null when it has none)
 * @param savedText the text as last opened or saved (the system is dirty when {@code text} differs)
 */
record PlaneSession(String source, String text, Path file, String savedText) {

    private static final String NAME = "phase-plane.properties";

    /** True when the typed text differs from the text as last opened or saved. */
    boolean dirty() {
        return text != null && savedText != null && !text.equals(savedText);
    }

    /** This session with its unsaved changes dropped (the user answered Don't Save). */
    PlaneSession reverted() {
        return new PlaneSession(source, savedText, file, savedText);
    }

    /** The file of the session (null when the workbench runs without a state folder). */
    static Path location() {
        try {
            Bundle bundle = FrameworkUtil.getBundle(PlaneSession.class);
            return bundle == null ? null : Platform.getStateLocation(bundle).toPath().resolve(NAME);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The stored session, or null when there is none or it cannot be read. */
    static PlaneSession load() {
        Path at = location();
        if (at == null || !Files.isReadable(at)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(at, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            ILog.of(PlaneSession.class).warn("Phase plane session " + at + " not restored: " + e.getMessage());
            return null;
        }
        String file = p.getProperty("file");
        return new PlaneSession(p.getProperty("source"), p.getProperty("text"),
                file == null || file.isBlank() ? null : Path.of(file), p.getProperty("saved"));
    }

    /** Stores this session (a failure is logged: the view goes on working). */
    void store() {
        Path at = location();
        if (at == null) {
            return;
        }
        Properties p = new Properties();
        put(p, "source", source);
        put(p, "text", text);
        put(p, "file", file == null ? null : file.toString());
        put(p, "saved", savedText);
        try {
            Files.createDirectories(at.getParent());
            org.neuropynamics.core.io.OutputFiles.write(at, out -> {
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                p.store(w, "Neuropynamics phase plane: the system shown (restored at start)");
                w.flush();
            });
        } catch (IOException e) {
            ILog.of(PlaneSession.class).warn("Phase plane session not stored in " + at + ": " + reason(e));
        }
    }

    private static void put(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }

    /** The operating system's reason for a file error, in words. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
