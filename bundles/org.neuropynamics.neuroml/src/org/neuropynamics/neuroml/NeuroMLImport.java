package org.neuropynamics.neuroml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.network.model.CurrentInjection;
import org.neuropynamics.network.model.ExplicitPairs;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.Node;
import org.neuropynamics.network.model.Pair;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.SpikeGenerator;
import org.neuropynamics.network.model.SpikeMonitor;
import org.neuropynamics.network.model.SpikeSource;
import org.neuropynamics.network.model.SpikeTrain;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.network.model.SynapseKind;
import org.neuropynamics.network.model.build.Networks;
import org.neuropynamics.neuroml.cells.NeuroMLCells;

/**
 * Opens a NeuroML 2 document ({@code .nml}) or a LEMS simulation file ({@code LEMS_*.xml}) as one of our
 * networks. The supported subset (README, "NeuroML 2 and LEMS") maps onto the network model directly: point
 * cells become populations of the models of {@link NeuroMLCells}, pulse generators current injections,
 * spike sources inputs, projections with {@code expOneSynapse} conductance projections with explicit pairs,
 * the LEMS {@code Simulation} the run settings and its output columns state monitors. Anything else is
 * refused with its element name and line; nothing is dropped silently and nothing from the file is run.
 * <p>
 * Only the file itself is read, plus a LEMS {@code <Include file="X"/>} (NeuroML {@code <include href="X"/>})
 * of a plain file name in the same folder; the NeuroML core type files ({@code Cells.xml}, ...) are known
 * and not read (their behaviour is built in). URLs, paths and include cycles are refused.
 */
public final class NeuroMLImport {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;
    /**
     * A network property our export writes: the integration method of the saved network, so that our own
     * import runs it as before (other files run with {@code euler-lems}, jNeuroML's order of events).
     */
    public static final String METHOD_PROPERTY = "neuropynamics.method";
    /**
     * Prefix of the population properties our export writes for initial distributions
     * ({@code neuropynamics.initial.v = "uniform -60 -50"}), which NeuroML cannot express.
     */
    public static final String INITIAL_PROPERTY = "neuropynamics.initial.";
    /** The NeuroML 2 core type definitions that LEMS files include; their behaviour is built in. */
    static final Set<String> CORE_TYPES = Set.of("Cells.xml", "Channels.xml", "Inputs.xml", "Networks.xml",
            "NeuroML2CoreTypes.xml", "NeuroMLCoreCompTypes.xml", "NeuroMLCoreDimensions.xml", "PyNN.xml",
            "Simulation.xml", "Synapses.xml");
    private static final Set<String> IGNORED = Set.of("notes", "annotation", "Target", "Include", "include",
            "Dimension", "Unit", "property", "Property");
    private static final Set<String> NAMING = Set.of("id", "metaid", "name", "neuroLexId");
    private static final int MAX_INCLUDES = 32;
    private static final Set<String> CONNECTION_ATTRIBUTES = Set.of("id", "preCellId", "postCellId", "weight", "delay",
            "preSegmentId", "postSegmentId", "preFractionAlong", "postFractionAlong");
    private static final Pattern PATH_ID = Pattern.compile("(?:\\.\\./)?([^/\\[\\]]+)/(\\d+)(?:/[^/]*)?");
    private static final Pattern INDEX_ID = Pattern.compile("(?:\\.\\./)?([^/\\[\\]]+)\\[(\\d+)\\]");

    /**
     * A column of a LEMS output file: the values of one variable of one cell.
     *
     * @param file the OutputFile's id
     * @param id the column's id
     * @param population the population
     * @param neuron the cell's index
     * @param variable the variable (our name, which is the NeuroML exposure)
     */
    public record OutputColumn(String file, String id, String population, int neuron, String variable) {
    }

    /**
     * What a file opens as.
     *
     * @param network the network (run settings from the LEMS Simulation, or 1000 ms at 0.01 ms)
     * @param columns the LEMS output columns (empty for a plain NeuroML document)
     */
    public record Result(Network network, List<OutputColumn> columns) {
    }

    private final Map<String, XmlElement> components = new LinkedHashMap<>();
    private final List<XmlElement> networks = new ArrayList<>();
    private final List<XmlElement> simulations = new ArrayList<>();
    private final Set<Path> read = new HashSet<>();
    /**
     * The PyNN cells' scales (PyNNCells.Scale): our current per nA and per uS mV of the populations imported from
     * IF_curr_exp and its kin (lif: R = tau_m/cm, I (mV) = R i (nA)), EIF_cond_*_isfa_ista (adExIaFCell, pA) and
     * HH_cond_exp (nA).
     */
    private final Map<Population, PyNNCells.Scale> pynn = new HashMap<>();
    /** The LEMS ComponentTypes of the file, and the elements that may be components of them (issue 15). */
    private final LemsTypes lems = new LemsTypes();
    private final List<XmlElement> deferred = new ArrayList<>();
    private String target;

    private NeuroMLImport() {
    }

