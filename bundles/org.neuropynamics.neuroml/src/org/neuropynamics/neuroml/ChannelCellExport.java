package org.neuropynamics.neuroml;

import java.util.List;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.network.model.ParameterValue;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.sim.ChannelCellDefinition;

/**
 * Writes a population's ionChannelHH cell ({@link ChannelCellDefinition}, issue 15) as NeuroML again: one
 * {@code ionChannelHH} per channel density and a {@code cell} of one spherical segment of 1000 um2 (so a
 * conductance of g nS is a density of g S_per_m2 and a capacitance of C pF a specific capacitance of C/1000
 * F_per_m2), with the population's parameter values (C, v0, g_X, E_X). ChannelCells reads it back to the same model.
 * A separate class from NeuroMLExport so the LEMS work there and this one do not collide.
 */
final class ChannelCellExport {

    /** The diameter (um) of a sphere of 1000 um2. */
    static final double DIAMETER = Math.sqrt(1000 / Math.PI);

    private ChannelCellExport() {
    }

    /** Appends the channels to {@code channels} and the cell {@code comp} to {@code cells}. */
    static void write(Population p, String comp, ChannelCellDefinition def, Model model, StringBuilder channels,
            StringBuilder cells) throws NeuroMLException {
        double[] values = model.defaultParameters();
        for (ParameterValue v : p.getParameters()) {
            int k = model.parameterIndex(v.getName());
            if (k < 0) {
                throw new NeuroMLException("Population " + p.getName() + ": " + p.getModelId() + " has no parameter "
                        + v.getName());
            }
            values[k] = v.getValue();
        }
        cells.append("  <cell id=\"").append(comp).append("\">\n");
        cells.append("    <morphology id=\"").append(comp).append("_morphology\">\n");
        cells.append("      <segment id=\"0\" name=\"soma\">\n");
        cells.append("        <proximal x=\"0\" y=\"0\" z=\"0\" diameter=\"").append(DIAMETER).append("\"/>\n");
        cells.append("        <distal x=\"0\" y=\"0\" z=\"0\" diameter=\"").append(DIAMETER).append("\"/>\n");
        cells.append("      </segment>\n    </morphology>\n");
        cells.append("    <biophysicalProperties id=\"").append(comp).append("_biophysics\">\n");
        cells.append("      <membraneProperties>\n");
        for (ChannelCellDefinition.Density d : def.densities()) {
            String channel = comp + "_" + d.id();
            channels.append("  <ionChannelHH id=\"").append(channel).append("\" conductance=\"10pS\">\n");
            for (ChannelCellDefinition.Gate g : d.gates()) {
                channels.append("    <gateHHrates id=\"").append(g.id()).append("\" instances=\"")
                        .append(g.instances()).append("\">\n");
                rate(channels, "forwardRate", g.forward());
                rate(channels, "reverseRate", g.reverse());
                channels.append("    </gateHHrates>\n");
            }
            channels.append("  </ionChannelHH>\n");
            double g = values[model.parameterIndex("g_" + d.id())];
            double e = values[model.parameterIndex("E_" + d.id())];
            // 1 nS over 1000 um2 is 1 S/m2
            cells.append("        <channelDensity id=\"").append(d.id()).append("\" ionChannel=\"").append(channel)
                    .append("\" condDensity=\"").append(g).append("S_per_m2\" erev=\"").append(e)
                    .append("mV\" ion=\"non_specific\"/>\n");
        }
        cells.append("        <spikeThresh value=\"").append(def.threshold()).append("mV\"/>\n");
        cells.append("        <specificCapacitance value=\"").append(values[model.parameterIndex("C")] * 1e-3)
                .append("F_per_m2\"/>\n");
        cells.append("        <initMembPotential value=\"").append(values[model.parameterIndex("v0")])
                .append("mV\"/>\n");
        cells.append("      </membraneProperties>\n    </biophysicalProperties>\n  </cell>\n");
    }

    private static void rate(StringBuilder b, String element, ChannelCellDefinition.Rate r) {
        for (double v : List.of(r.rate(), r.midpoint(), r.scale())) {
            if (!Double.isFinite(v)) {
                throw new IllegalStateException("a rate constant is not finite");
            }
        }
        b.append("      <").append(element).append(" type=\"").append(r.type()).append("\" rate=\"").append(r.rate())
                .append("per_ms\" midpoint=\"").append(r.midpoint()).append("mV\" scale=\"").append(r.scale())
                .append("mV\"/>\n");
    }
}
