package org.neuropynamics.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeModelLoader;

/**
 * Outside OSGi the registry reads the same {@code plugin.xml} declarations as the extension registry (the
 * plain-Java command line): Java providers and {@code .ode} files inside the contributing plug-in.
 */
class PluginXmlModelSourceTest {

    private static final String ODE = """
            # a damped linear oscillator
            par k=4, c=0.5
            x' = v
            v' = -k*x - c*v
            init x=1, v=0
            done
            """;

    /** A Java contribution for the tests; counts its instances to show which sources build it. */
    public static final class OscillatorProvider implements ModelProvider {
        static final AtomicInteger INSTANCES = new AtomicInteger();

        public OscillatorProvider() {
            INSTANCES.incrementAndGet();
        }

        @Override
        public Model create() {
            return OdeModelLoader.load("java-oscillator", "Java oscillator", ODE, "java-oscillator.ode");
        }

        @Override
        public String id() {
            return "java-oscillator";
        }
    }

    private static Path plugin(Path dir, String pluginXml) throws IOException {
        Files.createDirectories(dir.resolve("META-INF"));
        Files.createDirectories(dir.resolve("models"));
        Files.writeString(dir.resolve("META-INF/MANIFEST.MF"),
                "Manifest-Version: 1.0\nBundle-SymbolicName: org.example.oscillators;singleton:=true\n\n");
        Files.writeString(dir.resolve("models/oscillator.ode"), ODE);
        Files.writeString(dir.resolve("plugin.xml"), pluginXml);
        return dir;
    }

    private static URLClassLoader loader(Path dir) throws IOException {
        return new URLClassLoader(new URL[] { dir.toUri().toURL() }, PluginXmlModelSourceTest.class.getClassLoader());
    }

    @Test
    void readsClassAndFileContributionsOfThePluginXml(@TempDir Path tmp) throws Exception {
        Path dir = plugin(tmp, """
                <?xml version="1.0" encoding="UTF-8"?>
                <plugin>
                   <extension point="org.neuropynamics.core.models">
                      <model id="oscillator" name="Damped oscillator" file="models/oscillator.ode"/>
                      <!-- <model id="commented-out" file="models/oscillator.ode"/> -->
                      <model id="java-oscillator" class="%s"/>
                      <model id="both" class="a.B" file="models/oscillator.ode"/>
                   </extension>
                   <extension point="org.example.other">
                      <model id="not-a-model" file="models/oscillator.ode"/>
                   </extension>
                </plugin>
                """.formatted(OscillatorProvider.class.getName()));
        try (URLClassLoader loader = loader(dir)) {
            List<ModelContribution> found = new PluginXmlModelSource(loader).contributions();
            assertEquals(List.of(new ModelDescriptor("oscillator", "Damped oscillator", "org.example.oscillators"),
                    new ModelDescriptor("java-oscillator", "java-oscillator", "org.example.oscillators")),
                    found.stream().map(ModelContribution::descriptor).toList());
            Model ode = found.get(0).factory().get();
            assertEquals(List.of("x", "v"), ode.variableNames());
            // x' = v, v' = -k x - c v at x = 1, v = 2 with k = 4, c = 0.5: (2, -4 - 1)
            double[] dydt = new double[2];
            ode.field().derivatives(0, new double[] { 1, 2 }, ode.defaultParameters(), dydt);
            assertEquals(2.0, dydt[0], 1e-12);
            assertEquals(-5.0, dydt[1], 1e-12);
            assertEquals("java-oscillator", found.get(1).factory().get().id());
        }
    }

    @Test
    void aMissingOdeFileNamesTheFileAndThePlugin(@TempDir Path tmp) throws Exception {
        Path dir = plugin(tmp, """
                <plugin><extension point="org.neuropynamics.core.models">
                  <model id="ghost" name="Ghost" file="models/ghost.ode"/>
                </extension></plugin>""");
        try (URLClassLoader loader = loader(dir)) {
            List<ModelContribution> found = new PluginXmlModelSource(loader).contributions();
            assertEquals(1, found.size());
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> found.get(0).factory().get());
            assertTrue(e.getMessage().contains("models/ghost.ode") && e.getMessage().contains("org.example.oscillators"),
                    e.getMessage());
        }
    }

    @Test
    void serviceProvidersDeclaredInAPluginXmlAreNotInstantiatedAgain(@TempDir Path tmp) throws Exception {
        Path dir = plugin(tmp, "<plugin/>");
        Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(dir.resolve("META-INF/services/" + ModelProvider.class.getName()),
                OscillatorProvider.class.getName() + "\n");
        try (URLClassLoader loader = loader(dir)) {
            int before = OscillatorProvider.INSTANCES.get();
            assertEquals(List.of(), new ServiceLoaderModelSource(loader, Set.of(OscillatorProvider.class.getName()))
                    .contributions());
            assertEquals(before, OscillatorProvider.INSTANCES.get(), "a skipped provider is not constructed");
            List<ModelContribution> all = new ServiceLoaderModelSource(loader, Set.of()).contributions();
            assertEquals(List.of("java-oscillator"), all.stream().map(c -> c.descriptor().id()).toList());
            assertEquals(before + 1, OscillatorProvider.INSTANCES.get());
        }
    }
}
