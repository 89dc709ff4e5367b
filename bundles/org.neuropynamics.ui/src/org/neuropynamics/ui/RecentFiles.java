package org.neuropynamics.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The files the user opened most recently (File &gt; Open Recent), newest first, kept in the workbench's
 * instance preferences so that they survive a restart. Topics that open files by their own buttons add them
 * here too.
 */
public final class RecentFiles {

    /** How many files the list keeps. */
    public static final int SIZE = 8;

    private static final String NODE = "org.neuropynamics.ui";
    private static final String KEY = "recent.files";

    private RecentFiles() {
    }

    /** The remembered files, newest first. */
    public static List<Path> list() {
        String stored = InstanceScope.INSTANCE.getNode(NODE).get(KEY, "");
        List<Path> files = new ArrayList<>();
        for (String line : stored.split("\n")) {
            if (!line.isBlank()) {
                try {
                    files.add(Path.of(line));
                } catch (RuntimeException e) {
                    // an unreadable entry (edited by hand) is dropped
                }
            }
        }
        return files;
    }

    /** Puts {@code file} at the top of the list. */
    public static void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> files = list();
        files.remove(absolute);
        files.add(0, absolute);
        store(files.subList(0, Math.min(SIZE, files.size())));
    }

    /** Forgets {@code file} (it was moved or deleted). */
    public static void remove(Path file) {
        List<Path> files = list();
        if (files.remove(file.toAbsolutePath().normalize())) {
            store(files);
        }
    }

    /** Forgets every file. */
    public static void clear() {
        store(List.of());
    }

    private static void store(List<Path> files) {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        StringBuilder text = new StringBuilder();
        for (Path f : files) {
            text.append(f).append('\n');
        }
        node.put(KEY, text.toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // kept in memory for this session; the workbench flushes preferences again on exit
        }
    }
}
