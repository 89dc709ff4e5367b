package org.neuropynamics.network.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuropynamics.network.model.SynapseKind;

/**
 * Maps populations onto the built-in cell types of PyNN and NEST, with the workbench's parameters converted:
 * our LIF {@code tau v' = EL - v + I} (I in mV) is PyNN's IF_curr_* / NEST's iaf_psc_* with membrane
 * capacitance numerically equal to tau (nF in PyNN, pF in NEST), so the membrane resistance is 1 (MOhm, GOhm)
 * and currents and current weights keep their numbers (nA, pA); conductances keep theirs (uS, nS). Synapses go
 * to the excitatory or inhibitory receptor by the sign of their weights (current-based) or in the order their
 * channels appear (conductance-based). What has no counterpart is refused by name.
 */
final class StandardCells {

    /** How a population maps: cell kind, receptor of each projection, synaptic time constants. */
    static final class Cell {
        ExportPlan.Pop pop;
        /** "lif-delta", "lif-exp", "lif-alpha", "lif-cond", "lif-cond-alpha" or "izhikevich". */
        String kind;
        double tauE = 5;
        double tauI = 5;
        double erevE = 0;
        double erevI = -80;
        /** Receptor per projection onto this population: true = excitatory. */
        final Map<ExportPlan.Proj, Boolean> excitatory = new LinkedHashMap<>();
    }

    private StandardCells() {
    }

    /** Whether a cell kind has conductance-based synapses ("lif-cond", "lif-cond-alpha"). */
    static boolean conductance(String kind) {
        return kind.equals("lif-cond") || kind.equals("lif-cond-alpha");
    }

    /** Maps every population of the plan; {@code simulator} names the target in messages ("PyNN", "NEST"). */
    static Map<ExportPlan.Pop, Cell> map(ExportPlan plan, String simulator) {
        Map<ExportPlan.Pop, Cell> cells = new LinkedHashMap<>();
        for (ExportPlan.Pop p : plan.pops) {
            cells.put(p, cell(plan, p, simulator));
        }
        return cells;
    }

    private static Cell cell(ExportPlan plan, ExportPlan.Pop p, String simulator) {
        Cell c = new Cell();
        c.pop = p;
        List<ExportPlan.Proj> in = new ArrayList<>();
        for (ExportPlan.Proj pr : plan.projections) {
            if (pr.target == p) {
                in.add(pr);
            }
        }
        String id = p.model.id();
        SynapseKind kind = null;
        for (ExportPlan.Proj pr : in) {
            if (kind != null && pr.kind != kind) {
                throw new ExportException(simulator + " export: population " + p.name + " receives both " + kind
                        .getLiteral() + " and " + pr.kind.getLiteral() + " synapses; " + simulator
                        + "'s built-in cells take one kind (export to brian2 instead).");
            }
            kind = pr.kind;
        }
        if (id.equals("izhikevich")) {
            if (kind != null && kind != SynapseKind.VOLTAGE_JUMP) {
                throw new ExportException(simulator + " export: population " + p.name + " (izhikevich) receives "
                        + kind.getLiteral() + " synapses; the built-in Izhikevich cell takes voltage jumps only.");
            }
            c.kind = "izhikevich";
        } else if (id.equals("lif")) {
            // PyNN's *_alpha cells and NEST's *_alpha models have our alpha kernel: peak w at t = tau_syn (issue 15)
            c.kind = kind == null || kind == SynapseKind.VOLTAGE_JUMP ? "lif-delta"
                    : switch (kind) {
                        case EXPONENTIAL_CURRENT -> "lif-exp";
                        case ALPHA_CURRENT -> "lif-alpha";
                        case ALPHA_CONDUCTANCE -> "lif-cond-alpha";
                        default -> "lif-cond";
                    };
        } else {
            throw new ExportException(simulator + " export: population " + p.name + " uses model " + id
                    + ", which has no built-in " + simulator + " counterpart (mapped: lif, izhikevich); export "
                    + "to brian2 instead.");
        }
        Double tauE = null;
        Double tauI = null;
        for (ExportPlan.Proj pr : in) {
            double lo = ExportPlan.lowest(pr.weight);
            double hi = ExportPlan.highest(pr.weight);
            boolean exc;
            if (conductance(c.kind)) {
                if (lo < 0) {
                    throw new ExportException(simulator + " export: projection " + pr.name
                            + " has negative conductance weights.");
                }
                ExportPlan.Channel ch = p.channels.get(pr.channel);
                if (pr.channel > 1) {
                    throw new ExportException(simulator + " export: population " + p.name + " has more than two "
                            + "conductance channels; " + simulator + "'s cells have an excitatory and an "
                            + "inhibitory one.");
                }
                exc = pr.channel == 0;
                if (exc) {
                    c.tauE = ch.tau();
                    c.erevE = ch.reversal();
                } else {
                    c.tauI = ch.tau();
                    c.erevI = ch.reversal();
                }
            } else {
                if (lo < 0 && hi > 0) {
                    throw new ExportException(simulator + " export: projection " + pr.name + " has weights of both"
                            + " signs; the excitatory or inhibitory receptor is chosen by the sign.");
                }
                exc = lo >= 0;
                if (c.kind.equals("lif-exp") || c.kind.equals("lif-alpha")) {
                    double tau = p.channels.get(pr.channel).tau();
                    Double have = exc ? tauE : tauI;
                    if (have != null && have != tau) {
                        throw new ExportException(simulator + " export: population " + p.name + " receives "
                                + (exc ? "excitatory" : "inhibitory") + " synapses with two time constants ("
                                + have + " and " + tau + " ms); its cell has one per receptor.");
                    }
                    if (exc) {
                        tauE = tau;
                        c.tauE = tau;
                    } else {
                        tauI = tau;
                        c.tauI = tau;
                    }
                }
            }
            c.excitatory.put(pr, exc);
        }
        return c;
    }
}