    /** True for the file names this importer opens: {@code *.nml} and {@code *.xml}. */
    public static boolean handles(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".nml") || n.endsWith(".xml");
    }

    /**
     * Opens the file.
     *
     * @throws FileProblem (a {@link NeuroMLException} for content) with the file, line and element
     */
    public static Result load(Path file) throws FileProblem {
        NeuroMLImport im = new NeuroMLImport();
        im.collect(file, 0);
        return im.build(file);
    }

    private void collect(Path file, int depth) throws FileProblem {
        Path real;
        try {
            real = file.toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            throw new NeuroMLException(file + ": not a usable path");
        }
        if (!read.add(real)) {
            return;
        }
        collectRoot(SafeXml.read(file), file, depth);
    }

    /**
     * Opens a document already read (the editor's resource gets the bytes from the workbench); includes are
     * looked for next to {@code file}.
     */
    public static Result load(XmlElement root, Path file) throws FileProblem {
        NeuroMLImport im = new NeuroMLImport();
        im.read.add(file.toAbsolutePath().normalize());
        im.collectRoot(root, file, 0);
        return im.build(file);
    }

    private void collectRoot(XmlElement root, Path file, int depth) throws FileProblem {
        if (!root.name().equals("Lems") && !root.name().equals("neuroml")) {
            throw new NeuroMLException(root.where() + " is not a NeuroML 2 document (<neuroml>) or a LEMS file (<Lems>)");
        }
        collectChildren(root, file, depth);
    }

    private void collectChildren(XmlElement parent, Path file, int depth) throws FileProblem {
        for (XmlElement e : parent.children()) {
            switch (e.name()) {
                case "Include", "include" -> include(e, file, depth);
                case "Target" -> target = e.attribute("component");
                case "neuroml" -> collectChildren(e, file, depth);
                case "network" -> networks.add(e);
                case "Simulation" -> simulations.add(e);
                case "ComponentType" -> lems.add(e);
                default -> {
                    if (IGNORED.contains(e.name())) {
                        continue;
                    }
                    String id = e.attribute("id");
                    if (!Kinds.known(e.name())) {
                        deferred.add(e); // a component of a ComponentType of the file, or refused in build()
                        continue;
                    }
                    if (id == null || id.isBlank()) {
                        throw new NeuroMLException(e.where() + " has no id");
                    }
                    if (components.putIfAbsent(id, e) != null) {
                        throw new NeuroMLException(e.where() + ": the id '" + id + "' is used twice");
                    }
                }
            }
        }
    }

    private void include(XmlElement e, Path file, int depth) throws FileProblem {
        String name = e.attribute(e.name().equals("Include") ? "file" : "href");
        if (name == null || name.isBlank()) {
            throw new NeuroMLException(e.where() + " names no file");
        }
        if (CORE_TYPES.contains(name) || name.matches("(?:\\.\\./)*NeuroML2CoreTypes/[A-Za-z0-9]+\\.xml")
                && CORE_TYPES.contains(name.substring(name.lastIndexOf('/') + 1))) {
            return;
        }
        if (name.contains(":") || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new NeuroMLException(e.where() + ": refused to include '" + name
                    + "': only a file in the same folder may be included (no URL, no path)");
        }
        if (depth >= MAX_INCLUDES) {
            throw new NeuroMLException(e.where() + ": includes nested more than " + MAX_INCLUDES + " deep");
        }
        Path dir = file.toAbsolutePath().getParent();
        Path other = dir.resolve(name);
        if (!Files.exists(other)) {
            throw new NeuroMLException(e.where() + ": the included file " + name + " is not next to "
                    + file.getFileName());
        }
        collect(other, depth + 1);
    }

    private Result build(Path file) throws NeuroMLException {
        for (XmlElement e : deferred) {
            String type = e.name().equals("Component") ? e.attribute("type") : e.name();
            if (!lems.isType(type)) {
                throw new NeuroMLException(e.where() + " is not supported: " + (e.name().equals("Component")
                        ? "no ComponentType '" + type + "' in the file (core types are written as their own elements)"
                        : Kinds.why(e.name())));
            }
            String id = e.attribute("id");
            if (id == null || id.isBlank()) {
                throw new NeuroMLException(e.where() + " has no id");
            }
            if (components.putIfAbsent(id, e) != null) {
                throw new NeuroMLException(e.where() + ": the id '" + id + "' is used twice");
            }
        }
        XmlElement sim = null;
        if (!simulations.isEmpty()) {
            sim = simulations.get(0);
            for (XmlElement s : simulations) {
                if (s.attribute("id") != null && s.attribute("id").equals(target)) {
                    sim = s;
                }
            }
        }
        XmlElement net = null;
        String netId = sim != null ? sim.attribute("target") : null;
        for (XmlElement n : networks) {
            if (netId == null || netId.equals(n.attribute("id"))) {
                net = n;
                break;
            }
        }
        if (net == null) {
            throw new NeuroMLException(file.getFileName() + ": no <network>"
                    + (netId != null ? " with id '" + netId + "' (the target of the Simulation)" : "")
                    + "; a document with cells only can be opened by a LEMS file that runs them");
        }
        double duration = 1000;
        double dt = 0.01;
        if (sim != null) {
            duration = Units.convert(sim.attribute("length"), "ms", sim, "length");
            dt = Units.convert(sim.attribute("step"), "ms", sim, "step");
            if (!(duration > 0) || !(dt > 0) || dt > duration) {
                throw new NeuroMLException(sim.where() + ": length and step must be positive, step <= length");
            }
        }
        long seed = 1;
        if (sim != null && sim.attribute("seed") != null) {
            try {
                seed = Long.parseLong(sim.attribute("seed").strip());
            } catch (NumberFormatException e) {
                throw new NeuroMLException(sim.where() + ": seed must be a whole number, got '" + sim.attribute("seed") + "'");
            }
        }
        String name = net.attribute("id") != null ? net.attribute("id") : file.getFileName().toString();
        Network network = Networks.network(name, duration, dt, "euler-lems", seed);
        Map<String, SpikeSource> groups = new LinkedHashMap<>();
        for (XmlElement c : net.children()) {
            switch (c.name()) {
                case "population" -> population(network, c, groups);
                case "projection" -> projection(network, c, groups);
                case "synapticConnection", "synapticConnectionWD" -> synapticConnection(network, c, groups);
                case "explicitInput" -> explicitInput(network, c, groups);
                case "inputList" -> inputList(network, c, groups);
                case "property" -> {
                    if (METHOD_PROPERTY.equals(c.attribute("tag")) && c.attribute("value") != null) {
                        network.getRun().setMethod(c.attribute("value").strip());
                    }
                }
                case "notes", "annotation" -> {
                    // documentation only
                }
                case "electricalProjection" -> throw new NeuroMLException(c.where()
                        + " (gap junctions) is not supported: the network simulator has no electrical synapses");
                default -> throw new NeuroMLException(c.where() + " is not supported inside <network>");
            }
        }
        layout(network);
        // the ionChannelHH cells' definitions travel with the network (.neuronet, issue 15)
        org.neuropynamics.network.sim.ModelDefinitions.attach(network);
        List<OutputColumn> columns = new ArrayList<>();
        if (sim != null) {
            outputs(network, sim, groups, columns);
        }
        return new Result(network, columns);
    }

    private void population(Network network, XmlElement e, Map<String, SpikeSource> groups) throws NeuroMLException {
        String id = required(e, "id");
        String componentId = required(e, "component");
        int size;
        List<XmlElement> instances = e.children("instance");
        if (e.attribute("size") != null) {
            size = integer(e, "size");
        } else {
            size = instances.size();
        }
        if (size < 1) {
            throw new NeuroMLException(e.where() + " '" + id + "' has no cells");
        }
        if (groups.containsKey(id)) {
            throw new NeuroMLException(e.where() + ": the population id '" + id + "' is used twice");
        }
        XmlElement comp = components.get(componentId);
        if (comp == null) {
            throw new NeuroMLException(e.where() + " '" + id + "': no component '" + componentId + "' in the file"
                    + (NeuroMLCells.FACTORIES.containsKey(componentId) ? " (a cell type needs an element with an id)" : ""));
        }
        SpikeSource group;
        switch (lems.defines(comp) ? "ComponentType" : comp.name()) {
            case "ComponentType" -> group = lems.population(network, id, size, comp);
            case "spikeGeneratorPoisson" -> {
                double rate = Units.convert(comp.attribute("averageRate"), "Hz", comp, "averageRate");
                group = Networks.poisson(network, id, size, rate);
            }
            case "spikeArray" -> {
                List<Double> times = spikeTimes(comp);
                double[][] trains = new double[size][];
                for (int i = 0; i < size; i++) {
                    trains[i] = times.stream().mapToDouble(Double::doubleValue).toArray();
                }
                group = Networks.generator(network, id, trains);
            }
            case "IF_curr_exp", "IF_curr_alpha", "IF_cond_exp", "IF_cond_alpha" -> group = ifCurrExp(network, id, size, comp);
            case "EIF_cond_exp_isfa_ista", "EIF_cond_alpha_isfa_ista" -> group = eif(network, id, size, comp);
            case "cell" -> group = Networks.population(network, id, size, ChannelCells.model(comp, components));
            default -> {
                Model model = NeuroMLCells.create(comp.name());
                if (model == null) {
                    throw new NeuroMLException(comp.where() + " cannot be the component of a population");
                }
                Population p = Networks.population(network, id, size, model.id());
                for (Map.Entry<String, String> a : comp.attributes().entrySet()) {
                    if (NAMING.contains(a.getKey())) {
                        continue;
                    }
                    int k = model.parameterIndex(a.getKey());
                    if (k < 0 || a.getKey().equals(model.currentParameter())
                            && !NeuroMLCells.currentIsAttribute(comp.name())) {
                        throw new NeuroMLException(comp.where() + ": attribute " + a.getKey() + " is not a parameter of "
                                + comp.name());
                    }
                    Parameter par = model.parameters().get(k);
                    Networks.setParameter(p, par.name(), Units.convert(a.getValue(),
                            NeuroMLCells.PYNN_HH.equals(comp.name()) ? "" : par.unit(), comp.where() + " " + a.getKey()));
                }
                if (NeuroMLCells.PYNN_HH.equals(comp.name())) {
                    pynn.put(p, new PyNNCells.Scale(1, 1)); // nA and uS are its own units
                }
                group = p;
            }
        }
        if (group instanceof Population p) {
            initialProperties(e, p);
        }
        groups.put(id, group);
    }

    /** The dimensionless attributes of a PyNN cell (NeuroML2CoreTypes/PyNN.xml), all required. */
    private static Map<String, Double> pynnAttributes(XmlElement comp, List<String> names) throws NeuroMLException {
        Map<String, Double> a = new HashMap<>();
        for (String name : names) {
            a.put(name, Units.convert(required(comp, name), "", comp, name));
        }
        for (String name : comp.attributes().keySet()) {
            if (!a.containsKey(name) && !NAMING.contains(name)) {
                throw new NeuroMLException(comp.where() + ": attribute " + name + " is not a parameter of " + comp.name());
            }
        }
        return a;
    }

    /**
     * IF_curr_exp, IF_curr_alpha, IF_cond_exp and IF_cond_alpha as our lif (PyNNCells): their membranes are one
     * equation (PyNN.xml; exp/alpha and curr/cond name the synapses PyNN would attach, NeuroML attaches any):
     * R = tau_m / cm, I = R i_offset, v starts at v_init.
     */
    private Population ifCurrExp(Network network, String id, int size, XmlElement comp) throws NeuroMLException {
        List<String> names = new ArrayList<>(List.of("cm", "i_offset", "tau_syn_E", "tau_syn_I", "v_init", "tau_m",
                "tau_refrac", "v_reset", "v_rest", "v_thresh"));
        if (comp.name().startsWith("IF_cond")) {
            names.addAll(List.of("e_rev_E", "e_rev_I"));
        }
        Map<String, Double> a = pynnAttributes(comp, names);
        if (!(a.get("cm") > 0) || !(a.get("tau_m") > 0)) {
            throw new NeuroMLException(comp.where() + ": cm and tau_m must be positive");
        }
        double r = a.get("tau_m") / a.get("cm");
        Population p = Networks.population(network, id, size, PyNNCells.lif(null).id());
        Networks.setParameter(p, "I", r * a.get("i_offset"));
        Networks.setParameter(p, "tau", a.get("tau_m"));
        Networks.setParameter(p, "EL", a.get("v_rest"));
        Networks.setParameter(p, "Vth", a.get("v_thresh"));
        Networks.setParameter(p, "Vreset", a.get("v_reset"));
        Networks.setParameter(p, "tref", a.get("tau_refrac"));
        if (!a.get("v_init").equals(a.get("v_rest"))) {
            Networks.initial(p, "v", Networks.constant(a.get("v_init")));
        }
        pynn.put(p, new PyNNCells.Scale(r, r));
        return p;
    }

    /**
     * EIF_cond_exp_isfa_ista (and EIF_cond_alpha_isfa_ista, the same membrane) as our adExIaFCell (PyNN.xml:
     * tau_m dv/dt = -(v - v_rest) + delta_T exp((v - v_thresh)/delta_T) + tau_m (i_offset - w)/cm, tau_w dw/dt =
     * a (v - v_rest) - w, spike at v_spike, w += b, v held at v_reset for tau_refrac): C = 1000 cm pF, gL = C/tau_m,
     * a in nS, b and i_offset in pA. delta_T = 0 (no exponential, threshold v_thresh) is refused: our adEx divides by it.
     */
    private Population eif(Network network, String id, int size, XmlElement comp) throws NeuroMLException {
        Map<String, Double> a = pynnAttributes(comp, List.of("cm", "i_offset", "tau_syn_E", "tau_syn_I", "v_init",
                "tau_m", "tau_refrac", "v_reset", "v_rest", "v_thresh", "e_rev_E", "e_rev_I", "v_spike", "delta_T",
                "tau_w", "a", "b"));
        if (!(a.get("cm") > 0) || !(a.get("tau_m") > 0) || !(a.get("tau_w") > 0)) {
            throw new NeuroMLException(comp.where() + ": cm, tau_m and tau_w must be positive");
        }
        if (!(a.get("delta_T") > 0)) {
            throw new NeuroMLException(comp.where() + ": delta_T = " + a.get("delta_T") + " is not supported (the "
                    + "adExIaFCell it opens as needs a positive slope factor)");
        }
        Population p = Networks.population(network, id, size, "adExIaFCell");
        double c = 1000 * a.get("cm");
        Networks.setParameter(p, "C", c);
        Networks.setParameter(p, "gL", c / a.get("tau_m"));
        Networks.setParameter(p, "EL", a.get("v_rest"));
        Networks.setParameter(p, "VT", a.get("v_thresh"));
        Networks.setParameter(p, "thresh", a.get("v_spike"));
        Networks.setParameter(p, "reset", a.get("v_reset"));
        Networks.setParameter(p, "delT", a.get("delta_T"));
        Networks.setParameter(p, "tauw", a.get("tau_w"));
        Networks.setParameter(p, "refract", a.get("tau_refrac"));
        Networks.setParameter(p, "a", 1000 * a.get("a"));
        Networks.setParameter(p, "b", 1000 * a.get("b"));
        Networks.setParameter(p, "I", 1000 * a.get("i_offset"));
        if (!a.get("v_init").equals(a.get("v_rest"))) {
            Networks.initial(p, "v", Networks.constant(a.get("v_init")));
        }
        pynn.put(p, new PyNNCells.Scale(1000, 1000));
        return p;
    }

    /** The initial distributions our export keeps as population properties. */
    private static void initialProperties(XmlElement e, Population p) throws NeuroMLException {
        for (XmlElement c : e.children("property")) {
            String tag = c.attribute("tag");
            if (tag == null || !tag.startsWith(INITIAL_PROPERTY)) {
                continue;
            }
            String variable = tag.substring(INITIAL_PROPERTY.length());
            String[] f = required(c, "value").split("\\s+");
            try {
                org.neuropynamics.network.model.Distribution d = switch (f[0]) {
                    case "uniform" -> f.length == 3 ? Networks.uniform(Double.parseDouble(f[1]), Double.parseDouble(f[2])) : null;
                    case "normal" -> f.length == 3 ? Networks.normal(Double.parseDouble(f[1]), Double.parseDouble(f[2])) : null;
                    case "constant" -> f.length == 2 ? Networks.constant(Double.parseDouble(f[1])) : null;
                    default -> null;
                };
                if (d == null) {
                    throw new NumberFormatException();
                }
                p.getInitialConditions().removeIf(ic -> ic.getVariable().equals(variable));
                Networks.initial(p, variable, d);
            } catch (NumberFormatException x) {
                throw new NeuroMLException(c.where() + ": '" + c.attribute("value") + "' is not an initial distribution "
                        + "(uniform LOW HIGH, normal MEAN STD or constant VALUE)");
            }
        }
    }

    private static List<Double> spikeTimes(XmlElement comp) throws NeuroMLException {
        List<Double> times = new ArrayList<>();
        for (XmlElement s : comp.children()) {
            if (!s.name().equals("spike")) {
                throw new NeuroMLException(s.where() + " is not supported inside <spikeArray>");
            }
            times.add(Units.convert(s.attribute("time"), "ms", s, "time"));
        }
        times.sort(null);
        return times;
    }

    /** One exponential channel of a synapse: our projection settings per unit of NeuroML weight. */
    record Part(SynapseKind kind, double factor, double tau, double reversal) {
    }

    /** A synapse component as one or more exponential channels (expTwoSynapse is the difference of two). */
    private record Synapse(List<Part> parts) {
    }

    /**
     * The synapse {@code synapseId} onto {@code target}. Synapses are exponential channels of our simulator:
     * expOneSynapse, expCondSynapse, expCurrSynapse, and expTwoSynapse as two conductances of the same reversal,
     * +waveformFactor gbase decaying with tauDecay and -waveformFactor gbase with tauRise (Synapses.xml: g = gbase
     * (B - A)), which is the same linear equation; the alpha synapses as the simulator's alpha channels
     * ({@link AlphaSynapses}).
     */
    private Synapse synapse(XmlElement at, String synapseId, Population target) throws NeuroMLException {
        XmlElement s = components.get(synapseId);
        if (s == null) {
            throw new NeuroMLException(at.where() + ": no synapse '" + synapseId + "' in the file");
        }
        PyNNCells.Scale scale = pynn.get(target);
        if (scale == null) {
            Model model = modelOf(target);
            String unit = model.currentParameterIndex().isPresent()
                    ? model.parameters().get(model.currentParameterIndex().getAsInt()).unit() : null;
            if (!"pA".equals(unit)) {
                throw new NeuroMLException(at.where() + ": synapse " + s.name() + " onto " + target.getModelId()
                        + " is not supported (only cells with a current in pA or PyNN cells take synapses)");
            }
            scale = new PyNNCells.Scale(1000, 1000); // nA and uS into pA and nS
        }
        if (lems.defines(s)) { // a synapse type of the file that is one exponential channel (issue 15)
            LemsTypes.Channel ch = lems.synapse(s);
            return new Synapse(List.of(ch.conductance()
                    ? new Part(SynapseKind.EXPONENTIAL_CONDUCTANCE, ch.factor() * 1e-3 * scale.perMicroSiemens(), ch.tau(),
                            ch.reversal())
                    : new Part(SynapseKind.EXPONENTIAL_CURRENT, ch.factor() * 1e-3 * scale.perNanoAmp(), ch.tau(), 0)));
        }
        return switch (s.name()) {
            case "expOneSynapse" -> new Synapse(List.of(new Part(SynapseKind.EXPONENTIAL_CONDUCTANCE,
                    Units.convert(s.attribute("gbase"), "nS", s, "gbase") * 1e-3 * scale.perMicroSiemens(),
                    Units.convert(s.attribute("tauDecay"), "ms", s, "tauDecay"),
                    Units.convert(s.attribute("erev"), "mV", s, "erev"))));
            case "expTwoSynapse" -> {
                double g = Units.convert(s.attribute("gbase"), "nS", s, "gbase") * 1e-3 * scale.perMicroSiemens();
                double rise = Units.convert(s.attribute("tauRise"), "ms", s, "tauRise");
                double decay = Units.convert(s.attribute("tauDecay"), "ms", s, "tauDecay");
                double erev = Units.convert(s.attribute("erev"), "mV", s, "erev");
                if (!(rise > 0) || !(decay > rise)) {
                    throw new NeuroMLException(s.where() + " needs 0 < tauRise < tauDecay, got tauRise "
                            + rise + " ms, tauDecay " + decay + " ms");
                }
                double peak = Math.log(decay / rise) * rise * decay / (decay - rise);
                double waveform = 1 / (Math.exp(-peak / decay) - Math.exp(-peak / rise));
                yield new Synapse(List.of(new Part(SynapseKind.EXPONENTIAL_CONDUCTANCE, g * waveform, decay, erev),
                        new Part(SynapseKind.EXPONENTIAL_CONDUCTANCE, -g * waveform, rise, erev)));
            }
            case "expCondSynapse" -> new Synapse(List.of(new Part(SynapseKind.EXPONENTIAL_CONDUCTANCE,
                    scale.perMicroSiemens(), Units.convert(required(s, "tau_syn"), "", s, "tau_syn"),
                    Units.convert(required(s, "e_rev"), "", s, "e_rev"))));
            case "expCurrSynapse" -> new Synapse(List.of(new Part(SynapseKind.EXPONENTIAL_CURRENT,
                    scale.perNanoAmp(), Units.convert(required(s, "tau_syn"), "", s, "tau_syn"), 0)));
            case "alphaSynapse", "alphaCurrentSynapse", "alphaCondSynapse", "alphaCurrSynapse" ->
                new Synapse(List.of(AlphaSynapses.part(s, scale)));
            default -> throw new NeuroMLException(s.where() + " is not supported as a synapse (supported: expOneSynapse, "
                    + "expTwoSynapse, expCondSynapse, expCurrSynapse, alphaSynapse, alphaCurrentSynapse, "
                    + "alphaCondSynapse, alphaCurrSynapse)");
        };
    }

    private record Conn(int pre, int post, double weight, double delay) {
    }

    private void projection(Network network, XmlElement e, Map<String, SpikeSource> groups) throws NeuroMLException {
        String id = required(e, "id");
        SpikeSource pre = group(e, groups, required(e, "presynapticPopulation"));
        SpikeSource postGroup = group(e, groups, required(e, "postsynapticPopulation"));
        if (!(postGroup instanceof Population post)) {
            throw new NeuroMLException(e.where() + ": the postsynaptic population must be made of cells");
        }
        Synapse syn = synapse(e, required(e, "synapse"), post);
        List<Conn> conns = new ArrayList<>();
        for (XmlElement c : e.children()) {
            switch (c.name()) {
                case "connection", "connectionWD" -> {
                    int i = cell(c, c.attribute("preCellId"), pre);
                    int j = cell(c, c.attribute("postCellId"), post);
                    double w = c.attribute("weight") == null ? 1 : Units.convert(c.attribute("weight"), "", c, "weight");
                    double d = c.attribute("delay") == null ? 0 : Units.convert(c.attribute("delay"), "ms", c, "delay");
                    for (String a : c.attributes().keySet()) {
                        if (!CONNECTION_ATTRIBUTES.contains(a)) {
                            throw new NeuroMLException(c.where() + ": attribute " + a + " is not supported");
                        }
                    }
                    conns.add(new Conn(i, j, w, d));
                }
                case "notes", "annotation", "property" -> {
                    // documentation
                }
                default -> throw new NeuroMLException(c.where() + " is not supported inside <projection>");
            }
        }
        addConnections(network, id, pre, post, syn, conns);
    }

    private void synapticConnection(Network network, XmlElement e, Map<String, SpikeSource> groups)
            throws NeuroMLException {
        Ref from = ref(e, required(e, "from"), groups);
        Ref to = ref(e, required(e, "to"), groups);
        if (!(to.group() instanceof Population post)) {
            throw new NeuroMLException(e.where() + ": 'to' must be a cell");
        }
        Synapse syn = synapse(e, required(e, "synapse"), post);
        // synapticConnectionWD (Networks.xml) carries a weight and a delay
        double w = e.attribute("weight") == null ? 1 : Units.convert(e.attribute("weight"), "", e, "weight");
        double d = e.attribute("delay") == null ? 0 : Units.convert(e.attribute("delay"), "ms", e, "delay");
        addConnections(network, from.group().getName() + "->" + post.getName(), from.group(), post, syn,
                List.of(new Conn(from.index(), to.index(), w, d)));
    }

    private static void addConnections(Network network, String id, SpikeSource pre, Population post, Synapse syn,
            List<Conn> conns) {
        // one projection per (weight, delay) and channel: our projections carry one weight and delay distribution each
        Map<List<Double>, List<Conn>> byWd = new LinkedHashMap<>();
        for (Conn c : conns) {
            byWd.computeIfAbsent(List.of(c.weight(), c.delay()), k -> new ArrayList<>()).add(c);
        }
        int part = 0;
        int count = byWd.size() * syn.parts().size();
        for (Map.Entry<List<Double>, List<Conn>> g : byWd.entrySet()) {
            for (Part channel : syn.parts()) {
                ExplicitPairs pairs = F.createExplicitPairs();
                List<Pair> list = new ArrayList<>(g.getValue().size());
                for (Conn c : g.getValue()) {
                    Pair p = F.createPair();
                    p.setSource(c.pre());
                    p.setTarget(c.post());
                    list.add(p);
                }
                // new objects, so the containment list's uniqueness check (quadratic for 10^5 pairs) is not needed
                ((org.eclipse.emf.ecore.util.InternalEList<Pair>) pairs.getPairs()).addAllUnique(list);
                Projection p = Networks.project(network, pre, post, pairs,
                        Networks.constant(channel.factor() * g.getKey().get(0)), Networks.constant(g.getKey().get(1)),
                        channel.kind());
                p.setName(count == 1 ? id : id + "." + part);
                p.setTau(channel.tau());
                p.setReversal(channel.reversal());
                part++;
            }
        }
    }

    private void explicitInput(Network network, XmlElement e, Map<String, SpikeSource> groups) throws NeuroMLException {
        Ref to = ref(e, required(e, "target"), groups);
        if (!(to.group() instanceof Population pop)) {
            throw new NeuroMLException(e.where() + ": the target must be a cell");
        }
        if (pop.getSize() != 1) {
            throw new NeuroMLException(e.where() + ": an input to one cell of a population of " + pop.getSize()
                    + " is not supported (our current injections drive a whole population; use an inputList)");
        }
        double weight = e.attribute("weight") == null ? 1 : Units.convert(e.attribute("weight"), "", e, "weight");
        XmlElement in = components.get(required(e, "input"));
        if (in != null && in.name().equals("poissonFiringSynapse")) {
            poissonSynapse(network, e, in, pop, List.of(to.index()), List.of(weight));
            return;
        }
        current(network, e, required(e, "input"), pop, weight);
    }

    /**
     * poissonFiringSynapse (Inputs.xml): each input is its own Poisson train at averageRate into its own synapse on
     * its cell, whose current is scaled by the input's weight; for a linear synapse that is the weight on the
     * synapse. So: a Poisson group of one source per input and explicit pairs source k -> cell k through the synapse.
     */
    private void poissonSynapse(Network network, XmlElement at, XmlElement in, Population pop, List<Integer> cells,
            List<Double> weights) throws NeuroMLException {
        for (String a : in.attributes().keySet()) {
            if (!List.of("id", "averageRate", "synapse", "spikeTarget", "metaid", "neuroLexId").contains(a)) {
                throw new NeuroMLException(in.where() + ": attribute " + a + " is not supported");
            }
        }
        double rate = Units.convert(in.attribute("averageRate"), "Hz", in, "averageRate");
        if (!(rate >= 0)) {
            throw new NeuroMLException(in.where() + ": averageRate must not be negative");
        }
        Synapse syn = synapse(in, required(in, "synapse"), pop);
        String name = in.attribute("id") + " -> " + pop.getName();
        if (network.getInputs().stream().anyMatch(x -> name.equals(x.getName()))
                || network.getPopulations().stream().anyMatch(x -> name.equals(x.getName()))) {
            throw new NeuroMLException(at.where() + ": the input '" + in.attribute("id") + "' reaches " + pop.getName()
                    + " twice");
        }
        SpikeSource g = Networks.poisson(network, name, cells.size(), rate);
        List<Conn> conns = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            conns.add(new Conn(k, cells.get(k), weights.get(k), 0));
        }
        addConnections(network, name, g, pop, syn, conns);
    }

    private void inputList(Network network, XmlElement e, Map<String, SpikeSource> groups) throws NeuroMLException {
        SpikeSource g = group(e, groups, required(e, "population"));
        if (!(g instanceof Population pop)) {
            throw new NeuroMLException(e.where() + ": the population must be made of cells");
        }
        Set<Integer> cells = new TreeSet<>();
        Set<Double> weights = new HashSet<>();
        List<Integer> cellList = new ArrayList<>();
        List<Double> weightList = new ArrayList<>();
        for (XmlElement in : e.children()) {
            if (!in.name().equals("input") && !in.name().equals("inputW")) {
                throw new NeuroMLException(in.where() + " is not supported inside <inputList>");
            }
            int i = cell(in, in.attribute("target"), pop);
            if (!cells.add(i)) {
                throw new NeuroMLException(in.where() + ": cell " + i + " receives this input twice");
            }
            double w = in.attribute("weight") == null ? 1.0 : Units.convert(in.attribute("weight"), "", in, "weight");
            weights.add(w);
            cellList.add(i);
            weightList.add(w);
        }
        XmlElement component = components.get(required(e, "component"));
        if (component != null && component.name().equals("poissonFiringSynapse")) {
            poissonSynapse(network, e, component, pop, cellList, weightList); // any cells, any weights
            return;
        }
        if (cells.size() != pop.getSize() || weights.size() != 1) {
            throw new NeuroMLException(e.where() + ": an input list must reach every cell of '" + pop.getName()
                    + "' with the same weight (our current injections drive a whole population)");
        }
        current(network, e, required(e, "component"), pop, weights.iterator().next());
    }

    private void current(Network network, XmlElement at, String inputId, Population pop, double weight)
            throws NeuroMLException {
        XmlElement in = components.get(inputId);
        if (in == null) {
            throw new NeuroMLException(at.where() + ": no input '" + inputId + "' in the file");
        }
        PyNNCells.Scale scale = pynn.get(pop);
        Model model = modelOf(pop);
        if (model.currentParameterIndex().isEmpty()) {
            throw new NeuroMLException(at.where() + ": " + pop.getModelId() + " takes no input current");
        }
        String unit = model.parameters().get(model.currentParameterIndex().getAsInt()).unit();
        if (scale != null) {
            // PyNN cells: currents read as pA, then * 1e-3 nA/pA * our current per nA (lif: R MOhm, so mV)
            unit = "pA";
            weight *= scale.perNanoAmp() * 1e-3;
        }
        boolean dimensionless = in.name().endsWith("DL");
        boolean ramp = in.name().startsWith("rampGenerator");
        if (!in.name().startsWith("pulseGenerator") && !ramp) {
            throw new NeuroMLException(in.where() + " is not supported as an input current yet (supported: "
                    + "pulseGenerator, pulseGeneratorDL, rampGenerator, rampGeneratorDL)");
        }
        if (dimensionless != unit.isEmpty()) {
            String kind = ramp ? "rampGenerator" : "pulseGenerator";
            throw new NeuroMLException(at.where() + ": " + in.name() + " '" + inputId + "' does not fit "
                    + pop.getModelId() + (unit.isEmpty() ? " (a dimensionless cell takes " + kind + "DL)"
                            : " (its current is in " + unit + "; use " + kind + ")"));
        }
        double delay = Units.convert(in.attribute("delay"), "ms", in, "delay");
        double duration = Units.convert(in.attribute("duration"), "ms", in, "duration");
        if (!ramp) {
            double amplitude = Units.convert(in.attribute("amplitude"), unit, in.where() + " amplitude");
            if (duration > 0 && amplitude != 0) { // a pulse that never flows changes nothing
                injection(network, inputId + " -> " + pop.getName(), pop, amplitude * weight, 0, delay, delay + duration);
            }
            return;
        }
        // rampGenerator(DL): baselineAmplitude outside [delay, delay + duration), inside it a line from
        // startAmplitude to finishAmplitude (NeuroML2CoreTypes/Inputs.xml): a constant baseline for the whole
        // run plus a ramp of (start - baseline) rising by (finish - start) / duration per ms in the window
        double start = Units.convert(in.attribute("startAmplitude"), unit, in.where() + " startAmplitude");
        double finish = Units.convert(in.attribute("finishAmplitude"), unit, in.where() + " finishAmplitude");
        double baseline = Units.convert(in.attribute("baselineAmplitude"), unit, in.where() + " baselineAmplitude");
        if (baseline != 0) {
            injection(network, inputId + " baseline -> " + pop.getName(), pop, baseline * weight, 0, 0, 0);
        }
        if (duration > 0 && (start != baseline || finish != baseline)) {
            injection(network, inputId + " -> " + pop.getName(), pop, (start - baseline) * weight,
                    (finish - start) / duration * weight, delay, delay + duration);
        }
    }

    private static void injection(Network network, String name, Population pop, double amplitude, double slope,
            double start, double stop) {
        CurrentInjection c = F.createCurrentInjection();
        c.setName(name);
        c.setTarget(pop);
        c.setAmplitude(amplitude);
        c.setSlope(slope);
        c.setStart(start);
        c.setStop(stop);
        network.getCurrents().add(c);
    }

    private record Ref(SpikeSource group, int index) {
    }

    /** "pop[3]", "../pop/3/type" or "pop" (a population of one). */
    private static Ref ref(XmlElement e, String text, Map<String, SpikeSource> groups) throws NeuroMLException {
        Matcher m = INDEX_ID.matcher(text);
        Matcher p = PATH_ID.matcher(text);
        String pop;
        int index;
        if (m.matches()) {
            pop = m.group(1);
            index = Integer.parseInt(m.group(2));
        } else if (p.matches()) {
            pop = p.group(1);
            index = Integer.parseInt(p.group(2));
        } else {
            pop = text;
            index = 0;
        }
        SpikeSource g = group(e, groups, pop);
        if (index >= g.getSize()) {
            throw new NeuroMLException(e.where() + ": '" + text + "': " + pop + " has " + g.getSize() + " cells");
        }
        return new Ref(g, index);
    }

    /** A cell index within {@code g} from "../pop/3/type", "pop[3]" or "3". */
    private static int cell(XmlElement e, String text, SpikeSource g) throws NeuroMLException {
        if (text == null) {
            throw new NeuroMLException(e.where() + " names no cell");
        }
        int index;
        Matcher m = INDEX_ID.matcher(text);
        Matcher p = PATH_ID.matcher(text);
        if (m.matches() || p.matches()) {
            Matcher x = m.matches() ? m : p;
            if (!x.group(1).equals(g.getName())) {
                throw new NeuroMLException(e.where() + ": '" + text + "' is not in population " + g.getName());
            }
            index = Integer.parseInt(x.group(2));
        } else if (text.matches("\\d{1,9}")) {
            index = Integer.parseInt(text);
        } else {
            throw new NeuroMLException(e.where() + ": '" + text + "' does not name a cell");
        }
        if (index >= g.getSize()) {
            throw new NeuroMLException(e.where() + ": '" + text + "': " + g.getName() + " has " + g.getSize() + " cells");
        }
        return index;
    }

    private static SpikeSource group(XmlElement e, Map<String, SpikeSource> groups, String id) throws NeuroMLException {
        SpikeSource g = groups.get(id);
        if (g == null) {
            throw new NeuroMLException(e.where() + ": no population '" + id + "' (populations come first)");
        }
        return g;
    }

    private void outputs(Network network, XmlElement sim, Map<String, SpikeSource> groups, List<OutputColumn> columns)
            throws NeuroMLException {
        Map<String, StateMonitor> monitors = new HashMap<>();
        Set<String> spikeMonitored = new HashSet<>();
        for (XmlElement c : sim.children()) {
            switch (c.name()) {
                case "Display", "OutputFile" -> {
                    for (XmlElement q : c.children()) {
                        if (!q.name().equals("Line") && !q.name().equals("OutputColumn")) {
                            throw new NeuroMLException(q.where() + " is not supported inside <" + c.name() + ">");
                        }
                        OutputColumn col = column(c, q, groups);
                        if (col == null) {
                            continue;
                        }
                        if (c.name().equals("OutputFile")) {
                            columns.add(col);
                        }
                        StateMonitor m = monitors.computeIfAbsent(col.population() + "/" + col.variable(), k -> {
                            StateMonitor s = F.createStateMonitor();
                            s.setName(col.population() + " " + col.variable());
                            s.setTarget(groups.get(col.population()));
                            s.getVariables().add(col.variable());
                            network.getMonitors().add(s);
                            return s;
                        });
                        if (!m.getNeurons().contains(col.neuron())) {
                            m.getNeurons().add(col.neuron());
                        }
                    }
                }
                case "EventOutputFile" -> {
                    for (XmlElement q : c.children("EventSelection")) {
                        Ref r = ref(q, required(q, "select"), groups);
                        if (spikeMonitored.add(r.group().getName())) {
                            SpikeMonitor s = F.createSpikeMonitor();
                            s.setName(r.group().getName() + " spikes");
                            s.setTarget(r.group());
                            network.getMonitors().add(s);
                        }
                    }
                }
                case "Record", "Meta", "notes" -> {
                    // simulator hints
                }
                default -> throw new NeuroMLException(c.where() + " is not supported inside <Simulation>");
            }
        }
    }

    /** A Line or OutputColumn quantity "pop[i]/var" or "pop/i/type/var"; null for an input's own variable. */
    private static OutputColumn column(XmlElement file, XmlElement q, Map<String, SpikeSource> groups)
            throws NeuroMLException {
        String quantity = required(q, "quantity");
        String[] parts = quantity.split("/");
        String cellRef;
        String variable;
        if (parts.length == 2) {
            cellRef = parts[0];
            variable = parts[1];
        } else if (parts.length == 4) {
            cellRef = "../" + parts[0] + "/" + parts[1] + "/" + parts[2];
            variable = parts[3];
        } else if (parts.length == 7 && parts[2].equals("membraneProperties") && parts[6].equals("q")) {
            // pop[i]/bioPhys/membraneProperties/DENSITY/CHANNEL/GATE/q: a gate of a ChannelCells cell
            cellRef = parts[0];
            variable = parts[3] + "_" + parts[5];
        } else {
            // e.g. pop[0]/input/I: the state of an input or synapse, which we do not record
            return null;
        }
        Ref r = ref(q, cellRef, groups);
        if (!(r.group() instanceof Population p)) {
            return null;
        }
        Model model = modelOf(p);
        if (model.variableIndex(variable) < 0) {
            throw new NeuroMLException(q.where() + ": '" + variable + "' is not a state variable of "
                    + p.getModelId() + " (" + String.join(", ", model.variableNames()) + ")");
        }
        return new OutputColumn(file.attribute("id"), q.attribute("id"), p.getName(), r.index(), variable);
    }

    private static void layout(Network network) {
        int i = 0;
        for (Population p : network.getPopulations()) {
            place(p, 260 + 180 * (i % 4), 60 + 140 * (i / 4));
            i++;
        }
        i = 0;
        for (var in : network.getInputs()) {
            place(in, 40, 60 + 140 * i);
            i++;
        }
        i = 0;
        for (CurrentInjection c : network.getCurrents()) {
            place(c, 40, 60 + 140 * (network.getInputs().size() + i));
            i++;
        }
    }

    private static void place(Node n, double x, double y) {
        n.setX(x);
        n.setY(y);
    }

    /** The model of a population: lif, a NeuroML cell type, or a cell registered by ChannelCells. */
    private static Model modelOf(Population p) throws NeuroMLException {
        if (PyNNCells.LIF.equals(p.getModelId())) {
            return PyNNCells.lif(p);
        }
        Model m = NeuroMLCells.create(p.getModelId());
        if (m != null) {
            return m;
        }
        try {
            return org.neuropynamics.core.registry.ModelRegistry.getDefault().get(p.getModelId());
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new NeuroMLException("Population " + p.getName() + ": " + e.getMessage());
        }
    }

    private static String required(XmlElement e, String attribute) throws NeuroMLException {
        String v = e.attribute(attribute);
        if (v == null || v.isBlank()) {
            throw new NeuroMLException(e.where() + " needs the attribute " + attribute);
        }
        return v.strip();
    }

    private static int integer(XmlElement e, String attribute) throws NeuroMLException {
        String v = required(e, attribute);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException x) {
            throw new NeuroMLException(e.where() + ": " + attribute + " must be a whole number, got '" + v + "'");
        }
    }

    /** The element kinds this importer knows, and why the others are refused. */
    static final class Kinds {
        private static final Set<String> KNOWN = new HashSet<>(Set.of("pulseGenerator", "pulseGeneratorDL",
                "rampGenerator", "rampGeneratorDL", "spikeGeneratorPoisson", "spikeArray", "expOneSynapse",
                "expTwoSynapse", "IF_curr_exp", "IF_curr_alpha", "IF_cond_exp", "IF_cond_alpha", "EIF_cond_exp_isfa_ista",
                "EIF_cond_alpha_isfa_ista", "expCurrSynapse", "expCondSynapse", "cell", "ionChannelHH", "ionChannel",
                "poissonFiringSynapse", "alphaSynapse", "alphaCurrentSynapse", "alphaCondSynapse", "alphaCurrSynapse"));

        static {
            KNOWN.addAll(NeuroMLCells.FACTORIES.keySet());
        }

        private Kinds() {
        }

        static boolean known(String name) {
            return KNOWN.contains(name);
        }

        static String why(String name) {
            return switch (name) {
                case "Component" -> "a Component needs the type of a ComponentType of the file";
                default -> "it is outside the supported subset (README: NeuroML 2 and LEMS)";
            };
        }
    }
}
