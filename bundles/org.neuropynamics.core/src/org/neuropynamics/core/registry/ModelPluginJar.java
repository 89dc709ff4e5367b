package org.neuropynamics.core.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeModelLoader;

/**
 * A model plug-in made from an XPPAUT {@code .ode} file, without the source tree: the jar that
 * {@code neuropynamics new-model} and File &gt; New &gt; Model Plug-in write. It holds {@code META-INF/MANIFEST.MF}
 * (a singleton bundle requiring {@code org.neuropynamics.core}), a {@code plugin.xml} contributing the file to the
 * {@value ModelRegistry#EXTENSION_POINT} extension point, and the {@code .ode} file under {@code models/} — the
 * layout of {@code bundles/org.neuropynamics.models.hindmarshrose}. Dropped into an installed workbench's
 * {@code dropins/} folder it is seen by the workbench and the command line alike.
 *
 * @param modelId the model id (lower-case letters, digits and {@code - _ .}, starting with a letter)
 * @param modelName display name
 * @param symbolicName the bundle symbolic name
 * @param version the bundle version (OSGi: {@code major.minor.micro[.qualifier]})
 * @param odeSource the text of the {@code .ode} file
 */
public record ModelPluginJar(String modelId, String modelName, String symbolicName, String version,
        String odeSource) {

    /** Model ids a plug-in may contribute (the catalogue's ids are of this form: {@code hodgkin-huxley}). */
    public static final Pattern MODEL_ID = Pattern.compile("[a-z][a-z0-9._-]{0,63}");

    /** Bundle symbolic names: dot-separated Java-like tokens. */
    public static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");

    /** OSGi versions. */
    public static final Pattern VERSION = Pattern.compile("\\d{1,9}(\\.\\d{1,9}(\\.\\d{1,9}(\\.[A-Za-z0-9_-]+)?)?)?");

    /** The prefix of the symbolic names generated for a model id. */
    public static final String DEFAULT_PREFIX = "org.neuropynamics.models.user.";

    /**
     * Checks the fields and the model: the {@code .ode} text is parsed, bound and compiled exactly as the registry
     * will when the plug-in is installed.
     *
     * @return the model the plug-in contributes
     * @throws IllegalArgumentException for a bad id, name, symbolic name or version (message names which)
     * @throws org.neuropynamics.core.equations.EquationException for an error in the file (line and column)
     */
    public Model validate(String odeFileName) {
        if (modelId == null || !MODEL_ID.matcher(modelId).matches()) {
            throw new IllegalArgumentException("bad model id '" + modelId + "': use lower-case letters, digits and"
                    + " - _ . (at most 64), starting with a letter, e.g. my-neuron");
        }
        if (symbolicName == null || !SYMBOLIC_NAME.matcher(symbolicName).matches()) {
            throw new IllegalArgumentException("bad plug-in name '" + symbolicName
                    + "': use dot-separated letters, digits, - and _, e.g. org.example.models.myneuron");
        }
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("bad version '" + version + "': use MAJOR.MINOR.MICRO, e.g. 1.0.0");
        }
        if (modelName == null || modelName.isBlank() || modelName.length() > 200
                || modelName.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("bad model name: give one line of at most 200 characters");
        }
        return OdeModelLoader.load(modelId, modelName, odeSource, odeFileName);
    }

    /** The symbolic name generated for a model id: {@value #DEFAULT_PREFIX} and the id with {@code -} as {@code _}. */
    public static String defaultSymbolicName(String modelId) {
        return DEFAULT_PREFIX + modelId.replace('-', '_');
    }

    /** The jar's file name as the build names plug-ins: {@code SYMBOLICNAME_VERSION.jar}. */
    public String fileName() {
        return symbolicName + "_" + version + ".jar";
    }

    /** The path of the {@code .ode} file inside the jar. */
    public String odeEntry() {
        return "models/" + modelId + ".ode";
    }

    /** The jar's bytes (call {@link #validate(String)} first). */
    public byte[] toBytes() {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-Name", modelName + " (model plug-in)");
        main.putValue("Bundle-SymbolicName", symbolicName + ";singleton:=true");
        main.putValue("Bundle-Version", version);
        main.putValue("Bundle-RequiredExecutionEnvironment", "JavaSE-21");
        main.putValue("Require-Bundle", "org.neuropynamics.core;bundle-version=\"1.0.0\"");
        main.putValue("Created-By", "neuropynamics new-model");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            entry(jar, "plugin.xml", pluginXml());
            entry(jar, odeEntry(), odeSource);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: does not happen
        }
        return bytes.toByteArray();
    }

    /** The {@code plugin.xml} contributing the model. */
    public String pluginXml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <?eclipse version="3.4"?>
                <plugin>
                   <!-- made by neuropynamics new-model from an XPPAUT file: the workbench compiles it on first use -->
                   <extension point="%s">
                      <model id="%s" name="%s" file="%s"/>
                   </extension>
                </plugin>
                """.formatted(ModelRegistry.EXTENSION_POINT, xml(modelId), xml(modelName), xml(odeEntry()));
    }

    private static void entry(JarOutputStream jar, String name, String text) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(text.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
