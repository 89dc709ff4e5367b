package org.neuropynamics.network.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.core.model.StateVariable;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.AllToAll;
import org.neuropynamics.network.model.Connectivity;
import org.neuropynamics.network.model.Constant;
import org.neuropynamics.network.model.Distribution;
import org.neuropynamics.network.model.ExplicitPairs;
import org.neuropynamics.network.model.FixedInDegree;
import org.neuropynamics.network.model.FixedProbability;
import org.neuropynamics.network.model.FixedTotalNumber;
import org.neuropynamics.network.model.InitialCondition;
import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.NetworkPackage;
import org.neuropynamics.network.model.Normal;
import org.neuropynamics.network.model.OneToOne;
import org.neuropynamics.network.model.Pair;
import org.neuropynamics.network.model.ParameterValue;
import org.neuropynamics.network.model.Population;
import org.neuropynamics.network.model.Projection;
import org.neuropynamics.network.model.RunSettings;
import org.neuropynamics.network.model.StateMonitor;
import org.neuropynamics.network.model.Stdp;
import org.neuropynamics.network.model.StdpRule;
import org.neuropynamics.network.model.Uniform;
import org.neuropynamics.network.model.build.Describe;

/**
 * The properties a modeller edits that the generic EMF.Edit descriptors cannot give: a population's model
 * chosen from the registry, every model parameter with its unit and default (an override where set; Restore
 * Default Value removes it), initial values per state variable (constant, uniform or normal); a projection's
 * rule with its own field, the autapses flag, weight and delay as constant/uniform/normal with units; the
 * neurons a state monitor records (all, first N, a list or ranges); the run's method from a list. Every change
 * is one EMF command.
 */
final class ElementProperties {

    static final String MODEL = "model";
    static final String PARAM = "param:";
    static final String INIT = "init:";
    static final String RULE = "rule";
    static final String RULE_VALUE = "ruleValue";
    static final String AUTAPSES = "autapses";
    static final String WEIGHT = "weight";
    static final String DELAY = "delay";
    static final String KIND = ":kind";
    static final String NEURONS = "recordNeurons";
    static final String METHOD = "runMethod";
    static final String PLASTICITY = "plasticity";
    static final String STDP = "stdp:";
    static final String RECORD_VAR = "recordVar:";
    static final String[] PLASTICITIES = {"none", "STDP additive", "STDP multiplicative"};
    static final String[] NO_YES = {"no", "yes"};

    static final String[] RULES = {"all-to-all", "one-to-one", "fixed probability", "fixed in-degree",
        "fixed total number", "explicit pairs"};
    static final String[] KINDS = {"constant", "uniform", "normal"};
    static final String[] METHODS = {"euler", "rk4", "exact"};
    private static final NetworkPackage P = NetworkPackage.eINSTANCE;
    private static final NetworkFactory F = NetworkFactory.eINSTANCE;
    private static final Pattern DISTRIBUTION = Pattern.compile(
            "(uniform|normal)\\s*\\(?\\s*([-+0-9.eE]+)\\s*[,;\\s]\\s*([-+0-9.eE]+)\\s*\\)?");
    private static final Pattern PAIR = Pattern.compile("(\\d+)\\s*(?:->|>|:|-)\\s*(\\d+)");

    private final EObject object;
    private final EditingDomain domain;
    private final Consumer<Command> executor;
    private final Consumer<String> info;

    ElementProperties(EObject object, EditingDomain domain, Consumer<Command> executor, Consumer<String> info) {
        this.object = object;
        this.domain = domain;
        this.executor = executor;
        this.info = info;
    }

    /** Whether the generic descriptor of {@code f} is replaced by one of these. */
    static boolean replaces(EObject o, EStructuralFeature f) {
        if (o instanceof Population) {
            return f == P.getPopulation_ModelId() || f == P.getPopulation_Parameters()
                    || f == P.getPopulation_InitialConditions();
        }
        if (o instanceof Projection) {
            return f == P.getProjection_Connectivity() || f == P.getProjection_Weight()
                    || f == P.getProjection_Delay() || f == P.getProjection_Plasticity();
        }
        if (o instanceof StateMonitor sm) {
            return f == P.getStateMonitor_Neurons()
                    || f == P.getStateMonitor_Variables() && monitoredModel(sm) != null;
        }
        return o instanceof RunSettings && f == P.getRunSettings_Method();
    }

    /** Whether the nested "Parts" entry of containment {@code r} is left out (its content is here). */
    static boolean replacesPart(EObject o, EReference r) {
        return replaces(o, r);
    }

    /** The models a population can use: every continuous-time model of the registry, by display name. */
    static List<Model> networkModels() {
        List<Model> out = new ArrayList<>();
        for (Model m : ModelRegistry.getDefault().models()) {
            if (m.kind() == Model.Kind.FLOW) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing((Model m) -> m.name().toLowerCase(Locale.ROOT)));
        return out;
    }

    static String modelLabel(Model m) {
        return m.name() + " (" + m.id() + ")";
    }

