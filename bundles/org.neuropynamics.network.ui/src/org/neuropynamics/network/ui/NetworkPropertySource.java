package org.neuropynamics.network.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.neuropynamics.network.model.NetworkPackage;
import org.neuropynamics.network.model.SpikeGenerator;
import org.neuropynamics.network.model.SpikeTrain;

/**
 * The Properties view's face of one model element, written over the EMF.Edit item property descriptors:
 * names, categories and descriptions come from the item providers; values are shown as text (numbers,
 * names) or chosen from a list (enumerations, references); a contained element (a weight's distribution,
 * the run settings) opens as a nested property source. Every change is a {@link SetCommand} on the editing
 * domain's command stack, so Undo/Redo and the dirty marker work as for canvas edits.
 */
public final class NetworkPropertySource implements IPropertySource {

    /** The id of a spike generator's "Spike times" property (all its trains as one line of text). */
    public static final String SPIKE_TIMES = "spikeTimes";

    private final EObject object;
    private final AdapterFactory factory;
    private final EditingDomain domain;
    private final Consumer<Command> executor;
    private final Consumer<String> info;
    private final ElementProperties extra;

    /** A property source for {@code object}, editing through {@code domain}'s command stack. */
    public NetworkPropertySource(EObject object, AdapterFactory factory, EditingDomain domain) {
        this(object, factory, domain, c -> domain.getCommandStack().execute(c));
    }

    /**
     * A property source for {@code object} whose changes are executed by {@code executor} (the editor
     * groups the changes of one gesture on several selected elements into one undoable command).
     */
    public NetworkPropertySource(EObject object, AdapterFactory factory, EditingDomain domain,
            Consumer<Command> executor) {
        this(object, factory, domain, executor, m -> { });
    }

    /**
     * A property source whose changes are executed by {@code executor}; {@code info} receives what a change
     * did beyond its value (the overrides a change of model dropped).
     */
    public NetworkPropertySource(EObject object, AdapterFactory factory, EditingDomain domain,
            Consumer<Command> executor, Consumer<String> info) {
        this.object = object;
        this.factory = factory;
        this.domain = domain;
        this.executor = executor;
        this.info = info;
        this.extra = new ElementProperties(object, domain, executor, info);
    }

    private List<IItemPropertyDescriptor> itemDescriptors() {
        IItemPropertySource source = (IItemPropertySource) factory.adapt(object, IItemPropertySource.class);
        return source == null ? List.of() : source.getPropertyDescriptors(object);
    }

