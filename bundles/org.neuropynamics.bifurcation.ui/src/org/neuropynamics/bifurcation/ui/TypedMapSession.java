package org.neuropynamics.bifurcation.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The typed map of the Maps view, kept in the workbench's state folder ({@code .metadata/.plugins/
 * org.neuropynamics.bifurcation.ui/typed-map.properties}) at every change, so that it and whether it was
 * shown come back after a restart or a crash. Written to a temporary file and moved into place.
 *
 * @param shown the typed-map panel was shown (not a catalogue map)
 * @param text the typed map
 * @param file the .ode file it was opened from or saved to (null: none)
 * @param savedText the text as last saved or loaded (differs from {@code text} while there are unsaved changes)
 */
record TypedMapSession(boolean shown, String text, Path file, String savedText) {

    /** True when the text has changes that were not saved. */
    boolean dirty() {
        return savedText != null && !savedText.equals(text);
    }

    /** The session without its unsaved changes (the user answered Don't Save). */
    TypedMapSession reverted() {
        return new TypedMapSession(shown, savedText == null ? text : savedText, file, savedText);
    }

    private static final String NAME = "typed-map.properties";

    static Path location() {
        try {
            Bundle bundle = FrameworkUtil.getBundle(TypedMapSession.class);
            return bundle == null ? null : Platform.getStateLocation(bundle).toPath().resolve(NAME);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The stored session, or null. */
    static TypedMapSession load() {
        Path at = location();
        if (at == null || !Files.isReadable(at)) {
            return null;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(at, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            ILog.of(TypedMapSession.class).warn("Typed map session " + at + " not restored: " + e.getMessage());
            return null;
        }
        String text = p.getProperty("text");
        String file = p.getProperty("file");
        Path path = null;
        try {
            path = file == null || file.isBlank() ? null : Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            path = null;
        }
        return text == null ? null
                : new TypedMapSession(Boolean.parseBoolean(p.getProperty("shown")), text, path,
                        p.getProperty("savedText", text));
    }

    /** Stores the session (a failure is logged; the view goes on working). */
    void store() {
        Path at = location();
        if (at == null) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("shown", Boolean.toString(shown));
        p.setProperty("text", text);
        if (file != null) {
            p.setProperty("file", file.toString());
        }
        if (savedText != null) {
            p.setProperty("savedText", savedText);
        }
        try {
            Files.createDirectories(at.getParent());
            org.neuropynamics.core.io.OutputFiles.write(at, out -> {
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                p.store(w, "Neuropynamics Maps view: the typed map (restored at start)");
                w.flush();
            });
        } catch (IOException e) {
            ILog.of(TypedMapSession.class).warn("Typed map session not stored in " + at + ": " + e.getMessage());
        }
    }
}
