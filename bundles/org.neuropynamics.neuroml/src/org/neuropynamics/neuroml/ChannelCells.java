package org.neuropynamics.neuroml;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.sim.ChannelCellDefinition;
import org.neuropynamics.network.sim.ChannelCellDefinition.Density;
import org.neuropynamics.network.sim.ChannelCellDefinition.Gate;
import org.neuropynamics.network.sim.ChannelCellDefinition.Rate;
import org.neuropynamics.network.sim.ModelDefinitions;

/**
 * A NeuroML {@code <cell>} of one compartment whose membrane is a set of {@code channelDensity}s of
 * {@code ionChannelHH} channels (the HH example, LEMSexamples/LEMS_NML2_Ex5_DetCell.xml) as a model: C v' =
 * sum_i g_i prod_gates q^instances (E_i - v) + I, each gate q' = alpha(v) (1 - q) - beta(v) q with the rates
 * HHExpRate (r e^{(v - m)/s}), HHSigmoidRate (r / (1 + e^{-(v - m)/s})) and HHExpLinearRate (r x / (1 - e^{-x}),
 * x = (v - m)/s) of NeuroML2CoreTypes/Channels.xml, gates starting at alpha / (alpha + beta) of the initial v. g_i is
 * the density times the segment's area (a sphere when proximal and distal coincide, else the frustum's side),
 * C the specific capacitance times the area. Anything else in the cell (more segments, other channel or gate kinds,
 * Q10, Nernst reversals, species, ...) is refused by name and line.
 * <p>
 * The parsed cell is a {@link ChannelCellDefinition} (data; the model is built from it, per cell: its gates are
 * structure, not parameters), registered in the model registry under {@code cell id + "_" + a hash of its
 * definition} so the simulator and the editor find it; its parameters (C, the channels' g and E, v0, I) can be
 * edited like any model's. The import adds the definition to the network ({@link ModelDefinitions#attach}), so a
 * saved .neuronet carries it and opens in a new session; the export writes the cell again (issue 15).
 */
final class ChannelCells {

    private ChannelCells() {
    }

    /** The registered model id of the cell element {@code cell}, its channels looked up in {@code components}. */
    static String model(XmlElement cell, Map<String, XmlElement> components) throws NeuroMLException {
        String cellId = cell.attribute("id");
        double area = area(cell);
        XmlElement bio = only(cell, "biophysicalProperties");
        XmlElement membrane = only(bio, "membraneProperties");
        for (XmlElement e : bio.children()) {
            if (!e.name().equals("membraneProperties") && !e.name().equals("intracellularProperties")
                    && !e.name().equals("notes") && !e.name().equals("annotation")) {
                throw unsupported(e, "inside <biophysicalProperties>");
            }
        }
        for (XmlElement e : cell.children()) {
            if (!List.of("morphology", "biophysicalProperties", "notes", "annotation", "property").contains(e.name())) {
                throw unsupported(e, "inside <cell>");
            }
        }
        List<Density> densities = new ArrayList<>();
        double capacitance = Double.NaN; // pF
        double v0 = Double.NaN;
        double threshold = 0;
        for (XmlElement e : membrane.children()) {
            switch (e.name()) {
                case "channelDensity" -> densities.add(density(e, area, components));
                case "specificCapacitance" -> capacitance = Units.convert(e.attribute("value"), "F/m2", e, "value")
                        * area * 1e-12 * 1e12; // F/m2 * um2 (1e-12 m2) in pF (1e12)
                case "initMembPotential" -> v0 = Units.convert(e.attribute("value"), "mV", e, "value");
                case "spikeThresh" -> threshold = Units.convert(e.attribute("value"), "mV", e, "value");
                case "notes", "annotation" -> {
                    // documentation
                }
                default -> throw unsupported(e, "inside <membraneProperties>");
            }
            if (e.attribute("segmentGroup") != null && !e.attribute("segmentGroup").equals("all")) {
                throw new NeuroMLException(e.where() + ": segmentGroup '" + e.attribute("segmentGroup")
                        + "' is not supported (a single-compartment cell takes 'all')");
            }
        }
        if (!(capacitance > 0) || Double.isNaN(v0)) {
            throw new NeuroMLException(membrane.where() + " needs a positive specificCapacitance and an initMembPotential");
        }
        String id = cellId + "_" + hash(cell, components);
        double c = capacitance;
        double vInit = v0;
        double spike = threshold;
        ModelDefinitions.define(id, new ChannelCellDefinition(cellId, c, vInit, spike, List.copyOf(densities)),
                ModelRegistry.getDefault());
        return id;
    }

