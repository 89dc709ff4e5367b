package org.neuropynamics.core.registry;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.neuropynamics.core.model.Model;

/**
 * All models known to the workbench, by id. Contributions are discovered once, on first use: inside OSGi
 * from the {@value #EXTENSION_POINT} extension point (Java {@link ModelProvider}s and {@code .ode} files),
 * outside OSGi from the same declarations in the {@code plugin.xml} files on the class path (the plain-Java
 * command line) and then through {@link java.util.ServiceLoader} (providers no {@code plugin.xml} declares).
 * Models are built lazily, on the first {@link #get(String)}, and cached. {@link #register(String, Supplier)}
 * adds models by hand (tests, tools). Thread-safe.
 */
public final class ModelRegistry {

    /** Id of the extension point models are contributed to. */
    public static final String EXTENSION_POINT = "org.neuropynamics.core.models";

    private static final String REGISTRY_FACTORY = "org.eclipse.core.runtime.RegistryFactory";
    private static final String EXTENSION_SOURCE = "org.neuropynamics.core.registry.ExtensionModelSource";
    private static final String REGISTERED_BY_HAND = "registered";
    private static final System.Logger LOG = System.getLogger(ModelRegistry.class.getName());

    private final Map<String, ModelContribution> contributions = new LinkedHashMap<>();
    private final Map<String, Model> models = new ConcurrentHashMap<>();
    private boolean discovered;

    private ModelRegistry(boolean discover) {
        this.discovered = !discover;
    }

    /** The registry of the running workbench (or JVM), discovering contributions on first use. */
    public static ModelRegistry getDefault() {
        return DefaultHolder.INSTANCE;
    }

    /** A registry without any contribution, filled only by {@link #register(String, String, Supplier)}. */
    public static ModelRegistry empty() {
        return new ModelRegistry(false);
    }

    /** Descriptors of all contributions, in discovery order, without building any model. */
    public synchronized List<ModelDescriptor> descriptors() {
        ensureDiscovered();
        List<ModelDescriptor> list = new ArrayList<>(contributions.size());
        for (ModelContribution c : contributions.values()) {
            list.add(c.descriptor());
        }
        return List.copyOf(list);
    }

    /** The ids of all contributions, in discovery order. */
    public synchronized List<String> ids() {
        ensureDiscovered();
        return List.copyOf(contributions.keySet());
    }

    /** True when a model with this id is contributed. */
    public synchronized boolean contains(String id) {
        ensureDiscovered();
        return contributions.containsKey(id);
    }

    /**
     * The model with this id, built on first request and cached.
     *
     * @throws IllegalArgumentException "unknown model 'x'; known: a, b, ..." when no such model exists
     * @throws IllegalStateException when the contribution fails to build (message names the contributor)
     */
    public Model get(String id) {
        Objects.requireNonNull(id, "model id");
        Model cached = models.get(id);
        if (cached != null) {
            return cached;
        }
        ModelContribution contribution;
        synchronized (this) {
            ensureDiscovered();
            contribution = contributions.get(id);
            if (contribution == null) {
                throw new IllegalArgumentException(
                        "unknown model '" + id + "'; known: " + String.join(", ", contributions.keySet()));
            }
        }
        return models.computeIfAbsent(id, key -> build(contribution));
    }

    /** Every model, built if needed; a contribution that fails to build is logged and left out. */
    public List<Model> models() {
        List<Model> list = new ArrayList<>();
        for (String id : ids()) {
            try {
                list.add(get(id));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, e.getMessage(), e);
            }
        }
        return List.copyOf(list);
    }

    /** Adds (or replaces) a model by hand; its name is its id. */
    public void register(String id, Supplier<Model> factory) {
        register(id, id, factory);
    }

    /** Adds (or replaces) a model by hand, for tests and tools outside the extension mechanism. */
    public synchronized void register(String id, String name, Supplier<Model> factory) {
        Objects.requireNonNull(id, "model id");
        Objects.requireNonNull(factory, "model factory");
        ensureDiscovered();
        contributions.put(id, new ModelContribution(new ModelDescriptor(id, name, REGISTERED_BY_HAND), factory));
        models.remove(id);
    }

    /** Removes a model; returns whether it was known. */
    public synchronized boolean unregister(String id) {
        ensureDiscovered();
        models.remove(id);
        return contributions.remove(id) != null;
    }

    private static Model build(ModelContribution contribution) {
        ModelDescriptor d = contribution.descriptor();
        Model model;
        try {
            model = contribution.factory().get();
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("model '" + d.id() + "' contributed by " + d.contributor()
                    + " could not be built: " + e.getMessage(), e);
        }
        if (model == null || !d.id().equals(model.id())) {
            throw new IllegalStateException("model '" + d.id() + "' contributed by " + d.contributor()
                    + " built " + (model == null ? "nothing" : "a model with id '" + model.id() + "'"));
        }
        return model;
    }

    private void ensureDiscovered() {
        if (discovered) {
            return;
        }
        discovered = true;
        List<ModelContribution> found = fromExtensionRegistry();
        if (found == null) {
            found = fromClassPath();
        }
        for (ModelContribution c : found) {
            ModelContribution previous = contributions.putIfAbsent(c.descriptor().id(), c);
            if (previous != null) {
                LOG.log(Level.WARNING, "model id '" + c.descriptor().id() + "' is contributed by both "
                        + previous.descriptor().contributor() + " and " + c.descriptor().contributor()
                        + "; keeping the first");
            }
        }
    }

    /** Outside OSGi: {@code plugin.xml} declarations first, then service providers none of them declares. */
    private static List<ModelContribution> fromClassPath() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ModelRegistry.class.getClassLoader();
        }
        PluginXmlModelSource pluginXml = new PluginXmlModelSource(loader);
        List<PluginXmlModelSource.Declaration> declared = pluginXml.declarations();
        Set<String> declaredClasses = new HashSet<>();
        for (PluginXmlModelSource.Declaration d : declared) {
            if (d.className() != null) {
                declaredClasses.add(d.className());
            }
        }
        List<ModelContribution> found = new ArrayList<>(pluginXml.contributions(declared));
        found.addAll(new ServiceLoaderModelSource(loader, declaredClasses).contributions());
        return found;
    }

    /** Contributions from the Eclipse extension registry, or null when there is none (plain Java). */
    private static List<ModelContribution> fromExtensionRegistry() {
        ClassLoader loader = ModelRegistry.class.getClassLoader();
        try {
            Class.forName(REGISTRY_FACTORY, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        try {
            ModelSource source = (ModelSource) Class.forName(EXTENSION_SOURCE, true, loader)
                    .getDeclaredConstructor().newInstance();
            return source.contributions();
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.log(Level.WARNING, "cannot read the extension registry; using ServiceLoader instead", e);
            return null;
        }
    }

    private static final class DefaultHolder {
        static final ModelRegistry INSTANCE = new ModelRegistry(true);
    }
}
