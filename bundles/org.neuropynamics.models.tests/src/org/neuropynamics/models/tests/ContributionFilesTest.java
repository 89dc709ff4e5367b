package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelProvider;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The declarative side of the contributions, checked without OSGi: plugin.xml of the catalogue names, for
 * each section-4 model, a provider class that builds the model with the declared id and name;
 * META-INF/services lists the same providers; the Hindmarsh-Rose plug-in ships its .ode file.
 */
class ContributionFilesTest {

    private static final Path BUNDLES = Path.of("..");

    @Test
    void catalogueContributionsNameWorkingProviders() throws Exception {
        List<Element> models = modelElements(BUNDLES.resolve("org.neuropynamics.models/plugin.xml"));
        List<String> ids = new ArrayList<>();
        for (Element e : models) {
            String id = e.getAttribute("id");
            ids.add(id);
            Object provider = Class.forName(e.getAttribute("class")).getDeclaredConstructor().newInstance();
            assertTrue(provider instanceof ModelProvider, e.getAttribute("class"));
            Model model = ((ModelProvider) provider).create();
            assertEquals(id, model.id());
            assertEquals(e.getAttribute("name"), model.name(), id);
            assertEquals(id, ((ModelProvider) provider).id());
        }
        assertEquals(List.copyOf(BuiltInModels.FACTORIES.keySet()), ids);
        assertEquals(models.stream().map(e -> e.getAttribute("class")).toList(), serviceProviders());
    }

    @Test
    void hindmarshRosePluginShipsItsOdeFile() throws Exception {
        Path bundle = BUNDLES.resolve("org.neuropynamics.models.hindmarshrose");
        List<Element> models = modelElements(bundle.resolve("plugin.xml"));
        assertEquals(1, models.size());
        Element model = models.get(0);
        assertEquals("hindmarsh-rose", model.getAttribute("id"));
        assertEquals("", model.getAttribute("class"));
        String file = model.getAttribute("file");
        assertTrue(Files.isRegularFile(bundle.resolve(file)), file);
        String buildProperties = Files.readString(bundle.resolve("build.properties"));
        assertTrue(buildProperties.contains(file.substring(0, file.indexOf('/') + 1)), "bin.includes ships " + file);
    }

    private static List<Element> modelElements(Path pluginXml) throws Exception {
        NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pluginXml.toFile())
                .getElementsByTagName("model");
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static List<String> serviceProviders() throws IOException {
        String name = "META-INF/services/" + ModelProvider.class.getName();
        try (InputStream in = IzhikevichModel.class.getClassLoader().getResourceAsStream(name)) {
            String text = in == null ? Files.readString(BUNDLES.resolve("org.neuropynamics.models").resolve(name))
                    : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
