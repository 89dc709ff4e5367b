package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelDescriptor;
import org.neuropynamics.core.registry.ModelRegistry;

/**
 * The registry finds the whole catalogue: outside OSGi (plain JUnit) through {@code ServiceLoader}, inside
 * OSGi through the extension point. Either way every section-4 id is there, named like the model it builds.
 */
class ModelRegistryTest {

    @Test
    void defaultRegistryFindsEveryCatalogueModel() {
        ModelRegistry registry = ModelRegistry.getDefault();
        List<String> ids = registry.ids();
        assertTrue(ids.containsAll(BuiltInModels.FACTORIES.keySet()), "found " + ids);
        for (String id : BuiltInModels.FACTORIES.keySet()) {
            Model model = registry.get(id);
            assertEquals(id, model.id());
            assertSame(model, registry.get(id), "models are cached");
        }
    }

    @Test
    void descriptorsCarryTheModelsNames() {
        ModelRegistry registry = ModelRegistry.getDefault();
        for (ModelDescriptor d : registry.descriptors()) {
            if (BuiltInModels.FACTORIES.containsKey(d.id())) {
                assertEquals(registry.get(d.id()).name(), d.name(), d.id());
                assertFalse(d.contributor().isBlank());
            }
        }
    }

    @Test
    void unknownIdGivesAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelRegistry.getDefault().get("no-such-model"));
        assertTrue(e.getMessage().startsWith("unknown model 'no-such-model'; known: "), e.getMessage());
        assertTrue(e.getMessage().contains("izhikevich"), e.getMessage());
    }

    @Test
    void registeredModelsAreBuiltLazilyOnce() {
        ModelRegistry registry = ModelRegistry.empty();
        AtomicInteger builds = new AtomicInteger();
        registry.register("lif", "My LIF", () -> {
            builds.incrementAndGet();
            return LeakyIntegrateAndFireModel.create();
        });
        assertEquals(List.of(new ModelDescriptor("lif", "My LIF", "registered")), registry.descriptors());
        assertEquals(0, builds.get(), "descriptors() must not build models");
        registry.get("lif");
        registry.models();
        assertEquals(1, builds.get());
        assertTrue(registry.unregister("lif"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.get("lif"));
        assertEquals("unknown model 'lif'; known: ", e.getMessage());
    }

    @Test
    void aContributionBuildingAnotherIdIsRejectedWithItsContributor() {
        ModelRegistry registry = ModelRegistry.empty();
        registry.register("my-model", IzhikevichModel::create);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> registry.get("my-model"));
        assertTrue(e.getMessage().contains("'my-model'") && e.getMessage().contains("'izhikevich'"),
                e.getMessage());
        assertTrue(registry.models().isEmpty(), "models() leaves out what fails to build");
    }
}
