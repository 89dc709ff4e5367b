package org.neuropynamics.network.ui;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.NetworkPackage;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.PoissonGroup;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SpikeSource;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.model.build.Networks;

/** The editor's changes to a network, each one an undoable EMF command on the editing domain's stack. */
final class NetworkEdits {

    private static final NetworkPackage P = NetworkPackage.eINSTANCE;
    private final EditingDomain domain;
    private Network network;

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

    Projection connect(SpikeSource source, Population target) {
        Projection p = NetworkFactory.eINSTANCE.createProjection();
        p.setName(source.getName() + " -> " + target.getName());
        p.setSource(source);
        p.setTarget(target);
        p.setConnectivity(Networks.fixedProbability(0.1));
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

    /** Deletes a node and every projection and monitor that refers to it. */
    void delete(Node n) {
        CompoundCommand c = new CompoundCommand("Delete " + n.getName());
        for (Projection p : List.copyOf(network.getProjections())) {
            if (p.getSource() == n || p.getTarget() == n) {
                c.append(DeleteCommand.create(domain, p));
            }
        }
        c.append(DeleteCommand.create(domain, n));
        execute(c);
    }

    private void execute(Command c) {
        if (c.canExecute()) {
            domain.getCommandStack().execute(c);
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