    private static Density density(XmlElement e, double area, Map<String, XmlElement> components) throws NeuroMLException {
        String id = e.attribute("id");
        String channelId = e.attribute("ionChannel");
        if (id == null || channelId == null) {
            throw new NeuroMLException(e.where() + " needs the attributes id and ionChannel");
        }
        for (String a : e.attributes().keySet()) {
            if (!List.of("id", "ionChannel", "condDensity", "erev", "ion", "segmentGroup").contains(a)) {
                throw new NeuroMLException(e.where() + ": attribute " + a + " is not supported");
            }
        }
        // S/m2 * um2 (1e-12 m2) in nS (1e9)
        double g = Units.convert(e.attribute("condDensity"), "S/m2", e, "condDensity") * area * 1e-12 * 1e9;
        double erev = Units.convert(e.attribute("erev"), "mV", e, "erev");
        XmlElement channel = components.get(channelId);
        if (channel == null) {
            throw new NeuroMLException(e.where() + ": no ion channel '" + channelId + "' in the file");
        }
        if (!channel.name().equals("ionChannelHH") && !(channel.name().equals("ionChannel")
                && (channel.attribute("type") == null || channel.attribute("type").equals("ionChannelHH")))) {
            throw unsupported(channel, "as a channel (supported: ionChannelHH)");
        }
        for (String a : channel.attributes().keySet()) {
            if (!List.of("id", "conductance", "species", "type", "neuroLexId", "metaid").contains(a)) {
                throw new NeuroMLException(channel.where() + ": attribute " + a + " is not supported");
            }
        }
        List<Gate> gates = new ArrayList<>();
        for (XmlElement gate : channel.children()) {
            switch (gate.name()) {
                case "gateHHrates", "gate" -> gates.add(gate(gate));
                case "notes", "annotation" -> {
                    // documentation
                }
                default -> throw unsupported(gate, "inside <" + channel.name() + "> (supported: gateHHrates)");
            }
        }
        return new Density(id, g, erev, gates);
    }

    private static Gate gate(XmlElement gate) throws NeuroMLException {
        if (gate.name().equals("gate") && gate.attribute("type") != null && !gate.attribute("type").equals("gateHHrates")) {
            throw new NeuroMLException(gate.where() + ": gate type '" + gate.attribute("type")
                    + "' is not supported (supported: gateHHrates)");
        }
        String instances = gate.attribute("instances");
        int n;
        try {
            n = Integer.parseInt(instances == null ? "" : instances.strip());
        } catch (NumberFormatException x) {
            throw new NeuroMLException(gate.where() + ": instances must be a whole number, got '" + instances + "'");
        }
        if (n < 1 || n > 10) {
            throw new NeuroMLException(gate.where() + ": instances must be 1 to 10, got " + n);
        }
        Rate forward = null;
        Rate reverse = null;
        for (XmlElement r : gate.children()) {
            switch (r.name()) {
                case "forwardRate" -> forward = rate(r);
                case "reverseRate" -> reverse = rate(r);
                case "notes", "annotation" -> {
                    // documentation
                }
                default -> throw unsupported(r, "inside <" + gate.name() + "> (supported: forwardRate, reverseRate)");
            }
        }
        if (forward == null || reverse == null) {
            throw new NeuroMLException(gate.where() + " needs a forwardRate and a reverseRate");
        }
        return new Gate(gate.attribute("id") == null ? "q" : gate.attribute("id"), n, forward, reverse);
    }

