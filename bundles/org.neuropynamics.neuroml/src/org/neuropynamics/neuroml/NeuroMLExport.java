package org.neuropynamics.neuroml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.io.OutputFiles;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.network.model.CurrentInjection;
import org.neuropynamics.network.model.Input;
import org.neuropynamics.network.model.Monitor;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.ParameterValue;
import org.neuropynamics.network.model.PoissonGroup;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SpikeGenerator;
import org.neuropynamics.network.model.SpikeMonitor;
import org.neuropynamics.network.model.SpikeSource;
import org.neuropynamics.network.model.SpikeTrain;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.sim.NetworkSimulator;
import org.neuropynamics.network.sim.RunOptions;
import org.neuropynamics.network.sim.SynapseTable;
import org.neuropynamics.neuroml.cells.NeuroMLCells;

/**
 * Saves one of our networks as a NeuroML 2 document ({@code NAME.net.nml}, valid against NeuroML_v2.3.1.xsd)
 * and a LEMS simulation file ({@code LEMS_NAME.xml}: duration, step, output files for the monitors) that
 * includes it, so jNeuroML and pyNeuroML run it and convert it further. Populations of the NeuroML cell
 * models ({@link NeuroMLCells}) become their cell elements, current injections pulse generators with an input
 * list, Poisson groups {@code spikeGeneratorPoisson} and spike generators {@code spikeArray} populations,
 * conductance projections {@code expOneSynapse} with one {@code connectionWD} per synapse: NeuroML has no
 * connection rules, so probabilistic projections are instantiated with the run's seed (the same synapses our
 * simulator would draw). What NeuroML cannot say (other models, voltage-jump and current synapses, initial
 * distributions) is refused by name before anything is written.
 */
public final class NeuroMLExport {

    /** The files written. */
    public record Files(Path document, Path lems) {
    }

    /** The input elements we write, in the order of the schema's InputTypes group. */
    private static final List<String> INPUT_ORDER = List.of("pulseGenerator", "pulseGeneratorDL", "spikeArray",
            "spikeGeneratorPoisson");

    private final Network network;
    private final StringBuilder nml = new StringBuilder();
    private final Map<SpikeSource, String> ids = new HashMap<>();
    private final Map<SpikeSource, String> components = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    /** ComponentTypes and components of models without a core element, for the LEMS file (LemsTypeExport). */
    private final StringBuilder lemsTypes = new StringBuilder();

    private NeuroMLExport(Network network) {
        this.network = network;
    }

    /** The base name of the files for a network name: letters, digits and underscores. */
    public static String baseName(Network network) {
        return id(network.getName() == null || network.getName().isBlank() ? "network" : network.getName());
    }

    /**
     * Writes {@code BASE.net.nml} and {@code LEMS_BASE.xml} into {@code dir} (each atomically).
     *
     * @throws NeuroMLException when the network uses what NeuroML cannot express (nothing is written then)
     * @throws FileProblem when a file cannot be written
     */
    public static Files write(Network network, Path dir, String base, Path... inputs) throws FileProblem {
        Path doc = dir.resolve(base + ".net.nml");
        Path lems = dir.resolve("LEMS_" + base + ".xml");
        OutputFiles.checkWritable(doc, inputs);
        OutputFiles.checkWritable(lems, inputs);
        NeuroMLExport ex = new NeuroMLExport(network);
        String document = ex.document(base);
        String simulation = ex.lems(base, doc.getFileName().toString());
        OutputFiles.writeString(doc, document, inputs);
        OutputFiles.writeString(lems, simulation, inputs);
        return new Files(doc, lems);
    }

    /** The NeuroML document text of {@code network} (for tests and the editor's save). */
    public static String documentText(Network network) throws NeuroMLException {
        return new NeuroMLExport(network).document(baseName(network));
    }

