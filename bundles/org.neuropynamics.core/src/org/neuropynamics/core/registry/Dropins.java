package org.neuropynamics.core.registry;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code dropins} folders of an installed workbench: plug-in jars copied there are installed without any list
 * to edit. Two folders are read, in this order: {@code dropins/} next to the launcher (the installation's, for
 * everyone using it) and {@code ~/.neuropynamics/dropins/} (the user's, writable when the installation is not,
 * e.g. the {@code .deb} in {@code /usr/lib/neuropynamics}). Inside OSGi the bundle
 * {@code org.neuropynamics.dropins} installs their jars at start and uninstalls those removed; the plain-Java
 * command line puts them on its class path. Both therefore list the same models.
 */
public final class Dropins {

    /** The folder name, in the installation and in {@code ~/.neuropynamics}. */
    public static final String FOLDER = "dropins";

    private Dropins() {
    }

    /** The user's dropins folder, {@code ~/.neuropynamics/dropins}, or null without a home folder. */
    public static Path userFolder() {
        String home = System.getProperty("user.home");
        if (home == null || home.isBlank() || home.equals("?")) {
            return null;
        }
        try {
            return Path.of(home, ".neuropynamics", FOLDER);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The dropins folders of the installation in {@code installDir} (may be null) and the user's, existing or not. */
    public static List<Path> folders(Path installDir) {
        Set<Path> folders = new LinkedHashSet<>();
        if (installDir != null) {
            folders.add(installDir.resolve(FOLDER).toAbsolutePath().normalize());
        }
        Path user = userFolder();
        if (user != null) {
            folders.add(user.toAbsolutePath().normalize());
        }
        return List.copyOf(folders);
    }

    /** The {@code *.jar} files directly in {@code folders}, by folder and then by name; unreadable folders are skipped. */
    public static List<Path> jars(List<Path> folders) {
        List<Path> jars = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> here = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.jar")) {
                for (Path f : files) {
                    if (Files.isRegularFile(f)) {
                        here.add(f.toAbsolutePath().normalize());
                    }
                }
            } catch (IOException | RuntimeException e) {
                System.getLogger(Dropins.class.getName()).log(System.Logger.Level.WARNING,
                        "cannot list the dropins folder " + folder + ": " + e.getMessage());
                continue;
            }
            here.sort(null);
            jars.addAll(here);
        }
        return jars;
    }

    /**
     * The folder of an Equinox area property such as {@code osgi.install.area} ({@code file:/opt/x/}, often with
     * unencoded spaces), or null.
     */
    @SuppressWarnings("deprecation") // new URL(String): Equinox's area URLs are not always valid URIs
    public static Path folderOfArea(String area) {
        if (area == null || area.isBlank()) {
            return null;
        }
        try {
            return Path.of(new URI(area));
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            try {
                URL url = new URL(area);
                return "file".equals(url.getProtocol()) ? Path.of(url.getPath()) : null;
            } catch (MalformedURLException | InvalidPathException e2) {
                return null;
            }
        }
    }
}