    List<IPropertyDescriptor> descriptors() {
        List<IPropertyDescriptor> out = new ArrayList<>();
        if (object instanceof Population p) {
            population(p, out);
        } else if (object instanceof Projection pr) {
            projection(pr, out);
        } else if (object instanceof StateMonitor sm) {
            Model m = monitoredModel(sm);
            if (m != null) {
                for (StateVariable v : m.variables()) {
                    ComboBoxPropertyDescriptor d = new ComboBoxPropertyDescriptor(RECORD_VAR + v.name(),
                            withUnit(v.name(), v.unit()), NO_YES);
                    d.setCategory("Variables");
                    d.setDescription("Whether " + (v.description().isEmpty() ? v.name() : v.description())
                            + " of model " + m.id() + " is recorded (at least one is)");
                    out.add(d);
                }
            }
            TextPropertyDescriptor d = new TextPropertyDescriptor(NEURONS, "Record neurons");
            int size = sm.getTarget() == null ? 0 : sm.getTarget().getSize();
            d.setDescription("Which neurons of the target (size " + size + ") are recorded: 'all', 'first 10', "
                    + "a list '0, 5, 9' or ranges '0-4, 8'");
            d.setValidator(text -> {
                try {
                    parseNeurons(String.valueOf(text));
                    return null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            });
            out.add(d);
        } else if (object instanceof RunSettings run) {
            ComboBoxPropertyDescriptor d = new ComboBoxPropertyDescriptor(METHOD, "Method", methods(run));
            d.setDescription("euler, rk4, or exact (lif: the exact exponential update; others fall back to rk4)");
            out.add(d);
        }
        return out;
    }

    private void population(Population p, List<IPropertyDescriptor> out) {
        List<Model> models = networkModels();
        String[] labels = new String[models.size() + (modelIndex(models, p.getModelId()) < 0 ? 1 : 0)];
        for (int k = 0; k < models.size(); k++) {
            labels[k] = modelLabel(models.get(k));
        }
        if (labels.length > models.size()) {
            labels[models.size()] = "unknown model '" + p.getModelId() + "'";
        }
        ComboBoxPropertyDescriptor model = new ComboBoxPropertyDescriptor(MODEL, "Model", labels);
        model.setCategory("Neuron");
        model.setDescription("The neuron model of every neuron of the population (the registry's models, plug-ins "
                + "included); overrides of parameters the new model lacks are dropped");
        out.add(model);
        Model m = NetworkEdits.model(p);
        if (m == null) {
            return;
        }
        for (Parameter par : m.parameters()) {
            TextPropertyDescriptor d = new TextPropertyDescriptor(PARAM + par.name(), withUnit(par.name(),
                    par.unit()));
            d.setCategory("Parameters");
            d.setDescription((par.description().isEmpty() ? par.name() : par.description()) + "; default "
                    + Describe.number(par.defaultValue()) + (par.unit().isEmpty() ? "" : " " + par.unit())
                    + " (empty or Restore Default Value: the default)");
            d.setValidator(number(par.name(), true));
            out.add(d);
        }
        for (ParameterValue v : p.getParameters()) {
            if (m.parameterIndex(v.getName()) < 0) {
                PropertyDescriptor d = new PropertyDescriptor(PARAM + v.getName(), v.getName() + " (not in "
                        + m.id() + ")");
                d.setCategory("Parameters");
                d.setDescription(m.id() + " has no parameter " + v.getName() + ": Restore Default Value removes "
                        + "this override");
                out.add(d);
            }
        }
        for (StateVariable v : m.variables()) {
            TextPropertyDescriptor d = new TextPropertyDescriptor(INIT + v.name(), withUnit(v.name() + "(0)",
                    v.unit()));
            d.setCategory("Initial values");
            d.setDescription("Initial " + (v.description().isEmpty() ? v.name() : v.description()) + " of every "
                    + "neuron: a number, 'uniform(low, high)' or 'normal(mean, std)'; empty: the model's");
            d.setValidator(text -> {
                try {
                    parseDistribution(String.valueOf(text));
                    return null;
                } catch (IllegalArgumentException e) {
                    return v.name() + "(0): " + e.getMessage();
                }
            });
            out.add(d);
        }
    }

    private void projection(Projection pr, List<IPropertyDescriptor> out) {
        ComboBoxPropertyDescriptor rule = new ComboBoxPropertyDescriptor(RULE, "Rule", RULES);
        rule.setCategory("Connectivity");
        rule.setDescription("Who connects to whom");
        out.add(rule);
        String valueName = ruleValueName(pr.getConnectivity());
        if (valueName != null) {
            TextPropertyDescriptor v = new TextPropertyDescriptor(RULE_VALUE, valueName);
            v.setCategory("Connectivity");
            v.setDescription(pr.getConnectivity() instanceof ExplicitPairs ? "Pairs 'source->target', e.g. "
                    + "'0->1, 2->3' (neurons numbered from 0)" : valueName);
            v.setValidator(text -> {
                try {
                    parseRuleValue(pr.getConnectivity(), String.valueOf(text));
                    return null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            });
            out.add(v);
        }
        ComboBoxPropertyDescriptor autapses = new ComboBoxPropertyDescriptor(AUTAPSES, "Autapses",
                new String[] {"not allowed", "allowed"});
        autapses.setCategory("Connectivity");
        autapses.setDescription("Whether a neuron may connect to itself (source and target the same population)");
        out.add(autapses);
        distribution(out, WEIGHT, "Weight", pr.getWeight(), DiagramScene.weightUnit(pr));
        distribution(out, DELAY, "Delay", pr.getDelay(), "ms");
        ComboBoxPropertyDescriptor plasticity = new ComboBoxPropertyDescriptor(PLASTICITY, "Plasticity",
                PLASTICITIES);
        plasticity.setCategory("Plasticity");
        plasticity.setDescription("none, or pair-based STDP of the weights (additive, or multiplicative: potentiation"
                + " scaled by 1 - w/w_max, depression by w/w_max)");
        out.add(plasticity);
        if (pr.getPlasticity() != null) {
            String wu = DiagramScene.weightUnit(pr);
            String[][] fields = {{"tauPlus", "tau+", "ms", "Time constant of the presynaptic trace (potentiation)"},
                {"tauMinus", "tau-", "ms", "Time constant of the postsynaptic trace (depression)"},
                {"aPlus", "A+", wu, "Weight change of a pre-then-post pair at zero lag (potentiation)"},
                {"aMinus", "A-", wu, "Size of the weight change of a post-then-pre pair at zero lag (depression: -A-)"},
                {"wMax", "w_max", wu, "Upper weight bound (weights stay in [0, w_max])"},
                {"recordInterval", "Record every", "ms", "Interval of the weight recording (Weights over Time)"}};
            for (String[] f : fields) {
                TextPropertyDescriptor t = new TextPropertyDescriptor(STDP + f[0], withUnit(f[1], f[2]));
                t.setCategory("Plasticity");
                t.setDescription(f[3]);
                t.setValidator(number(f[1], false));
                out.add(t);
            }
            ComboBoxPropertyDescriptor record = new ComboBoxPropertyDescriptor(STDP + "recordWeights",
                    "Record weights", NO_YES);
            record.setCategory("Plasticity");
            record.setDescription("Record every synapse's weight over the run (the final weights are always kept)");
            out.add(record);
        }
    }

    /** The model of a state monitor's target population, or null (no target, an input, an unknown model). */
    static Model monitoredModel(StateMonitor sm) {
        return sm.getTarget() instanceof Population p ? NetworkEdits.model(p) : null;
    }

    private static EStructuralFeature stdpFeature(String name) {
        return P.getStdp().getEStructuralFeature(name);
    }

    private static void distribution(List<IPropertyDescriptor> out, String id, String name, Distribution d,
            String unit) {
        String category = name;
        ComboBoxPropertyDescriptor kind = new ComboBoxPropertyDescriptor(id + KIND, name + " kind", KINDS);
        kind.setCategory(category);
        kind.setDescription("Constant, or drawn per synapse from a uniform or normal distribution");
        out.add(kind);
        String[] fields = d instanceof Uniform ? new String[] {"low", "high"}
                : d instanceof Normal ? new String[] {"mean", "std"} : new String[] {""};
        for (int k = 0; k < fields.length; k++) {
            String label = fields[k].isEmpty() ? name : name + " " + fields[k];
            TextPropertyDescriptor t = new TextPropertyDescriptor(id + ":" + k, withUnit(label, unit));
            t.setCategory(category);
            t.setDescription(label + (unit.isEmpty() ? "" : " in " + unit));
            t.setValidator(number(label, false));
            out.add(t);
        }
    }

    boolean handles(Object id) {
        return id instanceof String s && (s.equals(MODEL) || s.startsWith(PARAM) || s.startsWith(INIT)
                || s.equals(RULE) || s.equals(RULE_VALUE) || s.equals(AUTAPSES) || s.startsWith(WEIGHT)
                || s.startsWith(DELAY) || s.equals(NEURONS) || s.equals(METHOD) || s.equals(PLASTICITY)
                || s.startsWith(STDP) || s.startsWith(RECORD_VAR));
    }

    Object value(Object id) {
        String s = (String) id;
        if (object instanceof Population p) {
            if (s.equals(MODEL)) {
                List<Model> models = networkModels();
                int k = modelIndex(models, p.getModelId());
                return k < 0 ? models.size() : k;
            }
            Model m = NetworkEdits.model(p);
            if (s.startsWith(PARAM) && m != null) {
                String name = s.substring(PARAM.length());
                ParameterValue v = override(p, name);
                int k = m.parameterIndex(name);
                return v != null ? Describe.number(v.getValue())
                        : k < 0 ? "" : Describe.number(m.parameters().get(k).defaultValue()) + " (default)";
            }
            if (s.startsWith(INIT)) {
                InitialCondition c = initial(p, s.substring(INIT.length()));
                return c == null ? "model's" : distributionText(c.getValue());
            }
        }
        if (object instanceof Projection pr) {
            Stdp st = pr.getPlasticity();
            if (s.equals(PLASTICITY)) {
                return st == null ? 0 : st.getRule() == StdpRule.MULTIPLICATIVE ? 2 : 1;
            }
            if (s.startsWith(STDP)) {
                if (st == null) {
                    return "";
                }
                Object v = st.eGet(stdpFeature(s.substring(STDP.length())));
                return v instanceof Boolean b ? (b ? 1 : 0) : Describe.number((Double) v);
            }
            switch (s) {
                case RULE -> {
                    return ruleIndex(pr.getConnectivity());
                }
                case RULE_VALUE -> {
                    return ruleValueText(pr.getConnectivity());
                }
                case AUTAPSES -> {
                    return pr.getConnectivity() == null || pr.getConnectivity().isAllowAutapses() ? 1 : 0;
                }
                default -> {
                    Distribution d = s.startsWith(WEIGHT) ? pr.getWeight() : pr.getDelay();
                    if (s.endsWith(KIND)) {
                        return d instanceof Uniform ? 1 : d instanceof Normal ? 2 : 0;
                    }
                    return Describe.number(field(d, s.charAt(s.length() - 1) - '0'));
                }
            }
        }
        if (object instanceof StateMonitor sm && s.equals(NEURONS)) {
            return neuronsText(sm.getNeurons());
        }
        if (object instanceof StateMonitor sm && s.startsWith(RECORD_VAR)) {
            String v = s.substring(RECORD_VAR.length());
            return sm.getVariables().isEmpty() || sm.getVariables().contains(v) ? 1 : 0;
        }
        if (object instanceof RunSettings run && s.equals(METHOD)) {
            return List.of(methods(run)).indexOf(run.getMethod() == null ? "euler" : run.getMethod());
        }
        return "";
    }

    boolean isSet(Object id) {
        if (object instanceof Population p && id instanceof String s) {
            if (s.startsWith(PARAM)) {
                return override(p, s.substring(PARAM.length())) != null;
            }
            if (s.startsWith(INIT)) {
                return initial(p, s.substring(INIT.length())) != null;
            }
        }
        return false;
    }

    void reset(Object id) {
        if (object instanceof Population p && id instanceof String s) {
            if (s.startsWith(PARAM)) {
                ParameterValue v = override(p, s.substring(PARAM.length()));
                if (v != null) {
                    execute(named(RemoveCommand.create(domain, p, P.getPopulation_Parameters(), v),
                            "Reset " + v.getName() + " of " + nameOf(p) + " to the default"));
                }
            } else if (s.startsWith(INIT)) {
                InitialCondition c = initial(p, s.substring(INIT.length()));
                if (c != null) {
                    execute(named(RemoveCommand.create(domain, p, P.getPopulation_InitialConditions(), c),
                            "Reset " + c.getVariable() + "(0) of " + nameOf(p) + " to the model's"));
                }
            }
        }
    }

    /** {@code c} under the label Undo and Redo show ("Undo Set d of Population 2"). */
    static Command named(Command c, String label) {
        CompoundCommand named = new CompoundCommand(label);
        named.append(c);
        return named;
    }

    /** The element's name for command labels. */
    static String nameOf(EObject e) {
        EStructuralFeature f = e.eClass().getEStructuralFeature("name");
        Object n = f == null ? null : e.eGet(f);
        return n == null || n.toString().isEmpty() ? e.eClass().getName() : n.toString();
    }

    void set(Object id, Object value) {
        String s = (String) id;
        String what = s.startsWith(PARAM) ? s.substring(PARAM.length())
                : s.startsWith(INIT) ? s.substring(INIT.length()) + "(0)"
                        : s.startsWith(WEIGHT) ? (s.endsWith(KIND) ? "weight kind" : "weight")
                                : s.startsWith(DELAY) ? (s.endsWith(KIND) ? "delay kind" : "delay")
                                        : s.equals(RULE_VALUE) ? "rule" : s.equals(NEURONS) ? "recorded neurons"
                                                : s.equals(METHOD) ? "method" : s.equals(PLASTICITY) ? "plasticity"
                                                : s.startsWith(STDP) ? "STDP " + s.substring(STDP.length())
                                                        : s.startsWith(RECORD_VAR) ? "recorded variables" : s;
        String label = "Set " + what + " of " + nameOf(object);
        Consumer<Command> plain = executor;
        labelled = c -> plain.accept(c instanceof CompoundCommand cc && cc.getLabel() != null
                && cc.getLabel().startsWith("Set model") ? c : named(c, label));
        try {
            setNamed(s, value);
        } finally {
            labelled = null;
        }
    }

    private Consumer<Command> labelled;

    private void execute(Command c) {
        (labelled != null ? labelled : executor).accept(c);
    }

    private void setNamed(String s, Object value) {
        if (object instanceof Population p) {
            setOnPopulation(p, s, value);
        } else if (object instanceof Projection pr) {
            setOnProjection(pr, s, value);
        } else if (object instanceof StateMonitor sm && s.equals(NEURONS)) {
            List<Integer> neurons = parseNeurons(String.valueOf(value));
            if (!neurons.equals(sm.getNeurons())) {
                execute(SetCommand.create(domain, sm, P.getStateMonitor_Neurons(), neurons));
            }
        } else if (object instanceof StateMonitor sm && s.startsWith(RECORD_VAR) && value instanceof Integer k) {
            setRecorded(sm, s.substring(RECORD_VAR.length()), k == 1);
        } else if (object instanceof RunSettings run && s.equals(METHOD) && value instanceof Integer k) {
            String[] all = methods(run);
            if (k >= 0 && k < all.length && !all[k].equals(run.getMethod())) {
                execute(SetCommand.create(domain, run, P.getRunSettings_Method(), all[k]));
            }
        }
    }

    private void setOnPopulation(Population p, String s, Object value) {
        if (s.equals(MODEL) && value instanceof Integer k) {
            List<Model> models = networkModels();
            if (k >= 0 && k < models.size() && !models.get(k).id().equals(p.getModelId())) {
                changeModel(p, models.get(k));
            }
            return;
        }
        String text = String.valueOf(value).trim();
        if (s.startsWith(PARAM)) {
            String name = s.substring(PARAM.length());
            Double v = parseNumber(text);
            ParameterValue old = override(p, name);
            if (v == null) {
                reset(s);
            } else if (old == null) {
                ParameterValue pv = F.createParameterValue();
                pv.setName(name);
                pv.setValue(v);
                execute(AddCommand.create(domain, p, P.getPopulation_Parameters(), pv));
            } else if (old.getValue() != v) {
                execute(SetCommand.create(domain, old, P.getParameterValue_Value(), v));
            }
        } else if (s.startsWith(INIT)) {
            String variable = s.substring(INIT.length());
            Distribution d = parseDistribution(text);
            InitialCondition old = initial(p, variable);
            if (d == null) {
                reset(s);
            } else if (old == null) {
                InitialCondition c = F.createInitialCondition();
                c.setVariable(variable);
                c.setValue(d);
                execute(AddCommand.create(domain, p, P.getPopulation_InitialConditions(), c));
            } else if (!distributionText(d).equals(distributionText(old.getValue()))) {
                execute(SetCommand.create(domain, old, P.getInitialCondition_Value(), d));
            }
        }
    }

    /**
     * Sets the model as one command, dropping the parameter overrides and initial values the new model does not
     * have, and says which were dropped.
     */
    void changeModel(Population p, Model m) {
        CompoundCommand c = new CompoundCommand("Set model of " + p.getName() + " to " + m.name());
        c.append(SetCommand.create(domain, p, P.getPopulation_ModelId(), m.id()));
        List<String> dropped = new ArrayList<>();
        for (ParameterValue v : p.getParameters()) {
            if (m.parameterIndex(v.getName()) < 0) {
                c.append(RemoveCommand.create(domain, p, P.getPopulation_Parameters(), v));
                dropped.add(v.getName());
            }
        }
        for (InitialCondition ic : p.getInitialConditions()) {
            if (m.variableIndex(ic.getVariable()) < 0) {
                c.append(RemoveCommand.create(domain, p, P.getPopulation_InitialConditions(), ic));
                dropped.add(ic.getVariable() + "(0)");
            }
        }
        execute(c);
        int kept = p.getParameters().size() + p.getInitialConditions().size();
        info.accept(p.getName() + " is now " + modelLabel(m) + (dropped.isEmpty() ? "" : "; dropped "
                + String.join(", ", dropped) + " (not in " + m.id() + ")") + (kept == 0 ? ""
                        : "; kept " + kept + " override" + (kept == 1 ? "" : "s")));
    }

    /**
     * Records or stops recording variable {@code v}: the monitor's list in the model's order; an empty list
     * (every variable, as older files say it) is written out when one is turned off; the last one stays.
     */
    private void setRecorded(StateMonitor sm, String v, boolean on) {
        Model m = monitoredModel(sm);
        if (m == null) {
            return;
        }
        List<String> now = sm.getVariables().isEmpty() ? m.variableNames() : sm.getVariables();
        List<String> next = new ArrayList<>();
        for (String name : m.variableNames()) {
            if (name.equals(v) ? on : now.contains(name)) {
                next.add(name);
            }
        }
        if (next.isEmpty()) {
            info.accept(nameOf(sm) + " records at least one variable: turn another on first");
            return;
        }
        if (!next.equals(sm.getVariables())) {
            execute(SetCommand.create(domain, sm, P.getStateMonitor_Variables(), next));
        }
    }

    private void setOnProjection(Projection pr, String s, Object value) {
        if (s.equals(PLASTICITY)) {
            if (!(value instanceof Integer k) || k < 0 || k >= PLASTICITIES.length) {
                return;
            }
            Stdp st = pr.getPlasticity();
            if (k == 0 && st != null) {
                execute(SetCommand.create(domain, pr, P.getProjection_Plasticity(), SetCommand.UNSET_VALUE));
            } else if (k > 0 && st == null) {
                Stdp n = F.createStdp();
                n.setRule(k == 2 ? StdpRule.MULTIPLICATIVE : StdpRule.ADDITIVE);
                execute(SetCommand.create(domain, pr, P.getProjection_Plasticity(), n));
            } else if (k > 0 && (st.getRule() == StdpRule.MULTIPLICATIVE) != (k == 2)) {
                execute(SetCommand.create(domain, st, P.getStdp_Rule(), k == 2 ? StdpRule.MULTIPLICATIVE
                        : StdpRule.ADDITIVE));
            }
            return;
        }
        if (s.startsWith(STDP)) {
            Stdp st = pr.getPlasticity();
            if (st == null) {
                return;
            }
            EStructuralFeature f = stdpFeature(s.substring(STDP.length()));
            Object v;
            if (f.getEType().getInstanceClass() == boolean.class) {
                if (!(value instanceof Integer k)) {
                    return;
                }
                v = k == 1;
            } else {
                v = parseNumber(String.valueOf(value).trim());
                if (v == null) {
                    return;
                }
            }
            if (!v.equals(st.eGet(f))) {
                execute(SetCommand.create(domain, st, f, v));
            }
            return;
        }
        switch (s) {
            case RULE -> {
                if (value instanceof Integer k && k >= 0 && k < RULES.length && k != ruleIndex(pr.getConnectivity())) {
                    Connectivity c = newRule(k, pr);
                    execute(SetCommand.create(domain, pr, P.getProjection_Connectivity(), c));
                }
            }
            case RULE_VALUE -> {
                Connectivity c = pr.getConnectivity();
                Object v = parseRuleValue(c, String.valueOf(value));
                if (c instanceof FixedProbability fp && fp.getProbability() != (Double) v) {
                    execute(SetCommand.create(domain, c, P.getFixedProbability_Probability(), v));
                } else if (c instanceof FixedInDegree fi && fi.getInDegree() != (Integer) v) {
                    execute(SetCommand.create(domain, c, P.getFixedInDegree_InDegree(), v));
                } else if (c instanceof FixedTotalNumber ft && ft.getNumber() != (Integer) v) {
                    execute(SetCommand.create(domain, c, P.getFixedTotalNumber_Number(), v));
                } else if (c instanceof ExplicitPairs && !ruleValueText(c).equals(String.valueOf(value).trim())) {
                    execute(SetCommand.create(domain, c, P.getExplicitPairs_Pairs(), v));
                }
            }
            case AUTAPSES -> {
                if (value instanceof Integer k && pr.getConnectivity() != null
                        && pr.getConnectivity().isAllowAutapses() != (k == 1)) {
                    execute(SetCommand.create(domain, pr.getConnectivity(),
                            P.getConnectivity_AllowAutapses(), k == 1));
                }
            }
            default -> {
                boolean weight = s.startsWith(WEIGHT);
                EReference feature = weight ? P.getProjection_Weight() : P.getProjection_Delay();
                Distribution d = weight ? pr.getWeight() : pr.getDelay();
                if (s.endsWith(KIND)) {
                    if (value instanceof Integer k && k >= 0 && k < KINDS.length
                            && k != (d instanceof Uniform ? 1 : d instanceof Normal ? 2 : 0)) {
                        execute(SetCommand.create(domain, pr, feature, convert(d, k)));
                    }
                    return;
                }
                int field = s.charAt(s.length() - 1) - '0';
                Double v = parseNumber(String.valueOf(value).trim());
                if (v == null) {
                    return;
                }
                if (d == null) {
                    execute(SetCommand.create(domain, pr, feature, constant(v)));
                } else if (field(d, field) != v) {
                    execute(SetCommand.create(domain, d, fieldFeature(d, field), v));
                }
            }
        }
    }

    // --- connectivity -------------------------------------------------------------------------------------

    static int ruleIndex(Connectivity c) {
        return c instanceof AllToAll ? 0 : c instanceof OneToOne ? 1 : c instanceof FixedProbability ? 2
                : c instanceof FixedInDegree ? 3 : c instanceof FixedTotalNumber ? 4 : c instanceof ExplicitPairs ? 5
                        : -1;
    }

    private static String ruleValueName(Connectivity c) {
        return c instanceof FixedProbability ? "Probability p" : c instanceof FixedInDegree ? "In-degree"
                : c instanceof FixedTotalNumber ? "Number of synapses" : c instanceof ExplicitPairs ? "Pairs" : null;
    }

    private static String ruleValueText(Connectivity c) {
        if (c instanceof FixedProbability fp) {
            return Describe.number(fp.getProbability());
        }
        if (c instanceof FixedInDegree fi) {
            return Integer.toString(fi.getInDegree());
        }
        if (c instanceof FixedTotalNumber ft) {
            return Integer.toString(ft.getNumber());
        }
        if (c instanceof ExplicitPairs ep) {
            List<String> s = new ArrayList<>();
            for (Pair p : ep.getPairs()) {
                s.add(p.getSource() + "->" + p.getTarget());
            }
            return String.join(", ", s);
        }
        return "";
    }

    /** The value of a rule's field: a Double (p), an Integer (in-degree, number) or a list of pairs. */
    static Object parseRuleValue(Connectivity c, String text) {
        String t = text.trim();
        if (c instanceof FixedProbability) {
            Double p = parseNumber(t);
            if (p == null || !(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("p must be a number between 0 and 1, not '" + t + "'.");
            }
            return p;
        }
        if (c instanceof FixedInDegree || c instanceof FixedTotalNumber) {
            try {
                int k = Integer.parseInt(t);
                if (k < 0) {
                    throw new NumberFormatException();
                }
                return k;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + t + "' is not a whole number of 0 or more.");
            }
        }
        if (c instanceof ExplicitPairs) {
            List<Pair> pairs = new ArrayList<>();
            for (String part : t.split("[,;]")) {
                if (part.isBlank()) {
                    continue;
                }
                Matcher m = PAIR.matcher(part.trim());
                if (!m.matches()) {
                    throw new IllegalArgumentException("'" + part.trim() + "' is not a pair 'source->target'.");
                }
                Pair p = F.createPair();
                p.setSource(Integer.parseInt(m.group(1)));
                p.setTarget(Integer.parseInt(m.group(2)));
                pairs.add(p);
            }
            return pairs;
        }
        return null;
    }

    private static Connectivity newRule(int k, Projection pr) {
        Connectivity c = switch (k) {
            case 0 -> F.createAllToAll();
            case 1 -> F.createOneToOne();
            case 2 -> F.createFixedProbability();
            case 3 -> {
                FixedInDegree fi = F.createFixedInDegree();
                int n = pr.getSource() == null ? 1 : pr.getSource().getSize();
                fi.setInDegree(Math.max(1, Math.min(10, n)));
                yield fi;
            }
            case 4 -> F.createFixedTotalNumber();
            default -> F.createExplicitPairs();
        };
        c.setAllowAutapses(pr.getConnectivity() == null || pr.getConnectivity().isAllowAutapses());
        return c;
    }

    // --- distributions ------------------------------------------------------------------------------------

    private static double field(Distribution d, int k) {
        if (d instanceof Constant c) {
            return c.getValue();
        }
        if (d instanceof Uniform u) {
            return k == 0 ? u.getLow() : u.getHigh();
        }
        if (d instanceof Normal n) {
            return k == 0 ? n.getMean() : n.getStd();
        }
        return 0;
    }

    private static EStructuralFeature fieldFeature(Distribution d, int k) {
        if (d instanceof Uniform) {
            return k == 0 ? P.getUniform_Low() : P.getUniform_High();
        }
        if (d instanceof Normal) {
            return k == 0 ? P.getNormal_Mean() : P.getNormal_Std();
        }
        return P.getConstant_Value();
    }

    /** {@code d} as another kind with the same centre (and the same spread between uniform and normal). */
    static Distribution convert(Distribution d, int kind) {
        double centre;
        double spread;
        if (d instanceof Uniform u) {
            centre = (u.getLow() + u.getHigh()) / 2;
            spread = (u.getHigh() - u.getLow()) / Math.sqrt(12);
        } else if (d instanceof Normal n) {
            centre = n.getMean();
            spread = n.getStd();
        } else {
            centre = d instanceof Constant c ? c.getValue() : 0;
            spread = 0;
        }
        return switch (kind) {
            case 1 -> {
                Uniform u = F.createUniform();
                u.setLow(centre - spread * Math.sqrt(3));
                u.setHigh(centre + spread * Math.sqrt(3));
                yield u;
            }
            case 2 -> {
                Normal n = F.createNormal();
                n.setMean(centre);
                n.setStd(spread);
                yield n;
            }
            default -> constant(centre);
        };
    }

    private static Constant constant(double v) {
        Constant c = F.createConstant();
        c.setValue(v);
        return c;
    }

    /** "-65", "uniform(-70, -50)", "normal(-65, 2)". */
    static String distributionText(Distribution d) {
        if (d instanceof Uniform u) {
            return "uniform(" + Describe.number(u.getLow()) + ", " + Describe.number(u.getHigh()) + ")";
        }
        if (d instanceof Normal n) {
            return "normal(" + Describe.number(n.getMean()) + ", " + Describe.number(n.getStd()) + ")";
        }
        return d instanceof Constant c ? Describe.number(c.getValue()) : "";
    }

    /** A distribution from text; null for empty text, "model's" or "default" (the model's value). */
    static Distribution parseDistribution(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("model's") || t.equals("default")) {
            return null;
        }
        Matcher m = DISTRIBUTION.matcher(t);
        try {
            if (m.matches()) {
                double a = Double.parseDouble(m.group(2));
                double b = Double.parseDouble(m.group(3));
                if (m.group(1).equals("uniform")) {
                    if (!(a <= b)) {
                        throw new IllegalArgumentException("uniform: low " + a + " is above high " + b + ".");
                    }
                    Uniform u = F.createUniform();
                    u.setLow(a);
                    u.setHigh(b);
                    return u;
                }
                if (!(b >= 0)) {
                    throw new IllegalArgumentException("normal: std " + b + " is negative.");
                }
                Normal n = F.createNormal();
                n.setMean(a);
                n.setStd(b);
                return n;
            }
            return constant(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.trim() + "' is not a number, uniform(low, high) or "
                    + "normal(mean, std).");
        }
    }

    // --- numbers and neurons ------------------------------------------------------------------------------

    /** The leading number of {@code text} ("20 (default)" gives 20); null for empty or "default". */
    static Double parseNumber(String text) {
        String t = text.trim();
        if (t.isEmpty() || t.equalsIgnoreCase("default") || t.endsWith("(default)")) {
            return null;
        }
        double v = Double.parseDouble(t.split("\\s+")[0]);
        if (!Double.isFinite(v)) {
            throw new NumberFormatException(t);
        }
        return v;
    }

    private static ICellEditorValidator number(String name, boolean emptyAllowed) {
        return text -> {
            String t = String.valueOf(text).trim();
            if (t.isEmpty() && !emptyAllowed) {
                return name + ": type a number.";
            }
            try {
                parseNumber(t);
                return null;
            } catch (NumberFormatException e) {
                return name + ": '" + t + "' is not a number.";
            }
        };
    }

    /** "all" (or empty), "first N", "0, 5, 9", "0-4, 8": the neuron indices (empty: all). */
    static List<Integer> parseNeurons(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        List<Integer> out = new ArrayList<>();
        if (t.isEmpty() || t.equals("all")) {
            return out;
        }
        Matcher first = Pattern.compile("first\\s+(\\d+)").matcher(t);
        if (first.matches()) {
            int n = Integer.parseInt(first.group(1));
            if (n < 1) {
                throw new IllegalArgumentException("first N needs N of 1 or more.");
            }
            for (int i = 0; i < n; i++) {
                out.add(i);
            }
            return out;
        }
        for (String part : t.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            Matcher range = Pattern.compile("(\\d+)-(\\d+)").matcher(part);
            try {
                if (range.matches()) {
                    int a = Integer.parseInt(range.group(1));
                    int b = Integer.parseInt(range.group(2));
                    if (b < a) {
                        throw new IllegalArgumentException("range " + part + " runs backwards.");
                    }
                    for (int i = a; i <= b; i++) {
                        out.add(i);
                    }
                } else {
                    out.add(Integer.parseInt(part));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + part + "' is not a neuron number (use 'all', 'first 10', "
                        + "'0, 5, 9' or '0-4').");
            }
        }
        return out;
    }

    /** The inverse of {@link #parseNeurons}: "all", "first 5", "3-5, 9". */
    static String neuronsText(List<Integer> neurons) {
        if (neurons.isEmpty()) {
            return "all";
        }
        boolean first = true;
        for (int i = 0; i < neurons.size(); i++) {
            first &= neurons.get(i) == i;
        }
        if (first) {
            return "first " + neurons.size();
        }
        List<String> parts = new ArrayList<>();
        int k = 0;
        while (k < neurons.size()) {
            int start = neurons.get(k);
            int end = start;
            while (k + 1 < neurons.size() && neurons.get(k + 1) == end + 1) {
                end++;
                k++;
            }
            parts.add(end > start ? start + "-" + end : Integer.toString(start));
            k++;
        }
        return String.join(", ", parts);
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private static String[] methods(RunSettings run) {
        String m = run.getMethod();
        if (m == null || List.of(METHODS).contains(m)) {
            return METHODS;
        }
        String[] out = java.util.Arrays.copyOf(METHODS, METHODS.length + 1);
        out[METHODS.length] = m;
        return out;
    }

    private static int modelIndex(List<Model> models, String id) {
        for (int k = 0; k < models.size(); k++) {
            if (models.get(k).id().equals(id)) {
                return k;
            }
        }
        return -1;
    }

    static String withUnit(String name, String unit) {
        return unit == null || unit.isEmpty() ? name : name + " (" + unit + ")";
    }

    private static ParameterValue override(Population p, String name) {
        for (ParameterValue v : p.getParameters()) {
            if (name.equals(v.getName())) {
                return v;
            }
        }
        return null;
    }

    private static InitialCondition initial(Population p, String variable) {
        for (InitialCondition c : p.getInitialConditions()) {
            if (variable.equals(c.getVariable())) {
                return c;
            }
        }
        return null;
    }
}
