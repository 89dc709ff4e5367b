package org.neuropynamics.models;

import java.util.Map;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Preset;
import org.neuropynamics.core.model.SpikeRule;
import org.neuropynamics.core.registry.ModelProvider;

/**
 * Izhikevich (2003) simple model: v' = 0.04 v^2 + 5 v + 140 - u + I, u' = a (b v - u);
 * v &gt;= vpeak: v = c, u += d. Starts at v0 = -65 mV, u0 = b v0. Presets are the published firing classes
 * (Izhikevich 2003, Fig. 2).
 */
public final class IzhikevichModel {

    /** Model id (public: models.tests data/catalogue-section4.csv). */
    public static final String ID = "izhikevich";
    /** Display name. */
    public static final String NAME = "Izhikevich";
    /** Initial membrane potential in mV. */
    public static final double V0 = -65;

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;
    private static final int I = 4;
    private static final int VPEAK = 5;

    private IzhikevichModel() {
    }

    /** Builds the model with its six presets. */
    public static Model create() {
        return Model.builder(ID)
                .name(NAME)
                .description("A two-variable model that reproduces the firing patterns of cortical neurons "
                        + "(regular spiking, bursting, chattering, fast spiking, ...) by choosing four "
                        + "parameters: a and b set the time scale and sensitivity of the recovery variable u, "
                        + "c and d the after-spike reset of v and u. The quadratic v-nullcline makes the rest "
                        + "state disappear in a saddle-node bifurcation as I grows.")
                .equationsLatex("\\begin{aligned} \\dot v &= 0.04 v^2 + 5 v + 140 - u + I \\\\ "
                        + "\\dot u &= a (b v - u) \\\\ "
                        + "v \\ge v_{peak} &\\Rightarrow v \\leftarrow c,\\; u \\leftarrow u + d \\end{aligned}")
                .variable("v", "mV", "membrane potential")
                .variable("u", "mV/ms", "recovery variable")
                .parameter("a", "1/ms", 0.02, 0, 0.15, 0.01, "time scale of the recovery variable u")
                .parameter("b", "1/ms", 0.2, 0, 0.35, 0.01, "sensitivity of u to subthreshold v")
                .parameter("c", "mV", -65, -75, -40, 1, "after-spike reset value of v")
                .parameter("d", "mV/ms", 8, 0, 10, 1, "after-spike increment of u")
                .parameter("I", "mV/ms", 10, 0, 40, 1, "input current (in units of dv/dt)")
                .parameter("vpeak", "mV", 30, 0, 40, 1, "spike cut-off: reset when v reaches it")
                .preset(preset("Regular spiking", 0.02, 0.2, -65, 8))
                .preset(preset("Intrinsically bursting", 0.02, 0.2, -55, 4))
                .preset(preset("Chattering", 0.02, 0.2, -50, 2))
                .preset(preset("Fast spiking", 0.1, 0.2, -65, 2))
                .preset(preset("Low-threshold spiking", 0.02, 0.25, -65, 2))
                .preset(preset("Resonator", 0.1, 0.26, -65, 2))
                .field((t, y, p, dydt) -> {
                    double v = y[0];
                    double u = y[1];
                    dydt[0] = 0.04 * v * v + 5 * v + 140 - u + p[I];
                    dydt[1] = p[A] * (p[B] * v - u);
                })
                .jacobian((t, y, p, jac) -> {
                    jac[0][0] = 0.08 * y[0] + 5;
                    jac[0][1] = -1;
                    jac[1][0] = p[A] * p[B];
                    jac[1][1] = -p[A];
                })
                .spikeRule(new SpikeRule() {
                    @Override
                    public double switching(double t, double[] y, double[] p) {
                        return y[0] - p[VPEAK];
                    }

                    @Override
                    public void reset(double t, double[] y, double[] p) {
                        y[0] = p[C];
                        y[1] += p[D];
                    }
                })
                .initialState((p, y0) -> {
                    y0[0] = V0;
                    y0[1] = p[B] * V0;
                })
                .currentParameter("I")
                .build();
    }

    private static Preset preset(String name, double a, double b, double c, double d) {
        return new Preset(name, Map.of("a", a, "b", b, "c", c, "d", d));
    }

    /** Contributes this model to the registry (extension point and {@code ServiceLoader}). */
    public static final class Provider implements ModelProvider {
        @Override
        public Model create() {
            return IzhikevichModel.create();
        }

        @Override
        public String id() {
            return ID;
        }

        @Override
        public String name() {
            return NAME;
        }
    }
}
