package org.neuropynamics.neuroml;

import org.neuropynamics.network.model.SynapseKind;

/**
 * NeuroML's alpha synapses as the network simulator's alpha channels (issue 15). Synapses.xml and PyNN.xml give all
 * four the same kernel: on a spike {@code J += weight * base}, {@code tau J' = -J}, {@code tau I' = e J - I} (I the
 * current of alphaCurrentSynapse and alphaCurrSynapse, g the conductance of alphaSynapse and alphaCondSynapse), which
 * is our {@link SynapseKind#ALPHA_CURRENT} / {@link SynapseKind#ALPHA_CONDUCTANCE} with the feed u = J: one spike of
 * weight w gives w base (t/tau) e^(1 - t/tau), peak w base at t = tau. Kept apart from {@code NeuroMLImport} (which
 * calls {@link #part}) so the LEMS work in that class and this one do not collide.
 */
final class AlphaSynapses {

    private AlphaSynapses() {
    }

    /** The channel of one alpha synapse element onto a target whose units {@code scale} gives. */
    static NeuroMLImport.Part part(XmlElement s, PyNNCells.Scale scale) throws NeuroMLException {
        return switch (s.name()) {
            case "alphaCurrentSynapse" -> new NeuroMLImport.Part(SynapseKind.ALPHA_CURRENT,
                    Units.convert(required(s, "ibase"), "pA", s, "ibase") * 1e-3 * scale.perNanoAmp(),
                    positive(s, Units.convert(required(s, "tau"), "ms", s, "tau"), "tau"), 0);
            case "alphaSynapse" -> new NeuroMLImport.Part(SynapseKind.ALPHA_CONDUCTANCE,
                    Units.convert(required(s, "gbase"), "nS", s, "gbase") * 1e-3 * scale.perMicroSiemens(),
                    positive(s, Units.convert(required(s, "tau"), "ms", s, "tau"), "tau"),
                    Units.convert(required(s, "erev"), "mV", s, "erev"));
            // PyNN.xml: dimensionless numbers in nA, uS, ms and mV
            case "alphaCurrSynapse" -> new NeuroMLImport.Part(SynapseKind.ALPHA_CURRENT, scale.perNanoAmp(),
                    positive(s, Units.convert(required(s, "tau_syn"), "", s, "tau_syn"), "tau_syn"), 0);
            case "alphaCondSynapse" -> new NeuroMLImport.Part(SynapseKind.ALPHA_CONDUCTANCE, scale.perMicroSiemens(),
                    positive(s, Units.convert(required(s, "tau_syn"), "", s, "tau_syn"), "tau_syn"),
                    Units.convert(required(s, "e_rev"), "", s, "e_rev"));
            default -> throw new NeuroMLException(s.where() + " is not an alpha synapse");
        };
    }

    private static String required(XmlElement e, String attribute) throws NeuroMLException {
        String v = e.attribute(attribute);
        if (v == null || v.isBlank()) {
            throw new NeuroMLException(e.where() + " needs the attribute " + attribute);
        }
        return v.strip();
    }

    private static double positive(XmlElement e, double v, String attribute) throws NeuroMLException {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new NeuroMLException(e.where() + ": " + attribute + " must be a positive time, got " + v + " ms");
        }
        return v;
    }
}
