package org.neuropynamics.core.registry;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.neuropynamics.core.model.Model;

/**
 * Outside OSGi (plain JUnit, a plain-Java command line), finds {@link ModelProvider}s listed in
 * {@code META-INF/services/org.neuropynamics.core.registry.ModelProvider} on the class path.
 */
final class ServiceLoaderModelSource implements ModelSource {

    private static final System.Logger LOG = System.getLogger(ModelRegistry.class.getName());

    @Override
    public List<ModelContribution> contributions() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ModelRegistry.class.getClassLoader();
        }
        List<ModelContribution> found = new ArrayList<>();
        Iterator<ModelProvider> providers = ServiceLoader.load(ModelProvider.class, loader).iterator();
        while (true) {
            ModelProvider provider;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError e) {
                LOG.log(Level.WARNING, "skipping a model provider: " + e.getMessage(), e);
                continue;
            }
            found.add(contribution(provider));
        }
        return found;
    }

    private static ModelContribution contribution(ModelProvider provider) {
        String contributor = provider.getClass().getName();
        String id = provider.id();
        if (id == null) {
            // The provider does not say its id: build the model now to learn it.
            Model model = provider.create();
            return new ModelContribution(new ModelDescriptor(model.id(), model.name(), contributor), () -> model);
        }
        String name = provider.name() == null ? id : provider.name();
        return new ModelContribution(new ModelDescriptor(id, name, contributor), provider::create);
    }
}
