package org.neuropynamics.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neuropynamics.core.integrate.ResourceLimits;
import org.neuropynamics.dendrites.cable.CableTheory;
import org.neuropynamics.dendrites.cable.CompartmentalNeuron;
import org.neuropynamics.dendrites.cable.CurrentClamp;
import org.neuropynamics.dendrites.cable.HhChannels;
import org.neuropynamics.dendrites.cable.Membrane;
import org.neuropynamics.dendrites.cable.Morphology;

/** {@code cable}: steady-state attenuation along a passive sealed-end dendrite, simulated and theoretical. */
final class CableCommand implements Command {

    @Override
    public String name() {
        return "cable";
    }

    @Override
    public String summary() {
        return "passive cable: steady-state attenuation along a sealed-end dendrite against cable theory";
    }

    @Override
    public String usage() {
        return """
                usage: neuropynamics cable [--length UM] [--diameter UM] [--n N] [--ra OHMCM] [--rm OHMCM2] [--cm UFCM2]
                                           [--current NA] [--json]

                A constant current (default 0.1 nA) into the x = 0 end of a passive cable (defaults: length 1000 um,
                diameter 2 um, 100 compartments, Ra 100 Ohm cm, Rm 10000 Ohm cm^2, Cm 1 uF/cm^2, EL -65 mV) with a
                sealed far end. Prints the compartmental steady state against cosh((L-x)/lambda)/cosh(L/lambda),
                lambda = sqrt(d Rm / (4 Ra)).
                JSON: {lambda_um, tau_ms, input_resistance_mohm, points:[{x_um, v_mv, attenuation, theory}]}""";
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("length", "diameter", "n", "ra", "rm", "cm", "current");
    }

    @Override
    public boolean acceptsSet() {
        return false;
    }

    @Override
    public int run(Arguments args, PrintStream out, PrintStream err) {
        double length = args.number("length", 1000);
        double diameter = args.number("diameter", 2);
        int n = args.integer("n", 100);
        double current = args.number("current", 0.1);
        if (n < 1) {
            throw new UsageException("--n must be at least 1 compartment, got " + args.option("n"));
        }
        // cable theory is computed in doubles from these: beyond 1e9 (or at 0) lambda and R_in under- or overflow
        for (String name : List.of("length", "diameter", "ra", "rm", "cm")) {
            if (args.option(name) != null) {
                double value = args.number(name, 1);
                if (!(value > 0 && value <= 1e9)) {
                    throw new UsageException("--" + name + " must lie in (0, 1e9], got " + args.option(name));
                }
            }
        }
        // per compartment: the morphology and solver arrays and one printed point (a map of four numbers)
        ResourceLimits.checkMemory("--n " + n + " compartments", n * 600.0);
        Membrane membrane;
        Morphology morphology;
        try {
            double rm = args.number("rm", 1e4);
            if (!(rm > 0)) {
                throw new IllegalArgumentException("--rm must be positive, got " + rm);
            }
            membrane = new Membrane(args.number("cm", 1), 1 / rm, -65, args.number("ra", 100));
            morphology = Morphology.somaAndDendrite(0, 0, length, diameter, n, membrane.ra());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        double[] v = new CompartmentalNeuron(morphology, membrane, HhChannels.NONE)
                .steadyState(List.of(CurrentClamp.constant(0, current)));
        for (double vi : v) {
            if (!Double.isFinite(vi)) {
                throw new UsageException("--current " + Format.number(current) + " nA drives the membrane potential"
                        + " beyond the range of numbers; give a physiological current (e.g. 0.1 nA)");
            }
        }
        // the attenuation divides by V(x0) - EL: below 1e-9 mV of it, it is rounding noise
        if (!(Math.abs(v[0] - membrane.eL()) > 1e-9)) {
            throw new UsageException("--current " + Format.number(current) + " nA moves V(x0) by "
                    + Format.number(Math.abs(v[0] - membrane.eL())) + " mV, too little to define an attenuation"
                    + " (V - EL is rounding noise); give a non-zero current (e.g. 0.1 nA)");
        }
        double lambda = CableTheory.lengthConstant(diameter, membrane);
        double x0 = morphology.position(0);
        List<Object> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = morphology.position(i);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("x_um", x);
            p.put("v_mv", v[i]);
            p.put("attenuation", (v[i] - membrane.eL()) / (v[0] - membrane.eL()));
            p.put("theory", CableTheory.sealedEndAttenuation(x, length, lambda)
                    / CableTheory.sealedEndAttenuation(x0, length, lambda));
            points.add(p);
        }
        double rin = CableTheory.sealedEndInputResistance(diameter, length, membrane);
        boolean finite = Double.isFinite(lambda) && lambda > 0 && Double.isFinite(rin);
        for (Object o : points) {
            finite &= Double.isFinite((Double) ((Map<?, ?>) o).get("theory"));
        }
        if (!finite) {
            throw new UsageException("this cable (length " + Format.number(length) + " um, diameter "
                    + Format.number(diameter) + " um, lambda " + Format.number(lambda) + " um) is outside the range"
                    + " where cable theory can be computed in double precision; give physiological values");
        }
        if (args.flag("json")) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("lambda_um", lambda);
            doc.put("tau_ms", membrane.timeConstant());
            doc.put("input_resistance_mohm", rin);
            doc.put("points", points);
            out.println(Json.write(doc));
            return 0;
        }
        out.printf("lambda = %s um, tau = %s ms, input resistance (theory) = %s MOhm%n", Format.number(lambda),
                Format.number(membrane.timeConstant()), Format.number(rin));
        out.println("  x (um)   V (mV)   V/V(x0)   cosh theory");
        int stride = Math.max(1, n / 10);
        for (int i = 0; i < n; i += stride) {
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) points.get(i);
            out.printf("  %7s  %8s  %8s  %8s%n", Format.number((Double) p.get("x_um")),
                    Format.number((Double) p.get("v_mv")), Format.number((Double) p.get("attenuation")),
                    Format.number((Double) p.get("theory")));
        }
        return 0;
    }
}