    private static Rate rate(XmlElement r) throws NeuroMLException {
        String type = r.attribute("type");
        if (!List.of("HHExpRate", "HHSigmoidRate", "HHExpLinearRate").contains(type)) {
            throw new NeuroMLException(r.where() + ": rate type '" + type + "' is not supported (supported: HHExpRate, "
                    + "HHSigmoidRate, HHExpLinearRate)");
        }
        double scale = Units.convert(r.attribute("scale"), "mV", r, "scale");
        if (scale == 0) {
            throw new NeuroMLException(r.where() + ": scale must not be 0");
        }
        return new Rate(type, Units.convert(r.attribute("rate"), "1/ms", r, "rate"),
                Units.convert(r.attribute("midpoint"), "mV", r, "midpoint"), scale);
    }

    /** The area (um2) of the cell's one segment. */
    private static double area(XmlElement cell) throws NeuroMLException {
        XmlElement morphology = only(cell, "morphology");
        List<XmlElement> segments = morphology.children("segment");
        if (segments.size() != 1) {
            throw new NeuroMLException(morphology.where() + " has " + segments.size() + " segments: only "
                    + "single-compartment cells are supported (the network simulator has point neurons)");
        }
        XmlElement s = segments.get(0);
        List<XmlElement> prox = s.children("proximal");
        List<XmlElement> dist = s.children("distal");
        if (prox.size() != 1 || dist.size() != 1) {
            throw new NeuroMLException(s.where() + " needs one proximal and one distal point");
        }
        double[] a = point(prox.get(0));
        double[] b = point(dist.get(0));
        double length = Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
        double r1 = a[3] / 2;
        double r2 = b[3] / 2;
        double area = length == 0 ? 4 * Math.PI * r1 * r1 // a sphere (NeuroML: proximal = distal)
                : Math.PI * (r1 + r2) * Math.sqrt((r1 - r2) * (r1 - r2) + length * length);
        if (!(area > 0) || !Double.isFinite(area)) {
            throw new NeuroMLException(s.where() + ": the segment has no area");
        }
        return area;
    }

    private static double[] point(XmlElement p) throws NeuroMLException {
        double[] out = new double[4];
        String[] names = {"x", "y", "z", "diameter"};
        for (int i = 0; i < 4; i++) {
            out[i] = Units.convert(p.attribute(names[i]), "", p, names[i]);
        }
        return out;
    }

    private static XmlElement only(XmlElement parent, String name) throws NeuroMLException {
        List<XmlElement> c = parent.children(name);
        if (c.size() != 1) {
            throw new NeuroMLException(parent.where() + " needs exactly one <" + name + ">");
        }
        return c.get(0);
    }

    private static NeuroMLException unsupported(XmlElement e, String where) {
        return new NeuroMLException(e.where() + " is not supported " + where);
    }

    /** A short hash of the cell and its channels' text, so two cells of one id but other content differ. */
    private static String hash(XmlElement cell, Map<String, XmlElement> components) {
        StringBuilder b = new StringBuilder();
        append(b, cell);
        for (XmlElement d : cell.children("biophysicalProperties")) {
            for (XmlElement m : d.children("membraneProperties")) {
                for (XmlElement c : m.children("channelDensity")) {
                    XmlElement ch = components.get(c.attribute("ionChannel"));
                    if (ch != null) {
                        append(b, ch);
                    }
                }
            }
        }
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 4);
        } catch (java.security.NoSuchAlgorithmException e) {
            return Integer.toHexString(b.toString().hashCode());
        }
    }

    private static void append(StringBuilder b, XmlElement e) {
        b.append('<').append(e.name());
        new java.util.TreeMap<>(e.attributes()).forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
        b.append('>');
        for (XmlElement c : e.children()) {
            append(b, c);
        }
        b.append("</>");
    }
}
