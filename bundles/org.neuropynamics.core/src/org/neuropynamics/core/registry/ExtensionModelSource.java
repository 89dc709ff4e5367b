package org.neuropynamics.core.registry;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.RegistryFactory;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.ode.OdeModelLoader;
import org.osgi.framework.Bundle;

/**
 * Reads the {@value ModelRegistry#EXTENSION_POINT} extension point. This is the only class of the registry
 * that touches Eclipse or OSGi types; {@link ModelRegistry} loads it reflectively, and only when the
 * extension registry is on the class path, so the registry also works in plain JUnit.
 */
final class ExtensionModelSource implements ModelSource {

    private static final System.Logger LOG = System.getLogger(ModelRegistry.class.getName());

    @Override
    public List<ModelContribution> contributions() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        return registry == null ? null : read(registry);
    }

    static List<ModelContribution> read(IExtensionRegistry registry) {
        List<ModelContribution> found = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(ModelRegistry.EXTENSION_POINT)) {
            if (!"model".equals(element.getName())) {
                continue;
            }
            String contributor = element.getContributor().getName();
            String id = element.getAttribute("id");
            String className = element.getAttribute("class");
            String file = element.getAttribute("file");
            if (id == null || id.isBlank() || (className == null) == (file == null)) {
                LOG.log(Level.WARNING, "bundle " + contributor + " contributes a model without an id or with "
                        + "not exactly one of 'class' and 'file'; ignored (id '" + id + "')");
                continue;
            }
            String name = element.getAttribute("name");
            ModelDescriptor descriptor = new ModelDescriptor(id, name == null ? id : name, contributor);
            found.add(new ModelContribution(descriptor,
                    className != null ? () -> fromProvider(element) : () -> fromOdeFile(element, id, file)));
        }
        return found;
    }

    private static Model fromProvider(IConfigurationElement element) {
        Object provider;
        try {
            provider = element.createExecutableExtension("class");
        } catch (CoreException e) {
            throw new IllegalStateException("cannot instantiate " + element.getAttribute("class") + ": "
                    + e.getStatus().getMessage(), e);
        }
        if (!(provider instanceof ModelProvider modelProvider)) {
            throw new IllegalStateException(element.getAttribute("class") + " does not implement "
                    + ModelProvider.class.getName());
        }
        return modelProvider.create();
    }

    private static Model fromOdeFile(IConfigurationElement element, String id, String file) {
        String bundleName = element.getContributor().getName();
        Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
        if (bundle == null) {
            throw new IllegalStateException("bundle " + bundleName + " is not resolved; cannot read '" + file + "'");
        }
        URL url = FileLocator.find(bundle, IPath.fromPortableString(file));
        if (url == null) {
            throw new IllegalStateException("file '" + file + "' not found in bundle " + bundleName
                    + " (is it listed in build.properties bin.includes?)");
        }
        String source;
        try (InputStream in = url.openStream()) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read '" + file + "': " + e.getMessage(), e);
        }
        return OdeModelLoader.load(id, element.getAttribute("name"), source, file);
    }
}
