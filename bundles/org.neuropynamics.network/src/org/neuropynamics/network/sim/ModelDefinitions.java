package org.neuropynamics.network.sim;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.ModelDefinition;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.Population;

/**
 * Models that travel with a network (issue 15): a NeuroML cell with ionChannelHH densities is registered for the
 * session by the import and kept in the network as a {@link ModelDefinition} ({@link ChannelCellDefinition}'s text),
 * so a saved {@code .neuronet} opens, runs and exports in a new session: {@link #install} registers the definitions
 * of a network whose ids the registry lacks (called by the assembler, the validator and the editor when a network is
 * opened), {@link #attach} adds to a network the definitions of the session models its populations use.
 */
public final class ModelDefinitions {

    /** Definitions registered in this session, by model id. */
    private static final Map<String, ChannelCellDefinition> SESSION = new ConcurrentHashMap<>();

    private ModelDefinitions() {
    }

    /** Registers {@code definition} under {@code id} (unless the registry has it) and remembers it for {@link #attach}. */
    public static void define(String id, ChannelCellDefinition definition, ModelRegistry registry) {
        SESSION.put(id, definition);
        if (!registry.contains(id)) {
            registry.register(id, "NeuroML cell " + definition.cellId(), () -> definition.model(id));
        }
    }

    /** The definition of a model registered through {@link #define} or {@link #install}, or null. */
    public static ChannelCellDefinition of(String id) {
        return SESSION.get(id);
    }

    /**
     * Registers every definition the network carries whose id the registry lacks.
     *
     * @throws IllegalArgumentException naming the definition and the line when one is malformed or of an unknown
     *             format
     */
    public static void install(Network network, ModelRegistry registry) {
        if (network == null) {
            return;
        }
        for (ModelDefinition d : network.getModelDefinitions()) {
            String id = d.getId();
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("A model definition has no id.");
            }
            if (!ChannelCellDefinition.FORMAT.equals(d.getFormat())) {
                throw new IllegalArgumentException("Model definition " + id + ": unknown format '" + d.getFormat()
                        + "' (known: " + ChannelCellDefinition.FORMAT + ").");
            }
            ChannelCellDefinition def;
            try {
                def = ChannelCellDefinition.parse(d.getText());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Model definition " + id + ": " + e.getMessage() + ".", e);
            }
            if (!registry.contains(id)) {
                define(id, def, registry);
            } else {
                SESSION.putIfAbsent(id, def);
            }
        }
    }

    /** Adds the definitions of the session models the network's populations use and it does not carry yet. */
    public static void attach(Network network) {
        Set<String> have = new HashSet<>();
        for (ModelDefinition d : network.getModelDefinitions()) {
            have.add(d.getId());
        }
        for (Population p : network.getPopulations()) {
            ChannelCellDefinition def = p.getModelId() == null ? null : SESSION.get(p.getModelId());
            if (def != null && have.add(p.getModelId())) {
                ModelDefinition d = NetworkFactory.eINSTANCE.createModelDefinition();
                d.setId(p.getModelId());
                d.setFormat(ChannelCellDefinition.FORMAT);
                d.setText(def.text());
                network.getModelDefinitions().add(d);
            }
        }
    }
}
