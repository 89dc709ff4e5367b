package org.neuropynamics.core.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.Manifest;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeModelLoader;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Outside OSGi (the plain-Java command line runs the plug-in jars on a class path), reads the
 * {@value ModelRegistry#EXTENSION_POINT} contributions from every {@code plugin.xml} on the class path, the
 * same declarations the extension registry reads inside OSGi: {@code <model id name class/>} and
 * {@code <model id name file/>} (an {@code .ode} file inside the contributing jar). So a plug-in that
 * contributes a model works in both worlds without a second declaration.
 */
@SuppressWarnings("deprecation") // new URL(context, spec): the one way to resolve inside a jar: URL
final class PluginXmlModelSource implements ModelSource {

    private static final System.Logger LOG = System.getLogger(ModelRegistry.class.getName());
    private static final String MARKER = ModelRegistry.EXTENSION_POINT;

    private final ClassLoader loader;

    /** Reads the {@code plugin.xml} files {@code loader} finds. */
    PluginXmlModelSource(ClassLoader loader) {
        this.loader = loader;
    }

    /** One {@code <model>} declaration read from a plug-in's {@code plugin.xml}. */
    record Declaration(String id, String name, String className, String file, URL pluginXml, String contributor) {
    }

    @Override
    public List<ModelContribution> contributions() {
        return contributions(declarations());
    }

    /** The contributions of {@code declared} (from {@link #declarations()}), built lazily. */
    List<ModelContribution> contributions(List<Declaration> declared) {
        List<ModelContribution> found = new ArrayList<>();
        for (Declaration d : declared) {
            ModelDescriptor descriptor = new ModelDescriptor(d.id(), d.name() == null ? d.id() : d.name(),
                    d.contributor());
            found.add(new ModelContribution(descriptor,
                    d.className() != null ? () -> fromProvider(d) : () -> fromOdeFile(d)));
        }
        return found;
    }

    /** All valid model declarations, in class-path order; invalid ones are logged and left out. */
    List<Declaration> declarations() {
        List<URL> files;
        try {
            files = Collections.list(loader.getResources("plugin.xml"));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list plugin.xml files on the class path: " + e.getMessage(), e);
            return List.of();
        }
        List<Declaration> found = new ArrayList<>();
        for (URL url : files) {
            try {
                byte[] bytes = read(url);
                // most plug-ins contribute no model: skip them without parsing
                if (new String(bytes, StandardCharsets.UTF_8).contains(MARKER)) {
                    found.addAll(parse(bytes, url, contributor(url)));
                }
            } catch (IOException | SAXException | ParserConfigurationException e) {
                LOG.log(Level.WARNING, "cannot read " + url + ": " + e.getMessage(), e);
            }
        }
        return found;
    }

    private static List<Declaration> parse(byte[] xml, URL url, String contributor)
            throws IOException, SAXException, ParserConfigurationException {
        List<Declaration> found = new ArrayList<>();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.newSAXParser().parse(new ByteArrayInputStream(xml), new DefaultHandler() {
            private int depthInPoint = -1;
            private int depth;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                depth++;
                if (depthInPoint < 0 && "extension".equals(qName) && MARKER.equals(attributes.getValue("point"))) {
                    depthInPoint = depth;
                } else if (depthInPoint > 0 && depth == depthInPoint + 1 && "model".equals(qName)) {
                    String id = attributes.getValue("id");
                    String className = attributes.getValue("class");
                    String file = attributes.getValue("file");
                    if (id == null || id.isBlank() || (className == null) == (file == null)) {
                        LOG.log(Level.WARNING, "bundle " + contributor + " contributes a model without an id or "
                                + "with not exactly one of 'class' and 'file'; ignored (id '" + id + "')");
                        return;
                    }
                    found.add(new Declaration(id, attributes.getValue("name"), className, file, url, contributor));
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (depth == depthInPoint) {
                    depthInPoint = -1;
                }
                depth--;
            }
        });
        return found;
    }

    /** The symbolic name in the manifest next to {@code plugin.xml}, else the location of the file. */
    private static String contributor(URL pluginXml) {
        try (InputStream in = new URL(pluginXml, "META-INF/MANIFEST.MF").openStream()) {
            String name = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
            if (name != null) {
                int semicolon = name.indexOf(';');
                return (semicolon < 0 ? name : name.substring(0, semicolon)).strip();
            }
        } catch (IOException e) {
            // no manifest: name the plug-in by its location
        }
        return pluginXml.toString();
    }

    private Model fromProvider(Declaration d) {
        Object provider;
        try {
            provider = Class.forName(d.className(), true, loader).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot instantiate " + d.className() + ": " + e, e);
        }
        if (!(provider instanceof ModelProvider modelProvider)) {
            throw new IllegalStateException(d.className() + " does not implement " + ModelProvider.class.getName());
        }
        return modelProvider.create();
    }

    private static Model fromOdeFile(Declaration d) {
        String source;
        try {
            source = new String(read(new URL(d.pluginXml(), d.file())), StandardCharsets.UTF_8);
        } catch (MalformedURLException e) {
            throw new IllegalStateException("bad file name '" + d.file() + "' in bundle " + d.contributor(), e);
        } catch (IOException e) {
            throw new IllegalStateException("file '" + d.file() + "' not found in bundle " + d.contributor()
                    + " (is it listed in build.properties bin.includes?)", e);
        }
        return OdeModelLoader.load(d.id(), d.name(), source, d.file());
    }

    private static byte[] read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }
}