    /** A valid NeuroML id (NmlId: a letter or underscore, then letters, digits, underscores). */
    static String id(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' ? c : '_');
        }
        if (b.isEmpty() || Character.isDigit(b.charAt(0))) {
            b.insert(0, '_');
        }
        return b.toString();
    }

    private String unique(String name) {
        String base = id(name);
        String id = base;
        for (int k = 2; !used.add(id); k++) {
            id = base + "_" + k;
        }
        return id;
    }

    private String document(String base) throws NeuroMLException {
        double duration = network.getRun() == null ? 1000 : network.getRun().getDuration();
        // what each source is called, and the component of each group (checked before anything is written)
        for (Population p : network.getPopulations()) {
            ids.put(p, unique(p.getName() == null ? "population" : p.getName()));
        }
        for (Input in : network.getInputs()) {
            ids.put(in, unique(in.getName() == null ? "input" : in.getName()));
        }
        StringBuilder synapses = new StringBuilder();
        // the schema wants the document's elements grouped by kind, in its own order
        Map<String, StringBuilder> cellsByKind = new java.util.TreeMap<>(
                java.util.Comparator.comparingInt(k -> new ArrayList<>(NeuroMLCells.FACTORIES.keySet()).indexOf(k)));
        Map<String, StringBuilder> inputsByKind = new java.util.TreeMap<>(
                java.util.Comparator.comparingInt(INPUT_ORDER::indexOf));
        StringBuilder net = new StringBuilder();
        StringBuilder pynnCells = new StringBuilder();
        StringBuilder pynnSynapses = new StringBuilder();
        StringBuilder pynnConductances = new StringBuilder(); // expCondSynapse precedes expCurrSynapse in the schema
        // the schema's order: alphaCurrentSynapse, alphaSynapse, expOneSynapse; expCond, alphaCond, expCurr, alphaCurr
        StringBuilder alphaCurrents = new StringBuilder();
        StringBuilder alphaSynapses = new StringBuilder();
        StringBuilder pynnAlphaConductances = new StringBuilder();
        StringBuilder pynnAlphaCurrents = new StringBuilder();
        StringBuilder pynnHh = new StringBuilder(); // HH_cond_exp follows the IF cells in the schema
        StringBuilder ionChannels = new StringBuilder(); // ionChannelHH precede the synapses in the schema
        // models kept in a .neuronet opened in this session (issue 15)
        try {
            org.neuropynamics.network.sim.ModelDefinitions.install(network,
                    org.neuropynamics.core.registry.ModelRegistry.getDefault());
        } catch (IllegalArgumentException e) {
            throw new NeuroMLException(e.getMessage());
        }
        for (Population p : network.getPopulations()) {
            if (PyNNCells.LIF.equals(p.getModelId())) {
                String comp = unique(ids.get(p) + "_cell");
                components.put(p, comp);
                Model lif = PyNNCells.lif(p);
                pynnCells.append(PyNNCells.ifCurrExp(p, comp, synapseTau(p, true), synapseTau(p, false)));
                net.append("    <population id=\"").append(ids.get(p)).append("\" component=\"").append(comp)
                        .append("\" size=\"").append(p.getSize()).append("\">\n");
                initialProperties(p, lif, net);
                net.append("    </population>\n");
                continue;
            }
            org.neuropynamics.network.sim.ChannelCellDefinition channelCell =
                    org.neuropynamics.network.sim.ModelDefinitions.of(p.getModelId());
            if (channelCell != null) {
                // an ionChannelHH cell kept in the network (issue 15): channels and cell written again
                String comp = unique(ids.get(p) + "_cell");
                components.put(p, comp);
                Model cc = org.neuropynamics.core.registry.ModelRegistry.getDefault().get(p.getModelId());
                ChannelCellExport.write(p, comp, channelCell, cc, ionChannels,
                        cellsByKind.computeIfAbsent("cell", k -> new StringBuilder()));
                net.append("    <population id=\"").append(ids.get(p)).append("\" component=\"").append(comp)
                        .append("\" size=\"").append(p.getSize()).append("\"/>\n");
                int ci = cc.currentParameterIndex().orElse(-1);
                double current = ci < 0 ? 0 : p.getParameters().stream().filter(v -> v.getName().equals("I"))
                        .mapToDouble(org.neuropynamics.network.model.ParameterValue::getValue).findFirst().orElse(0);
                if (current != 0) {
                    pulse(inputsByKind, net, p, cc, current, 0, duration, ids.get(p) + "_I");
                }
                continue;
            }
            Model model = NeuroMLCells.create(p.getModelId());
            Model own = model == null ? LemsTypeExport.model(p) : null;
            if (own != null) { // equations without a core element: a LEMS ComponentType in the LEMS file (issue 15)
                String comp = unique(ids.get(p) + "_cell");
                String type = unique(ids.get(p) + "_type");
                components.put(p, comp);
                lemsTypes.append(LemsTypeExport.type(own, p, type)).append(LemsTypeExport.component(own, p, type, comp));
                net.append("    <population id=\"").append(ids.get(p)).append("\" component=\"").append(comp)
                        .append("\" size=\"").append(p.getSize()).append("\">\n");
                initialProperties(p, own, net);
                net.append("    </population>\n");
                int ci = own.currentParameterIndex().orElse(-1);
                double current = ci < 0 ? 0 : p.getParameters().stream().filter(v -> v.getName().equals(
                        own.currentParameter())).mapToDouble(ParameterValue::getValue).findFirst()
                        .orElse(own.parameters().get(ci).defaultValue());
                if (current != 0) {
                    pulse(inputsByKind, net, p, own, current, 0, duration, ids.get(p) + "_I");
                }
                continue;
            }
            if (model == null) {
                throw new NeuroMLException("Population " + p.getName() + ": model " + p.getModelId()
                        + " has no NeuroML cell type and no equations to write as a LEMS ComponentType (exportable: "
                        + "lif as IF_curr_exp, models compiled from equations, "
                        + String.join(", ", NeuroMLCells.FACTORIES.keySet()) + ")");
            }
            String comp = unique(ids.get(p) + "_cell");
            components.put(p, comp);
            StringBuilder cells = NeuroMLCells.PYNN_HH.equals(p.getModelId()) ? pynnHh
                    : cellsByKind.computeIfAbsent(p.getModelId(), k -> new StringBuilder());
            cells.append("  <").append(p.getModelId()).append(" id=\"").append(comp).append('"');
            double[] values = model.defaultParameters();
            for (ParameterValue v : p.getParameters()) {
                int k = model.parameterIndex(v.getName());
                if (k < 0) {
                    throw new NeuroMLException("Population " + p.getName() + ": " + p.getModelId()
                            + " has no parameter " + v.getName());
                }
                values[k] = v.getValue();
            }
            for (int k = 0; k < values.length; k++) {
                Parameter par = model.parameters().get(k);
                if (par.name().equals(model.currentParameter()) && !NeuroMLCells.currentIsAttribute(p.getModelId())) {
                    continue;
                }
                cells.append(' ').append(par.name()).append("=\"").append(Units.format(values[k], par.unit())).append('"');
            }
            cells.append("/>\n");
            net.append("    <population id=\"").append(ids.get(p)).append("\" component=\"").append(comp)
                    .append("\" size=\"").append(p.getSize()).append(p.getInitialConditions().isEmpty() ? "\"/>\n" : "\">\n");
            if (!p.getInitialConditions().isEmpty()) {
                // NeuroML cells start from their own v0/reversal: the initial values travel as properties that our
                // import restores (jNeuroML ignores them), as for lif
                initialProperties(p, model, net);
                net.append("    </population>\n");
            }
            int ci = model.currentParameterIndex().orElse(-1);
            if (ci >= 0 && values[ci] != 0 && !NeuroMLCells.currentIsAttribute(p.getModelId())) {
                pulse(inputsByKind, net, p, model, values[ci], 0, duration, ids.get(p) + "_I");
            }
        }
        for (Input in : network.getInputs()) {
            String comp = unique(ids.get(in) + "_source");
            components.put(in, comp);
            if (in instanceof PoissonGroup g) {
                inputsByKind.computeIfAbsent("spikeGeneratorPoisson", k -> new StringBuilder()).append("  <spikeGeneratorPoisson id=\"").append(comp).append("\" averageRate=\"")
                        .append(Units.format(g.getRate(), "Hz")).append("\"/>\n");
            } else if (in instanceof SpikeGenerator g) {
                List<Double> times = sameTrain(g);
                StringBuilder inputs = inputsByKind.computeIfAbsent("spikeArray", k -> new StringBuilder());
                inputs.append("  <spikeArray id=\"").append(comp).append("\">\n");
                for (int i = 0; i < times.size(); i++) {
                    inputs.append("    <spike id=\"").append(i).append("\" time=\"").append(Units.format(times.get(i), "ms"))
                            .append("\"/>\n");
                }
                inputs.append("  </spikeArray>\n");
            } else {
                throw new NeuroMLException("Input " + in.getName() + ": " + in.eClass().getName() + " has no NeuroML form");
            }
            net.append("    <population id=\"").append(ids.get(in)).append("\" component=\"").append(comp)
                    .append("\" size=\"").append(in.getSize()).append("\"/>\n");
        }
        for (CurrentInjection c : network.getCurrents()) {
            Population p = c.getTarget();
            if (p == null || !ids.containsKey(p)) {
                throw new NeuroMLException("Current " + c.getName() + " has no target population");
            }
            double stop = c.getStop() <= c.getStart() ? duration : c.getStop();
            Model m = PyNNCells.LIF.equals(p.getModelId()) ? PyNNCells.lif(p) : cellModel(p);
            String name = c.getName() == null ? "current" : c.getName();
            if (c.getSlope() != 0) {
                ramp(inputsByKind, net, p, m, c.getAmplitude(), c.getAmplitude() + c.getSlope() * (stop - c.getStart()),
                        c.getStart(), stop - c.getStart(), name);
            } else {
                pulse(inputsByKind, net, p, m, c.getAmplitude(), c.getStart(), stop - c.getStart(), name);
            }
        }
        List<SynapseTable> tables = network.getProjections().isEmpty() ? List.of()
                : new NetworkSimulator().synapses(network, RunOptions.DEFAULT);
        for (int k = 0; k < network.getProjections().size(); k++) {
            Projection pr = network.getProjections().get(k);
            SynapseTable t = tables.get(k);
            if (pr.getPlasticity() != null) {
                throw new NeuroMLException("Projection " + pr.getName() + " has STDP plasticity, which NeuroML 2 has"
                        + " no standard synapse for; export to brian2, or set the projection's plasticity to none");
            }
            String syn = unique((pr.getName() == null ? "projection" : pr.getName()) + "_syn");
            if (PyNNCells.LIF.equals(pr.getTarget().getModelId())) {
                // R = 1 MOhm (cm = tau_m): weights in nA and uS are our numbers in mV and mV/mV
                if (pr.getSynapse() == SynapseKind.EXPONENTIAL_CURRENT) {
                    pynnSynapses.append("  <expCurrSynapse id=\"").append(syn).append("\" tau_syn=\"")
                            .append(Units.format(pr.getTau(), "")).append("\"/>\n");
                } else if (pr.getSynapse() == SynapseKind.EXPONENTIAL_CONDUCTANCE) {
                    pynnConductances.append("  <expCondSynapse id=\"").append(syn).append("\" tau_syn=\"")
                            .append(Units.format(pr.getTau(), "")).append("\" e_rev=\"")
                            .append(Units.format(pr.getReversal(), "")).append("\"/>\n");
                } else if (pr.getSynapse() == SynapseKind.ALPHA_CURRENT) {
                    pynnAlphaCurrents.append("  <alphaCurrSynapse id=\"").append(syn).append("\" tau_syn=\"")
                            .append(Units.format(pr.getTau(), "")).append("\"/>\n");
                } else if (pr.getSynapse() == SynapseKind.ALPHA_CONDUCTANCE) {
                    pynnAlphaConductances.append("  <alphaCondSynapse id=\"").append(syn).append("\" tau_syn=\"")
                            .append(Units.format(pr.getTau(), "")).append("\" e_rev=\"")
                            .append(Units.format(pr.getReversal(), "")).append("\"/>\n");
                } else {
                    throw new NeuroMLException("Projection " + pr.getName() + ": " + pr.getSynapse().getLiteral()
                            + " synapses onto lif cannot be exported (supported: exponential-current, as "
                            + "expCurrSynapse; exponential-conductance, as expCondSynapse; alpha-current, as "
                            + "alphaCurrSynapse; alpha-conductance, as alphaCondSynapse)");
                }
                connections(net, pr, t, syn);
                continue;
            }
            if (pr.getSynapse() != SynapseKind.EXPONENTIAL_CONDUCTANCE && pr.getSynapse() != SynapseKind.ALPHA_CURRENT
                    && pr.getSynapse() != SynapseKind.ALPHA_CONDUCTANCE) {
                throw new NeuroMLException("Projection " + pr.getName() + ": " + pr.getSynapse().getLiteral()
                        + " synapses cannot be exported yet (supported: exponential-conductance, as expOneSynapse; "
                        + "alpha-current, as alphaCurrentSynapse; alpha-conductance, as alphaSynapse; "
                        + "exponential-current onto lif, as expCurrSynapse)");
            }
            Model target = cellModel(pr.getTarget());
            String unit = target.currentParameterIndex().isPresent()
                    ? target.parameters().get(target.currentParameterIndex().getAsInt()).unit() : "";
            if (!unit.equals("pA")) {
                throw new NeuroMLException("Projection " + pr.getName() + ": " + pr.getTarget().getModelId()
                        + " takes no conductance synapses in NeuroML");
            }
            if (pr.getSynapse() == SynapseKind.ALPHA_CURRENT) {
                // our weights are in pA: ibase 1 pA (the import reads it back as 1 pA per unit of weight)
                alphaCurrents.append("  <alphaCurrentSynapse id=\"").append(syn).append("\" tau=\"")
                        .append(Units.format(pr.getTau(), "ms")).append("\" ibase=\"1pA\"/>\n");
                connections(net, pr, t, syn);
                continue;
            }
            if (pr.getSynapse() == SynapseKind.ALPHA_CONDUCTANCE) {
                alphaSynapses.append("  <alphaSynapse id=\"").append(syn).append("\" gbase=\"1nS\" erev=\"")
                        .append(Units.format(pr.getReversal(), "mV")).append("\" tau=\"")
                        .append(Units.format(pr.getTau(), "ms")).append("\"/>\n");
                connections(net, pr, t, syn);
                continue;
            }
            synapses.append("  <expOneSynapse id=\"").append(syn).append("\" gbase=\"1nS\" erev=\"")
                    .append(Units.format(pr.getReversal(), "mV")).append("\" tauDecay=\"")
                    .append(Units.format(pr.getTau(), "ms")).append("\"/>\n");
            connections(net, pr, t, syn);
        }
        nml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        nml.append("<neuroml xmlns=\"http://www.neuroml.org/schema/neuroml2\" ")
                .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ")
                .append("xsi:schemaLocation=\"http://www.neuroml.org/schema/neuroml2 ")
                .append("https://raw.github.com/NeuroML/NeuroML2/development/Schemas/NeuroML2/NeuroML_v2.3.1.xsd\" ")
                .append("id=\"").append(base).append("\">\n");
        nml.append("  <notes>").append(escape("Exported by the Neuropynamics Workbench from the network '"
                + network.getName() + "'" + (network.getDescription() == null ? "" : ": " + network.getDescription())))
                .append("</notes>\n");
        nml.append(ionChannels).append(alphaCurrents).append(alphaSynapses).append(synapses);
        cellsByKind.values().forEach(nml::append);
        inputsByKind.values().forEach(nml::append);
        nml.append(pynnCells).append(pynnHh).append(pynnConductances).append(pynnAlphaConductances).append(pynnSynapses)
                .append(pynnAlphaCurrents);
        String method = network.getRun() == null || network.getRun().getMethod() == null ? "euler"
                : network.getRun().getMethod();
        nml.append("  <network id=\"").append(base).append("\">\n")
                .append("    <property tag=\"").append(NeuroMLImport.METHOD_PROPERTY).append("\" value=\"")
                .append(escape(method)).append("\"/>\n").append(net)
                .append("  </network>\n</neuroml>\n");
        return sortNetwork(nml.toString());
    }

    /** Input lists go after projections in the schema's sequence; they were appended in creation order. */
    private static String sortNetwork(String text) {
        int start = text.indexOf("  <network ");
        int end = text.indexOf("  </network>");
        String[] lines = text.substring(text.indexOf('\n', start) + 1, end).split("\n", -1);
        StringBuilder props = new StringBuilder();
        StringBuilder pops = new StringBuilder();
        StringBuilder projs = new StringBuilder();
        StringBuilder lists = new StringBuilder();
        StringBuilder current = null;
        for (String l : lines) {
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("    <property")) {
                current = props;
            } else if (l.startsWith("    <population")) {
                current = pops;
            } else if (l.startsWith("    <projection")) {
                current = projs;
            } else if (l.startsWith("    <inputList")) {
                current = lists;
            }
            current.append(l).append('\n');
        }
        return text.substring(0, text.indexOf('\n', start) + 1) + props + pops + projs + lists + text.substring(end);
    }

    /**
     * One connectionWD per synapse of the projection (its table drawn with the run's seed), in the schema's shortest
     * form: cells as {@code ../pop[i]} (Nml2PopulationReferencePath allows it; the cell type is the population's),
     * not indented. CUBA's 320,000 synapses take about 30 % less than with {@code ../pop/i/component} paths.
     */
    private void connections(StringBuilder net, Projection pr, SynapseTable t, String syn) {
        String pre = ids.get(pr.getSource());
        String post = ids.get(pr.getTarget());
        net.append("    <projection id=\"").append(unique(pr.getName() == null ? "projection" : pr.getName()))
                .append("\" presynapticPopulation=\"").append(pre).append("\" postsynapticPopulation=\"")
                .append(post).append("\" synapse=\"").append(syn).append("\">\n");
        String preId = "\" preCellId=\"../" + pre + "[";
        String postId = "]\" postCellId=\"../" + post + "[";
        for (int i = 0; i < t.sources().length; i++) {
            net.append("<connectionWD id=\"").append(i).append(preId).append(t.sources()[i]).append(postId)
                    .append(t.targets()[i]).append("]\" weight=\"").append(Units.format(t.weights()[i], ""))
                    .append("\" delay=\"").append(Units.format(t.delaysMs()[i], "ms")).append("\"/>\n");
        }
        net.append("    </projection>\n");
    }

    /** The decay time of the first exponential-current projection onto p of this sign of weight (5 ms if none). */
    private double synapseTau(Population p, boolean excitatory) {
        for (Projection pr : network.getProjections()) {
            if (pr.getTarget() == p && pr.getSynapse() == SynapseKind.EXPONENTIAL_CURRENT
                    && pr.getWeight() instanceof org.neuropynamics.network.model.Constant c
                    && c.getValue() >= 0 == excitatory) {
                return pr.getTau();
            }
        }
        return 5;
    }

    /**
     * Initial distributions as properties {@code neuropynamics.initial.VAR} ("uniform LOW HIGH", "normal MEAN STD",
     * "constant VALUE"): NeuroML has no per-cell initial values, so jNeuroML starts every cell from v_init;
     * our import restores the distribution (and draws it with the run's seed as before).
     */
    private static void initialProperties(Population p, Model model, StringBuilder net) throws NeuroMLException {
        for (org.neuropynamics.network.model.InitialCondition ic : p.getInitialConditions()) {
            if (model.variableIndex(ic.getVariable()) < 0) {
                throw new NeuroMLException("Population " + p.getName() + ": " + ic.getVariable()
                        + " is not a variable of " + p.getModelId());
            }
            String value;
            if (ic.getValue() instanceof org.neuropynamics.network.model.Uniform u) {
                value = "uniform " + u.getLow() + " " + u.getHigh();
            } else if (ic.getValue() instanceof org.neuropynamics.network.model.Normal n) {
                value = "normal " + n.getMean() + " " + n.getStd();
            } else if (ic.getValue() instanceof org.neuropynamics.network.model.Constant c) {
                value = "constant " + c.getValue();
            } else {
                throw new NeuroMLException("Population " + p.getName() + ": the initial value of " + ic.getVariable()
                        + " has no NeuroML form");
            }
            net.append("      <property tag=\"").append(NeuroMLImport.INITIAL_PROPERTY).append(escape(ic.getVariable()))
                    .append("\" value=\"").append(value).append("\"/>\n");
        }
    }

    private void ramp(Map<String, StringBuilder> inputsByKind, StringBuilder net, Population p, Model model, double from,
            double to, double delay, double duration, String name) throws NeuroMLException {
        String unit = currentUnit(p, model, name);
        String comp = unique(name + "_ramp");
        String kind = unit.isEmpty() ? "rampGeneratorDL" : "rampGenerator";
        inputsByKind.computeIfAbsent(kind, k -> new StringBuilder()).append("  <").append(kind).append(" id=\"").append(comp)
                .append("\" delay=\"").append(Units.format(delay, "ms")).append("\" duration=\"")
                .append(Units.format(duration, "ms")).append("\" startAmplitude=\"").append(Units.format(from, unit))
                .append("\" finishAmplitude=\"").append(Units.format(to, unit)).append("\" baselineAmplitude=\"")
                .append(Units.format(0, unit)).append("\"/>\n");
        inputList(net, p, comp, name);
    }

    /** The model of a NeuroML cell type, or of an ionChannelHH cell kept in the network (issue 15), or null. */
    /** The NeuroML unit of a population's input current: the model's, nA for lif (exported as IF_curr_exp). */
    private static String currentUnit(Population p, Model model, String name) throws NeuroMLException {
        int ci = model.currentParameterIndex().orElse(-1);
        if (ci < 0) {
            throw new NeuroMLException("Current " + name + ": " + p.getModelId() + " takes no input current");
        }
        return PyNNCells.LIF.equals(p.getModelId()) ? "nA" : model.parameters().get(ci).unit();
    }

    private void inputList(StringBuilder net, Population p, String comp, String name) {
        net.append("    <inputList id=\"").append(unique(name + "_inputs")).append("\" population=\"").append(ids.get(p))
                .append("\" component=\"").append(comp).append("\">\n");
        for (int i = 0; i < p.getSize(); i++) {
            net.append("      <input id=\"").append(i).append("\" target=\"../").append(ids.get(p)).append('/').append(i)
                    .append('/').append(components.get(p)).append("\" destination=\"synapses\"/>\n");
        }
        net.append("    </inputList>\n");
    }

    private void pulse(Map<String, StringBuilder> inputsByKind, StringBuilder net, Population p, Model model, double amplitude, double delay,
            double duration, String name) throws NeuroMLException {
        String unit = currentUnit(p, model, name);
        String comp = unique(name + "_pulse");
        String kind = unit.isEmpty() ? "pulseGeneratorDL" : "pulseGenerator";
        inputsByKind.computeIfAbsent(kind, k -> new StringBuilder()).append("  <").append(kind).append(" id=\"").append(comp)
                .append("\" delay=\"").append(Units.format(delay, "ms")).append("\" duration=\"")
                .append(Units.format(duration, "ms")).append("\" amplitude=\"").append(Units.format(amplitude, unit))
                .append("\"/>\n");
        inputList(net, p, comp, name);
    }

    private static List<Double> sameTrain(SpikeGenerator g) throws NeuroMLException {
        List<Double> first = null;
        Set<Integer> seen = new HashSet<>();
        for (SpikeTrain t : g.getTrains()) {
            seen.add(t.getNeuron());
            List<Double> times = new ArrayList<>(t.getTimes());
            times.sort(null);
            if (first == null) {
                first = times;
            } else if (!first.equals(times)) {
                throw new NeuroMLException("Spike generator " + g.getName() + ": neurons with different spike times "
                        + "cannot be one NeuroML spikeArray population yet");
            }
        }
        if (first == null || seen.size() != g.getSize()) {
            throw new NeuroMLException("Spike generator " + g.getName() + ": every neuron needs its spike times");
        }
        return first;
    }

    private String lems(String base, String documentName) throws NeuroMLException {
        double duration = network.getRun() == null ? 1000 : network.getRun().getDuration();
        double dt = network.getRun() == null ? 0.1 : network.getRun().getDt();
        long seed = network.getRun() == null ? 1 : network.getRun().getSeed();
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Lems>\n");
        b.append("  <!-- Exported by the Neuropynamics Workbench: run with jnml ").append("LEMS_").append(base)
                .append(".xml -->\n");
        b.append("  <Target component=\"sim_").append(base).append("\"/>\n");
        boolean pynn = network.getPopulations().stream().anyMatch(p -> PyNNCells.LIF.equals(p.getModelId()));
        for (String core : pynn ? List.of("Cells.xml", "Networks.xml", "Inputs.xml", "Simulation.xml", "PyNN.xml")
                : List.of("Cells.xml", "Networks.xml", "Inputs.xml", "Simulation.xml")) {
            b.append("  <Include file=\"").append(core).append("\"/>\n");
        }
        b.append("  <Include file=\"").append(escape(documentName)).append("\"/>\n");
        b.append(lemsTypes);
        b.append("  <Simulation id=\"sim_").append(base).append("\" length=\"").append(Units.format(duration, "ms"))
                .append("\" step=\"").append(Units.format(dt, "ms")).append("\" target=\"").append(base)
                .append("\" seed=\"").append(seed).append("\">\n");
        int k = 0;
        for (Monitor m : network.getMonitors()) {
            SpikeSource target = m.getTarget();
            String pop = ids.get(target);
            if (pop == null) {
                continue;
            }
            String mid = id((m.getName() == null ? "monitor" : m.getName()) + "_" + k++);
            if (m instanceof StateMonitor s && target instanceof Population p) {
                Model model = PyNNCells.LIF.equals(p.getModelId()) ? PyNNCells.lif(p) : cellModel(p);
                List<Integer> neurons = s.getNeurons().isEmpty() ? range(p.getSize()) : s.getNeurons();
                List<String> vars = s.getVariables().isEmpty() ? List.of(model.variableNames().get(0)) : s.getVariables();
                b.append("    <OutputFile id=\"").append(mid).append("\" fileName=\"").append(base).append('.')
                        .append(mid).append(".dat\">\n");
                for (String v : vars) {
                    for (int n : neurons) {
                        b.append("      <OutputColumn id=\"").append(id(v + "_" + n)).append("\" quantity=\"").append(pop)
                                .append('/').append(n).append('/').append(components.get(p)).append('/').append(escape(v))
                                .append("\"/>\n");
                    }
                }
                b.append("    </OutputFile>\n");
            } else if (m instanceof SpikeMonitor) {
                b.append("    <EventOutputFile id=\"").append(mid).append("\" fileName=\"").append(base).append('.')
                        .append(mid).append(".spikes\" format=\"TIME_ID\">\n");
                for (int n = 0; n < target.getSize(); n++) {
                    b.append("      <EventSelection id=\"").append(n).append("\" select=\"").append(pop).append('/')
                            .append(n).append('/').append(components.get(target)).append("\" eventPort=\"spike\"/>\n");
                }
                b.append("    </EventOutputFile>\n");
            }
        }
        b.append("  </Simulation>\n</Lems>\n");
        return b.toString();
    }

    /** A population's model: a NeuroML core cell, or a model exported as a LEMS ComponentType. */
    private static Model cellModel(Population p) throws NeuroMLException {
        Model m = NeuroMLCells.create(p.getModelId());
        if (m == null && org.neuropynamics.network.sim.ModelDefinitions.of(p.getModelId()) != null) {
            m = org.neuropynamics.core.registry.ModelRegistry.getDefault().get(p.getModelId());
        }
        m = m != null ? m : LemsTypeExport.model(p);
        if (m == null) {
            throw new NeuroMLException("Population " + p.getName() + ": model " + p.getModelId() + " has no NeuroML form");
        }
        return m;
    }

    private static List<Integer> range(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