    private IItemPropertyDescriptor item(Object id) {
        if (id instanceof EReference) {
            return null;
        }
        for (IItemPropertyDescriptor d : itemDescriptors()) {
            if (d.getId(object).equals(id)) {
                return d;
            }
        }
        return null;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IPropertyDescriptor> out = new ArrayList<>();
        for (IItemPropertyDescriptor d : itemDescriptors()) {
            String id = d.getId(object);
            EStructuralFeature f = (EStructuralFeature) d.getFeature(object);
            if (ElementProperties.replaces(object, f)) {
                continue;
            }
            String name = ElementProperties.withUnit(d.getDisplayName(object), unit(f));
            PropertyDescriptor p;
            if (f.isMany() && f instanceof EAttribute && d.canSetProperty(object)) {
                // a list of values (a state monitor's variables, neurons) edited as "a, b, c"
                p = new TextPropertyDescriptor(id, name);
                p.setValidator(listValidator(f, name));
            } else if (!d.canSetProperty(object) || f.isMany() || f instanceof EReference r && r.isContainment()) {
                p = new PropertyDescriptor(id, name);
            } else if (f.getEType() instanceof EEnum || f instanceof EReference || isBoolean(f)) {
                p = new ComboBoxPropertyDescriptor(id, name, labels(choices(d, f)));
            } else {
                p = new TextPropertyDescriptor(id, name);
                p.setValidator(validator(f, name));
            }
            p.setCategory(category(f, d.getCategory(object)));
            p.setDescription(d.getDescription(object));
            out.add(p);
        }
        if (object instanceof SpikeGenerator) {
            TextPropertyDescriptor p = new TextPropertyDescriptor(SPIKE_TIMES, "Spike times");
            p.setCategory("Spikes");
            p.setDescription("Spike times in ms per neuron: '0: 10, 20, 30; 1: 5' ('10, 20' alone is neuron 0)");
            p.setValidator(text -> {
                try {
                    SpikeTimesText.parse(String.valueOf(text));
                    return null;
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            });
            out.add(p);
        }
        // contained parts (a projection's connectivity, weight and delay; the run settings) open as nested
        // property sources, so that a weight is edited where the projection is selected
        out.addAll(extra.descriptors());
        for (EReference r : object.eClass().getEAllContainments()) {
            if (!r.isMany() && !ElementProperties.replacesPart(object, r)) {
                PropertyDescriptor p = new PropertyDescriptor(r, displayName(r));
                p.setCategory("Parts");
                p.setDescription("The " + displayName(r).toLowerCase(java.util.Locale.ROOT) + " (expand to edit)");
                out.add(p);
            }
        }
        return out.toArray(new IPropertyDescriptor[0]);
    }

    @Override
    public Object getPropertyValue(Object id) {
        if (extra.handles(id)) {
            return extra.value(id);
        }
        if (SPIKE_TIMES.equals(id) && object instanceof SpikeGenerator g) {
            return SpikeTimesText.format(g);
        }
        if (id instanceof EReference r) {
            Object child = object.eGet(r);
            return child instanceof EObject c ? new NetworkPropertySource(c, factory, domain, executor, info)
                    : "(none)";
        }
        IItemPropertyDescriptor d = item(id);
        if (d == null) {
            return null;
        }
        EStructuralFeature f = (EStructuralFeature) d.getFeature(object);
        Object value = object.eGet(f);
        if (f instanceof EReference r && r.isContainment() && !f.isMany()) {
            return value instanceof EObject child ? new NetworkPropertySource(child, factory, domain, executor, info)
                    : "";
        }
        if (!f.isMany() && d.canSetProperty(object)
                && (f.getEType() instanceof EEnum || f instanceof EReference || isBoolean(f))) {
            return choices(d, f).indexOf(value);
        }
        if (f instanceof EAttribute a && !f.isMany()) {
            return value == null ? "" : EcoreUtil.convertToString((EDataType) a.getEType(), value);
        }
        if (f instanceof EAttribute a && value instanceof List<?> list) {
            List<String> texts = new ArrayList<>();
            for (Object v : list) {
                texts.add(EcoreUtil.convertToString((EDataType) a.getEType(), v));
            }
            return String.join(", ", texts);
        }
        IItemLabelProvider labels = d.getLabelProvider(object);
        return labels.getText(value);
    }

    @Override
    public boolean isPropertySet(Object id) {
        if (extra.handles(id)) {
            return extra.isSet(id);
        }
        IItemPropertyDescriptor d = item(id);
        return d != null && d.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        if (extra.handles(id)) {
            extra.reset(id);
            return;
        }
        IItemPropertyDescriptor d = item(id);
        if (d != null) {
            EStructuralFeature f = (EStructuralFeature) d.getFeature(object);
            executor.accept(SetCommand.create(domain, object, f, SetCommand.UNSET_VALUE));
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        if (extra.handles(id)) {
            extra.set(id, value);
            return;
        }
        if (SPIKE_TIMES.equals(id) && object instanceof SpikeGenerator g) {
            List<SpikeTrain> trains = SpikeTimesText.parse(String.valueOf(value));
            if (!SpikeTimesText.format(g).equals(SpikeTimesText.format(trains))) {
                executor.accept(SetCommand.create(domain, g, NetworkPackage.eINSTANCE.getSpikeGenerator_Trains(),
                        trains));
            }
            return;
        }
        IItemPropertyDescriptor d = item(id);
        if (d == null) {
            return;
        }
        EStructuralFeature f = (EStructuralFeature) d.getFeature(object);
        Object newValue;
        if (value instanceof Integer index) {
            List<?> c = choices(d, f);
            if (index < 0 || index >= c.size()) {
                return;
            }
            newValue = c.get(index);
        } else if (f instanceof EAttribute a && f.isMany()) {
            newValue = parseList(a, String.valueOf(value));
        } else if (f instanceof EAttribute a) {
            newValue = EcoreUtil.createFromString((EDataType) a.getEType(), String.valueOf(value).trim());
        } else {
            return;
        }
        if (java.util.Objects.equals(newValue, object.eGet(f))) {
            return;
        }
        Command c = SetCommand.create(domain, object, f, newValue);
        if (c.canExecute()) {
            executor.accept(ElementProperties.named(c, "Set " + displayName(f).toLowerCase(java.util.Locale.ROOT)
                    + " of " + ElementProperties.nameOf(object)));
        }
    }

    /** A projection's synapse settings under "Synapse"; other features in their item provider's category. */
    private String category(EStructuralFeature f, String given) {
        NetworkPackage p = NetworkPackage.eINSTANCE;
        if (f == p.getProjection_Synapse() || f == p.getProjection_Tau() || f == p.getProjection_Reversal()
                || f == p.getProjection_TargetVariable()) {
            return "Synapse";
        }
        return given;
    }

    /** The unit of a numeric attribute ("" when it has none or is not numeric). */
    private String unit(EStructuralFeature f) {
        NetworkPackage p = NetworkPackage.eINSTANCE;
        if (f == p.getPoissonGroup_Rate()) {
            return "Hz";
        }
        if (f == p.getCurrentInjection_Start() || f == p.getCurrentInjection_Stop() || f == p.getProjection_Tau()
                || f == p.getRunSettings_Duration() || f == p.getRunSettings_Dt() || f == p.getRateMonitor_Bin()
                || f == p.getStateMonitor_Interval()) {
            return "ms";
        }
        if (f == p.getProjection_Reversal()) {
            return "mV";
        }
        if ((f == p.getCurrentInjection_Amplitude() || f == p.getCurrentInjection_Slope())
                && object instanceof org.neuropynamics.network.model.CurrentInjection c && c.getTarget() != null) {
            org.neuropynamics.core.model.Model m = NetworkEdits.model(c.getTarget());
            int k = m == null || m.currentParameter() == null ? -1 : m.parameterIndex(m.currentParameter());
            String u = k < 0 ? "" : m.parameters().get(k).unit();
            return f == p.getCurrentInjection_Slope() ? (u.isEmpty() ? "1/ms" : u + "/ms") : u;
        }
        return "";
    }

    /**
     * What the Properties view shows for this source as the value of a nested part: the run settings in one
     * line ("1000 ms, dt 0.1 ms, euler, seed 1"), other parts by their Outline label.
     */
    @Override
    public String toString() {
        if (object instanceof org.neuropynamics.network.model.RunSettings r) {
            return org.neuropynamics.network.model.build.Describe.number(r.getDuration()) + " ms, dt "
                    + org.neuropynamics.network.model.build.Describe.number(r.getDt()) + " ms, "
                    + (r.getMethod() == null ? "euler" : r.getMethod()) + ", seed " + r.getSeed();
        }
        IItemLabelProvider l = (IItemLabelProvider) factory.adapt(object, IItemLabelProvider.class);
        return l != null ? l.getText(object) : object.eClass().getName();
    }

    /** The model ids of a population's Model drop-down, in its order (display names sorted). */
    public static List<String> modelChoices() {
        return ElementProperties.networkModels().stream().map(m -> m.id()).toList();
    }

    /** "targetVariable" -> "Target variable". */
    static String displayName(EStructuralFeature f) {
        String n = f.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    private static boolean isBoolean(EStructuralFeature f) {
        Class<?> c = f.getEType().getInstanceClass();
        return c == boolean.class || c == Boolean.class;
    }

    private List<?> choices(IItemPropertyDescriptor d, EStructuralFeature f) {
        if (isBoolean(f)) {
            return List.of(Boolean.FALSE, Boolean.TRUE);
        }
        java.util.Collection<?> c = d.getChoiceOfValues(object);
        return c == null ? List.of() : new ArrayList<>(c);
    }

    private String[] labels(List<?> choices) {
        String[] out = new String[choices.size()];
        for (int k = 0; k < out.length; k++) {
            Object v = choices.get(k);
            IItemLabelProvider l = v instanceof EObject e
                    ? (IItemLabelProvider) factory.adapt(e, IItemLabelProvider.class) : null;
            out[k] = v == null ? "(none)" : l != null ? l.getText(v) : v.toString();
        }
        return out;
    }

    /** The values of a comma (or space) separated list. */
    private static List<Object> parseList(EAttribute a, String text) {
        List<Object> out = new ArrayList<>();
        for (String v : text.split("[,\\s]+")) {
            if (!v.isBlank()) {
                out.add(EcoreUtil.createFromString((EDataType) a.getEType(), v.trim()));
            }
        }
        return out;
    }

    /** Rejects a list with an item that is not a value of the attribute's type, naming the property. */
    private static ICellEditorValidator listValidator(EStructuralFeature f, String name) {
        return text -> {
            try {
                parseList((EAttribute) f, String.valueOf(text));
                return null;
            } catch (RuntimeException e) {
                return name + ": '" + text + "' is not a list of " + f.getEType().getName() + " values.";
            }
        };
    }

    /** Rejects text that is not a value of the attribute's type, naming the property. */
    private static ICellEditorValidator validator(EStructuralFeature f, String name) {
        return text -> {
            if (!(f.getEType() instanceof EDataType t)) {
                return null;
            }
            try {
                EcoreUtil.createFromString(t, String.valueOf(text).trim());
                return null;
            } catch (RuntimeException e) {
                return name + ": '" + text + "' is not a valid " + t.getName() + ".";
            }
        };
    }
}
