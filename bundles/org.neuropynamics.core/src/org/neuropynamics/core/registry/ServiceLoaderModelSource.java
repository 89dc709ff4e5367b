package org.neuropynamics.core.registry;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

import org.neuropynamics.core.model.Model;

/**
 * Outside OSGi (plain JUnit, a plain-Java command line), finds {@link ModelProvider}s listed in
 * {@code META-INF/services/org.neuropynamics.core.registry.ModelProvider} on the class path. Providers whose
 * class is in {@code skip} (already declared in a {@code plugin.xml}, see {@link PluginXmlModelSource}) are
 * left out without being instantiated.
 */
final class ServiceLoaderModelSource implements ModelSource {

    private static final System.Logger LOG = System.getLogger(ModelRegistry.class.getName());

    private final ClassLoader loader;
    private final Set<String> skip;

    /** Providers {@code loader} finds, except those whose class name is in {@code skip}. */
    ServiceLoaderModelSource(ClassLoader loader, Set<String> skip) {
        this.loader = loader;
        this.skip = Set.copyOf(skip);
    }

    @Override
    public List<ModelContribution> contributions() {
        List<ModelContribution> found = new ArrayList<>();
        Iterator<ServiceLoader.Provider<ModelProvider>> providers = ServiceLoader.load(ModelProvider.class, loader)
                .stream().iterator();
        while (true) {
            ModelProvider provider;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                ServiceLoader.Provider<ModelProvider> next = providers.next();
                if (skip.contains(next.type().getName())) {
                    continue;
                }
                provider = next.get();
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
