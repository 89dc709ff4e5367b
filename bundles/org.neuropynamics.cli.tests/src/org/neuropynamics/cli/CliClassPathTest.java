package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The launcher scripts run the command line on a plain class path made of the plug-ins
 * {@code cli-bundles.txt} names. That list must be exactly what the CLI bundle needs: the bundles it is wired
 * to in OSGi (Require-Bundle and Import-Package, transitively), less the OSGi and Equinox runtime that only the
 * OSGi application uses, plus every installed plug-in that contributes a model (the plain class path finds
 * models in their plugin.xml).
 */
class CliClassPathTest {

    static final Path LIST = Path.of("../../features/org.neuropynamics.feature/launchers/cli-bundles.txt");

    /** Bundles of the OSGi runtime; the plain-Java command line runs without them. */
    static boolean osgiRuntime(String symbolicName) {
        return symbolicName.equals("org.eclipse.osgi") || symbolicName.startsWith("org.eclipse.equinox.")
                || symbolicName.startsWith("org.eclipse.core.") || symbolicName.startsWith("org.osgi.")
                || symbolicName.startsWith("org.apache.felix.") || symbolicName.startsWith("org.apache.aries.spifly")
                || symbolicName.startsWith("org.objectweb.asm");
    }

    /** The names in the list file, as the launcher scripts read it (first word of each line, # comments). */
    static List<String> listed() throws IOException {
        return Files.readAllLines(LIST, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.split("\\s+")[0]).toList();
    }

    @Test
    void theListIsTheCliBundlesWiringWithoutTheOsgiRuntimePlusTheModelPlugins() throws IOException {
        Bundle cli = FrameworkUtil.getBundle(CommandLine.class);
        Set<String> needed = new TreeSet<>();
        Deque<Bundle> todo = new ArrayDeque<>(List.of(cli));
        Set<Bundle> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Bundle b = todo.pop();
            if (!seen.add(b) || osgiRuntime(b.getSymbolicName()) || b.getBundleId() == 0) {
                continue;
            }
            needed.add(b.getSymbolicName());
            BundleWiring wiring = b.adapt(BundleWiring.class);
            for (String namespace : List.of(BundleNamespace.BUNDLE_NAMESPACE, PackageNamespace.PACKAGE_NAMESPACE)) {
                for (BundleWire wire : wiring.getRequiredWires(namespace)) {
                    // not what the test fragments attached to the CLI bundle import (JUnit)
                    if (!wire.getRequirement().getRevision().getSymbolicName().endsWith(".tests")) {
                        todo.push(wire.getProviderWiring().getBundle());
                    }
                }
            }
        }
        for (Bundle b : cli.getBundleContext().getBundles()) {
            if (contributesModels(b)) {
                needed.add(b.getSymbolicName());
            }
        }
        needed.removeIf(name -> name.endsWith(".tests"));
        assertTrue(needed.contains("org.neuropynamics.models.hindmarshrose"), "the .ode model plug-in: " + needed);
        assertTrue(needed.contains("org.eclipse.emf.ecore.xmi"), "EMF for .neuronet files: " + needed);
        List<String> listed = listed();
        assertEquals(needed, new TreeSet<>(listed), "cli-bundles.txt must list exactly these bundles");
        assertEquals(listed.size(), new TreeSet<>(listed).size(), "no bundle listed twice: " + listed);
        assertEquals("org.neuropynamics.cli", listed.get(0), "the CLI jar comes first: it names the start-up cache");
        assertTrue(listed.indexOf("org.neuropynamics.models") < listed.indexOf("org.neuropynamics.models.hindmarshrose"),
                "the catalogue before the plug-in model, as `models` lists them in OSGi");
    }

    @Test
    void everyModelPluginOfTheFeatureIsOnTheClassPath() throws IOException {
        // also those this test's OSGi runtime does not install: read the feature and the plug-ins' sources
        String feature = Files.readString(Path.of("../../features/org.neuropynamics.feature/feature.xml"));
        Matcher plugin = Pattern.compile("<plugin\\s+id=\"([^\"]+)\"").matcher(feature);
        List<String> listed = listed();
        int models = 0;
        while (plugin.find()) {
            Path pluginXml = Path.of("..", plugin.group(1), "plugin.xml");
            if (Files.isRegularFile(pluginXml) && contributesModels(Files.readString(pluginXml))) {
                models++;
                assertTrue(listed.contains(plugin.group(1)), plugin.group(1) + " contributes models: add it to " + LIST);
            }
        }
        assertTrue(models >= 2, "the catalogue and the Hindmarsh-Rose plug-in: " + models);
    }

    private static boolean contributesModels(String pluginXml) {
        return pluginXml.contains("\"org.neuropynamics.core.models\"") && pluginXml.contains("<model ");
    }

    private static boolean contributesModels(Bundle bundle) throws IOException {
        URL pluginXml = bundle.getEntry("plugin.xml");
        if (pluginXml == null) {
            return false;
        }
        try (InputStream in = pluginXml.openStream()) {
            return contributesModels(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
