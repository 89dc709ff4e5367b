package org.neuropynamics.network.ui;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.neuropynamics.network.model.CurrentInjection;
import org.neuropynamics.network.model.Monitor;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.NetworkPackage;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.PoissonGroup;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SpikeGenerator;
import org.neuropynamics.network.model.SpikeSource;
import org.neuropynamics.network.model.SpikeTrain;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.model.build.Networks;

/** The editor's changes to a network, each one an undoable EMF command on the editing domain's stack. */
public final class NetworkEdits {

    private static final NetworkPackage P = NetworkPackage.eINSTANCE;
    private final EditingDomain domain;
    private Network network;
    private CompoundCommand gesture;

    NetworkEdits(EditingDomain domain) {
        this.domain = domain;
    }

    void setNetwork(Network n) {
        network = n;
    }

    Population addPopulation(double x, double y) {
        Population p = NetworkFactory.eINSTANCE.createPopulation();
        p.setName(uniqueName("Population"));
        p.setSize(10);
        p.setModelId("lif");
        p.setX(x);
        p.setY(y);
        execute(AddCommand.create(domain, network, P.getNetwork_Populations(), p));
        return p;
    }

    PoissonGroup addPoisson(double x, double y) {
        PoissonGroup g = NetworkFactory.eINSTANCE.createPoissonGroup();
        g.setName(uniqueName("Input"));
        g.setSize(10);
        g.setRate(100);
        g.setX(x);
        g.setY(y);
        execute(AddCommand.create(domain, network, P.getNetwork_Inputs(), g));
        return g;
    }

    /** Adds a one-neuron spike generator at (x, y) that fires at 10, 20 and 30 ms. */
    SpikeGenerator addSpikeGenerator(double x, double y) {
        SpikeGenerator g = NetworkFactory.eINSTANCE.createSpikeGenerator();
        g.setName(uniqueName("Generator"));
        g.setSize(1);
        SpikeTrain t = NetworkFactory.eINSTANCE.createSpikeTrain();
        t.setNeuron(0);
        t.getTimes().addAll(List.of(10.0, 20.0, 30.0));
        g.getTrains().add(t);
        g.setX(x);
        g.setY(y);
        execute(AddCommand.create(domain, network, P.getNetwork_Inputs(), g));
        return g;
    }

    /**
     * Adds a monitor of {@code kind} on {@code target} (one undoable command); a state monitor records the
     * model's first state variable. Null when the kind cannot watch the target (state of an input).
     */
    Monitor addMonitor(SpikeSource target, MonitorKind kind) {
        Monitor m;
        switch (kind) {
            case STATE -> {
                if (!(target instanceof Population p)) {
                    return null;
                }
                StateMonitor sm = NetworkFactory.eINSTANCE.createStateMonitor();
                Model model = model(p);
                if (model != null && !model.variableNames().isEmpty()) {
                    sm.getVariables().add(model.variableNames().get(0));
                }
                m = sm;
            }
            case RATE -> m = NetworkFactory.eINSTANCE.createRateMonitor();
            default -> m = NetworkFactory.eINSTANCE.createSpikeMonitor();
        }
        m.setName(target.getName() + " " + kind.label());
        m.setTarget(target);
        execute(AddCommand.create(domain, network, P.getNetwork_Monitors(), m));
        return m;
    }

    /**
     * Attaches a current injection to {@code target} (one undoable command) for the whole run, with the
     * default value of its model's current parameter as amplitude; null when the model has none.
     */
    CurrentInjection addCurrent(Population target) {
        Model model = model(target);
        int k = model == null || model.currentParameter() == null ? -1
                : model.parameterIndex(model.currentParameter());
        if (k < 0) {
            return null;
        }
        CurrentInjection c = NetworkFactory.eINSTANCE.createCurrentInjection();
        c.setName(target.getName() + " current");
        c.setTarget(target);
        c.setAmplitude(model.parameters().get(k).defaultValue());
        c.setX(target.getX());
        c.setY(target.getY());
        execute(AddCommand.create(domain, network, P.getNetwork_Currents(), c));
        return c;
    }

    Projection connect(SpikeSource source, Population target) {
        Projection p = NetworkFactory.eINSTANCE.createProjection();
        p.setName(source.getName() + " -> " + target.getName());
        p.setSource(source);
        p.setTarget(target);
        // a generator's explicit spikes are meant to reach the target: all-to-all; random sparse otherwise
        p.setConnectivity(source instanceof SpikeGenerator ? Networks.allToAll() : Networks.fixedProbability(0.1));
        p.setWeight(Networks.constant(1));
        p.setDelay(Networks.constant(1));
        p.setSynapse(SynapseKind.VOLTAGE_JUMP);
        execute(AddCommand.create(domain, network, P.getNetwork_Projections(), p));
        return p;
    }

