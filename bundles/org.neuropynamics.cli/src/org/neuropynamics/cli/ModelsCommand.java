package org.neuropynamics.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.core.registry.ModelRegistry;

/** {@code models}: every installed model with its variables and parameters (built-in and contributed). */
final class ModelsCommand implements Command {

    @Override
    public String name() {
        return "models";
    }

    @Override
    public String summary() {
        return "list the installed models, their variables and parameters";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics models [--json]

                Lists every model of the catalogue and of installed model plug-ins: id, name, state variables and
                parameters with default and unit. With --json: [{id, name, variables:[..], parameters:[{name, default, unit}]}].""";
    }

    @Override
    public boolean acceptsSet() {
        return false;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) {
        if (!args.positional().isEmpty()) {
            throw new UsageException("models takes no argument, got '" + args.positional().get(0) + "'");
        }
        List<Model> models = ModelRegistry.getDefault().models();
        if (args.flag("json")) {
            List<Object> list = new ArrayList<>();
            for (Model m : models) {
                list.add(describe(m));
            }
            out.println(Json.write(list));
            return 0;
        }
        for (Model m : models) {
            out.printf("%-20s %s%n", m.id(), m.name());
            out.printf("%-20s variables: %s%n", "", String.join(", ", m.variableNames()));
            StringBuilder params = new StringBuilder();
            for (Parameter p : m.parameters()) {
                if (params.length() > 0) {
                    params.append(", ");
                }
                params.append(p.name()).append('=').append(Format.number(p.defaultValue()));
                if (!p.unit().isEmpty()) {
                    params.append(' ').append(p.unit());
                }
            }
            out.printf("%-20s parameters: %s%n", "", params);
        }
        return 0;
    }

    static Map<String, Object> describe(Model m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("id", m.id());
        o.put("name", m.name());
        o.put("kind", m.kind() == Model.Kind.MAP ? "map" : "flow");
        o.put("variables", m.variableNames());
        List<Object> params = new ArrayList<>();
        for (Parameter p : m.parameters()) {
            Map<String, Object> po = new LinkedHashMap<>();
            po.put("name", p.name());
            po.put("default", p.defaultValue());
            po.put("unit", p.unit());
            po.put("min", p.min());
            po.put("max", p.max());
            po.put("step", p.step());
            params.add(po);
        }
        o.put("parameters", params);
        return o;
    }
}