    void move(Node n, double x, double y) {
        CompoundCommand c = new CompoundCommand("Move " + n.getName());
        c.append(SetCommand.create(domain, n, P.getNode_X(), Math.max(0, x)));
        c.append(SetCommand.create(domain, n, P.getNode_Y(), Math.max(0, y)));
        execute(c);
    }

    /**
     * Moves several nodes by (dx, dy) model units as one undoable command; the shift is clipped so that no
     * node leaves the top left corner and the nodes keep their relative places.
     */
    public void moveBy(Collection<? extends Node> nodes, double dx, double dy) {
        if (nodes.isEmpty()) {
            return;
        }
        double minX = nodes.stream().mapToDouble(Node::getX).min().orElse(0);
        double minY = nodes.stream().mapToDouble(Node::getY).min().orElse(0);
        double sx = Math.max(dx, -minX);
        double sy = Math.max(dy, -minY);
        if (sx == 0 && sy == 0) {
            return;
        }
        CompoundCommand c = new CompoundCommand(nodes.size() == 1 ? "Move " + nodes.iterator().next().getName()
                : "Move " + nodes.size() + " nodes");
        for (Node n : nodes) {
            c.append(SetCommand.create(domain, n, P.getNode_X(), n.getX() + sx));
            c.append(SetCommand.create(domain, n, P.getNode_Y(), n.getY() + sy));
        }
        execute(c);
    }

    /** Puts nodes at new places (model units, {x, y} each) as one undoable command named {@code label}. */
    void place(Map<Node, double[]> places, String label) {
        CompoundCommand c = new CompoundCommand(label);
        for (Map.Entry<Node, double[]> e : places.entrySet()) {
            if (e.getKey().getX() != e.getValue()[0]) {
                c.append(SetCommand.create(domain, e.getKey(), P.getNode_X(), e.getValue()[0]));
            }
            if (e.getKey().getY() != e.getValue()[1]) {
                c.append(SetCommand.create(domain, e.getKey(), P.getNode_Y(), e.getValue()[1]));
            }
        }
        if (!c.isEmpty()) {
            execute(c);
        }
    }

    /** Deletes a node and every projection, monitor and current injection that refers to it. */
    void delete(Node n) {
        delete(List.of(n));
    }

    /**
     * Deletes nodes and projections as one undoable command, with every projection, monitor and current
     * injection that refers to a deleted node.
     */
    public void delete(Collection<? extends EObject> elements) {
        Set<EObject> gone = new LinkedHashSet<>(elements);
        for (Projection p : network.getProjections()) {
            if (gone.contains(p.getSource()) || gone.contains(p.getTarget())) {
                gone.add(p);
            }
        }
        for (Monitor m : network.getMonitors()) {
            if (gone.contains(m.getTarget())) {
                gone.add(m);
            }
        }
        for (CurrentInjection i : network.getCurrents()) {
            if (gone.contains(i.getTarget())) {
                gone.add(i);
            }
        }
        if (!gone.isEmpty()) {
            execute(DeleteCommand.create(domain, gone));
        }
    }

    /**
     * Executes a command that belongs with the others of the same user gesture (one value set in the
     * Properties view for several selected elements): the first opens a compound command on the stack, the
     * rest of the gesture are executed into it, so that one Undo takes the gesture back.
     */
    void executeGrouped(Command c, Runnable scheduleEndOfGesture) {
        if (!c.canExecute()) {
            return;
        }
        if (gesture != null && domain.getCommandStack().getUndoCommand() == gesture) {
            gesture.appendAndExecute(c);
            return;
        }
        gesture = new CompoundCommand(c.getLabel());
        gesture.append(c);
        domain.getCommandStack().execute(gesture);
        scheduleEndOfGesture.run();
    }

    /** Ends the present gesture: the next grouped command opens a new one. */
    void endGesture() {
        gesture = null;
    }

    void execute(Command c) {
        if (c.canExecute()) {
            domain.getCommandStack().execute(c);
        }
    }

    /** The population's model, or null when its id is unset or unknown (validation reports that). */
    static Model model(Population p) {
        try {
            return p.getModelId() == null ? null : ModelRegistry.getDefault().get(p.getModelId());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String uniqueName(String base) {
        for (int i = 1;; i++) {
            String name = base + " " + i;
            boolean used = network.getPopulations().stream().anyMatch(p -> name.equals(p.getName()))
                    || network.getInputs().stream().anyMatch(p -> name.equals(p.getName()));
            if (!used) {
                return name;
            }
        }
    }
}
