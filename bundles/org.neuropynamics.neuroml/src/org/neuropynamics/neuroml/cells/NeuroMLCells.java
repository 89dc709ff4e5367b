package org.neuropynamics.neuroml.cells;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.neuropynamics.core.model.Linoid;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.SpikeRule;
import org.neuropynamics.core.registry.ModelProvider;

/**
 * The point-neuron cell types of the NeuroML 2 core (NeuroML2CoreTypes/Cells.xml) as models of the registry.
 * A model's id is the NeuroML element name and its parameters are the element's attributes, in our units
 * (mV, ms, pF, nS, pA), so an imported {@code <iafCell id=".." C="3.2pF" ../>} is a population of model
 * {@code iafCell} with {@code C = 3.2}. The equations are those of the LEMS ComponentTypes, written here by
 * hand: nothing from a file is ever executed.
 * <p>
 * Cells with a capacitance take their input current {@code I} in pA (pA / pF = mV/ms), so a NeuroML current
 * in nA is multiplied by 1000 on import. Refractory cells ({@code iafRefCell}, {@code iafTauRefCell},
 * {@code adExIaFCell}) hold v at {@code reset} for {@code refract} ms, as the LEMS refractory regime does.
 */
public final class NeuroMLCells {

    /** PyNN's Hodgkin-Huxley cell (NeuroML2CoreTypes/PyNN.xml), whose attributes are dimensionless numbers. */
    public static final String PYNN_HH = "HH_cond_exp";

    /** Every cell type, by NeuroML element name, in the order of Cells.xml (then PyNN.xml). */
    public static final Map<String, Supplier<Model>> FACTORIES;

    static {
        Map<String, Supplier<Model>> m = new LinkedHashMap<>();
        m.put("iafTauCell", () -> iafTau(false));
        m.put("iafTauRefCell", () -> iafTau(true));
        m.put("iafCell", () -> iaf(false));
        m.put("iafRefCell", () -> iaf(true));
        m.put("izhikevichCell", NeuroMLCells::izhikevich2003);
        m.put("izhikevich2007Cell", NeuroMLCells::izhikevich2007);
        m.put("adExIaFCell", NeuroMLCells::adEx);
        m.put("fitzHughNagumoCell", NeuroMLCells::fitzHughNagumo);
        m.put("hindmarshRose1984Cell", NeuroMLCells::hindmarshRose);
        m.put(PYNN_HH, NeuroMLCells::hhCondExp);
        FACTORIES = java.util.Collections.unmodifiableMap(m);
    }

    private NeuroMLCells() {
    }

    /** The model of a NeuroML cell element, or null when the element is not a supported point cell. */
    public static Model create(String elementName) {
        Supplier<Model> f = FACTORIES.get(elementName);
        return f == null ? null : f.get();
    }

    /**
     * True when the model's input {@code I} is an attribute of the NeuroML element itself (fitzHughNagumoCell);
     * for the other cells {@code I} is the sum of the currents of their inputs and is not written.
     */
    public static boolean currentIsAttribute(String elementName) {
        return "fitzHughNagumoCell".equals(elementName) || PYNN_HH.equals(elementName);
    }

    /** A threshold rule {@code y[0] > p[thresh]}: y[0] = p[reset], optionally held for p[refract] ms. */
    private static SpikeRule thresholdReset(int thresh, int reset, int refract) {
        return new SpikeRule() {
            @Override
            public double switching(double t, double[] y, double[] p) {
                return y[0] - p[thresh];
            }

            @Override
            public void reset(double t, double[] y, double[] p) {
                y[0] = p[reset];
            }

            @Override
            public double refractoryPeriod(double[] p) {
                return refract < 0 ? 0 : p[refract];
            }

            @Override
            public int[] clampedVariables() {
                return refract < 0 ? new int[0] : new int[] {0};
            }
        };
    }

    static Model iafTau(boolean refractory) {
        // leakReversal, tau, thresh, reset[, refract]
        Model.Builder b = Model.builder(refractory ? "iafTauRefCell" : "iafTauCell")
                .name(refractory ? "NeuroML iafTauRefCell" : "NeuroML iafTauCell")
                .description("Integrate-and-fire cell relaxing to leakReversal with time constant tau (NeuroML 2 "
                        + (refractory ? "iafTauRefCell, with a refractory period)" : "iafTauCell)") + ".")
                .equationsLatex("\\frac{dv}{dt} = \\frac{E_{leak} - v}{\\tau}, \\quad v > v_{th} \\Rightarrow "
                        + "v \\leftarrow v_{reset}")
                .variable("v", "mV", "membrane potential")
                .parameter("leakReversal", "mV", -50, -90, 0, 1, "leak reversal potential")
                .parameter("tau", "ms", 30, 1, 100, 1, "membrane time constant")
                .parameter("thresh", "mV", -55, -80, 0, 1, "spike threshold")
                .parameter("reset", "mV", -70, -90, -40, 1, "reset potential");
        if (refractory) {
            b.parameter("refract", "ms", 5, 0, 20, 0.1, "refractory period");
        }
        return b.field((t, y, p, dydt) -> dydt[0] = (p[0] - y[0]) / p[1])
                .jacobian((t, y, p, jac) -> jac[0][0] = -1 / p[1])
                .spikeRule(thresholdReset(2, 3, refractory ? 4 : -1))
                .initialState((p, y0) -> y0[0] = p[0])
                .build();
    }

    static Model iaf(boolean refractory) {
        // leakConductance (nS), leakReversal, thresh, reset, C (pF), I (pA)[, refract]
        Model.Builder b = Model.builder(refractory ? "iafRefCell" : "iafCell")
                .name(refractory ? "NeuroML iafRefCell" : "NeuroML iafCell")
                .description("Integrate-and-fire cell with capacitance C and a leak (NeuroML 2 "
                        + (refractory ? "iafRefCell, with a refractory period)" : "iafCell)") + ".")
                .equationsLatex("C \\frac{dv}{dt} = g_{leak} (E_{leak} - v) + I, \\quad v > v_{th} \\Rightarrow "
                        + "v \\leftarrow v_{reset}")
                .variable("v", "mV", "membrane potential")
                .parameter("leakConductance", "nS", 10, 0, 100, 0.1, "leak conductance")
                .parameter("leakReversal", "mV", -65, -90, 0, 1, "leak reversal potential")
                .parameter("thresh", "mV", -50, -80, 0, 1, "spike threshold")
                .parameter("reset", "mV", -65, -90, -40, 1, "reset potential")
                .parameter("C", "pF", 100, 1, 1000, 1, "membrane capacitance")
                .parameter("I", "pA", 0, -500, 500, 1, "injected current");
        if (refractory) {
            b.parameter("refract", "ms", 5, 0, 20, 0.1, "refractory period");
        }
        return b.field((t, y, p, dydt) -> dydt[0] = (p[0] * (p[1] - y[0]) + p[5]) / p[4])
                .jacobian((t, y, p, jac) -> jac[0][0] = -p[0] / p[4])
                .spikeRule(thresholdReset(2, 3, refractory ? 6 : -1))
                .initialState((p, y0) -> y0[0] = p[1])
                .currentParameter("I")
                .build();
    }

    static Model izhikevich2003() {
        // v0, thresh, a, b, c, d, I (dimensionless, v in mV, t in ms)
        return Model.builder("izhikevichCell").name("NeuroML izhikevichCell")
                .description("The 2003 Izhikevich model with dimensionless a, b, c, d and input I (NeuroML 2 "
                        + "izhikevichCell).")
                .equationsLatex("v' = 0.04 v^2 + 5 v + 140 - U + I, \\quad U' = a (b v - U), \\quad v > v_{th} "
                        + "\\Rightarrow v \\leftarrow c, U \\leftarrow U + d")
                .variable("v", "mV", "membrane potential").variable("U", "", "recovery variable")
                .parameter("v0", "mV", -65, -90, 0, 1, "initial membrane potential")
                .parameter("thresh", "mV", 30, 0, 50, 1, "spike threshold (peak)")
                .parameter("a", "", 0.02, 0, 0.2, 0.001, "time scale of U")
                .parameter("b", "", 0.2, -0.5, 0.5, 0.01, "sensitivity of U to v")
                .parameter("c", "", -65, -90, -30, 1, "reset of v (mV)")
                .parameter("d", "", 6, 0, 20, 0.1, "increase of U at a spike")
                .parameter("I", "", 0, -50, 50, 0.5, "input (dimensionless)")
                .field((t, y, p, dydt) -> {
                    dydt[0] = 0.04 * y[0] * y[0] + 5 * y[0] + 140.0 - y[1] + p[6];
                    dydt[1] = p[2] * (p[3] * y[0] - y[1]);
                })
                .jacobian((t, y, p, jac) -> {
                    jac[0][0] = 0.08 * y[0] + 5;
                    jac[0][1] = -1;
                    jac[1][0] = p[2] * p[3];
                    jac[1][1] = -p[2];
                })
                .spikeRule(new SpikeRule() {
                    @Override
                    public double switching(double t, double[] y, double[] p) {
                        return y[0] - p[1];
                    }

                    @Override
                    public void reset(double t, double[] y, double[] p) {
                        y[0] = p[4];
                        y[1] += p[5];
                    }
                })
                .initialState((p, y0) -> {
                    y0[0] = p[0];
                    y0[1] = p[0] * p[3];
                })
                .currentParameter("I")
                .build();
    }

    static Model izhikevich2007() {
        // v0, C, k, vr, vt, vpeak, a, b, c, d, I
        return Model.builder("izhikevich2007Cell").name("NeuroML izhikevich2007Cell")
                .description("Izhikevich's simple model in the dimensional form of Dynamical Systems in "
                        + "Neuroscience (2007) (NeuroML 2 izhikevich2007Cell).")
                .equationsLatex("C v' = k (v - v_r)(v - v_t) - u + I, \\quad u' = a (b (v - v_r) - u), \\quad "
                        + "v > v_{peak} \\Rightarrow v \\leftarrow c, u \\leftarrow u + d")
                .variable("v", "mV", "membrane potential").variable("u", "pA", "recovery current")
                .parameter("v0", "mV", -60, -90, 0, 1, "initial membrane potential")
                .parameter("C", "pF", 100, 1, 500, 1, "membrane capacitance")
                .parameter("k", "nS/mV", 0.7, 0, 3, 0.01, "gain of the quadratic term")
                .parameter("vr", "mV", -60, -90, 0, 1, "resting potential")
                .parameter("vt", "mV", -40, -80, 0, 1, "threshold potential")
                .parameter("vpeak", "mV", 35, 0, 60, 1, "spike peak")
                .parameter("a", "1/ms", 0.03, 0, 0.2, 0.001, "time scale of u")
                .parameter("b", "nS", -2, -10, 10, 0.1, "sensitivity of u to v")
                .parameter("c", "mV", -50, -90, -30, 1, "reset of v")
                .parameter("d", "pA", 100, 0, 500, 1, "increase of u at a spike")
                .parameter("I", "pA", 0, -500, 1000, 1, "injected current")
                .field((t, y, p, dydt) -> {
                    dydt[0] = (p[2] * (y[0] - p[3]) * (y[0] - p[4]) - y[1] + p[10]) / p[1];
                    dydt[1] = p[6] * (p[7] * (y[0] - p[3]) - y[1]);
                })
                .jacobian((t, y, p, jac) -> {
                    jac[0][0] = p[2] * (2 * y[0] - p[3] - p[4]) / p[1];
                    jac[0][1] = -1 / p[1];
                    jac[1][0] = p[6] * p[7];
                    jac[1][1] = -p[6];
                })
                .spikeRule(new SpikeRule() {
                    @Override
                    public double switching(double t, double[] y, double[] p) {
                        return y[0] - p[5];
                    }

                    @Override
                    public void reset(double t, double[] y, double[] p) {
                        y[0] = p[8];
                        y[1] += p[9];
                    }
                })
                .initialState((p, y0) -> {
                    y0[0] = p[0];
                    y0[1] = 0;
                })
                .currentParameter("I")
                .build();
    }

    static Model adEx() {
        // C, gL, EL, VT, thresh, reset, delT, tauw, refract, a, b, I
        return Model.builder("adExIaFCell").name("NeuroML adExIaFCell")
                .description("Brette and Gerstner's adaptive exponential integrate-and-fire cell (NeuroML 2 "
                        + "adExIaFCell); w keeps evolving during the refractory period.")
                .equationsLatex("C v' = -g_L (v - E_L) + g_L \\Delta_T e^{(v - V_T)/\\Delta_T} - w + I, \\quad "
                        + "\\tau_w w' = a (v - E_L) - w")
                .variable("v", "mV", "membrane potential").variable("w", "pA", "adaptation current")
                .parameter("C", "pF", 281, 1, 1000, 1, "membrane capacitance")
                .parameter("gL", "nS", 30, 0, 100, 0.1, "leak conductance")
                .parameter("EL", "mV", -70.6, -90, 0, 0.1, "leak reversal potential")
                .parameter("VT", "mV", -50.4, -80, 0, 0.1, "threshold of the exponential")
                .parameter("thresh", "mV", -40.4, -80, 20, 0.1, "spike detection threshold")
                .parameter("reset", "mV", -70.6, -90, -30, 0.1, "reset potential")
                .parameter("delT", "mV", 2, 0.1, 10, 0.1, "slope factor")
                .parameter("tauw", "ms", 144, 1, 500, 1, "adaptation time constant")
                .parameter("refract", "ms", 0, 0, 20, 0.1, "refractory period")
                .parameter("a", "nS", 4, 0, 20, 0.1, "subthreshold adaptation")
                .parameter("b", "pA", 80.5, 0, 200, 0.5, "spike-triggered adaptation")
                .parameter("I", "pA", 0, -500, 2000, 1, "injected current")
                .field((t, y, p, dydt) -> {
                    dydt[0] = (-p[1] * (y[0] - p[2]) + p[1] * p[6] * Math.exp((y[0] - p[3]) / p[6]) - y[1] + p[11])
                            / p[0];
                    dydt[1] = (p[9] * (y[0] - p[2]) - y[1]) / p[7];
                })
                .spikeRule(new SpikeRule() {
                    @Override
                    public double switching(double t, double[] y, double[] p) {
                        return y[0] - p[4];
                    }

                    @Override
                    public void reset(double t, double[] y, double[] p) {
                        y[0] = p[5];
                        y[1] += p[10];
                    }

                    @Override
                    public double refractoryPeriod(double[] p) {
                        return p[8];
                    }

                    @Override
                    public int[] clampedVariables() {
                        return new int[] {0};
                    }
                })
                .initialState((p, y0) -> {
                    y0[0] = p[2];
                    y0[1] = 0;
                })
                .currentParameter("I")
                .build();
    }

    static Model fitzHughNagumo() {
        // I; NeuroML's time unit for this dimensionless cell is the second (SEC), ours the ms
        return Model.builder("fitzHughNagumoCell").name("NeuroML fitzHughNagumoCell")
                .description("Dimensionless FitzHugh-Nagumo cell of NeuroML 2 (time constant 1 s).")
                .equationsLatex("V' = (V - V^3/3 - W + I)/1000, \\quad W' = 0.08 (V + 0.7 - 0.8 W)/1000")
                .variable("V", "", "excitation").variable("W", "", "recovery")
                .parameter("I", "", 0.8, -2, 2, 0.01, "input (dimensionless)")
                .field((t, y, p, dydt) -> {
                    dydt[0] = (y[0] - y[0] * y[0] * y[0] / 3 - y[1] + p[0]) / 1000;
                    dydt[1] = 0.08 * (y[0] + 0.7 - 0.8 * y[1]) / 1000;
                })
                .jacobian((t, y, p, jac) -> {
                    jac[0][0] = (1 - y[0] * y[0]) / 1000;
                    jac[0][1] = -1.0 / 1000;
                    jac[1][0] = 0.08 / 1000;
                    jac[1][1] = -0.064 / 1000;
                })
                .initialState((p, y0) -> {
                    y0[0] = 0;
                    y0[1] = 0;
                })
                .spikeDetectionThreshold(1.0)
                .currentParameter("I")
                .build();
    }

    static Model hindmarshRose() {
        // C, a, b, c, d, r, s, x1, v_scaling, x0, y0, z0, I; x = v / v_scaling (Cells.xml hindmarshRose1984Cell)
        return Model.builder("hindmarshRose1984Cell").name("NeuroML hindmarshRose1984Cell")
                .description("Hindmarsh and Rose's (1984) bursting cell with its dimensionless x scaled to a membrane "
                        + "potential v = v_scaling x (NeuroML 2 hindmarshRose1984Cell); time in ms, a spike where v "
                        + "crosses 0 upwards.")
                .equationsLatex("\\dot x = y - a x^3 + b x^2 - z + \\frac{I}{C v_s}, \\quad \\dot y = c - d x^2 - y, "
                        + "\\quad \\dot z = r (s (x - x_1) - z)")
                .variable("v", "mV", "membrane potential (v_scaling x)").variable("y", "", "recovery variable")
                .variable("z", "", "slow adaptation variable")
                .parameter("C", "pF", 100, 1, 1000, 1, "membrane capacitance (scales the input current)")
                .parameter("a", "", 1, 0, 5, 0.1, "cubic term in the x nullcline")
                .parameter("b", "", 3, 0, 10, 0.1, "quadratic term in the x nullcline")
                .parameter("c", "", 1, -5, 5, 0.1, "constant term in the y nullcline")
                .parameter("d", "", 5, 0, 10, 0.1, "quadratic term in the y nullcline")
                .parameter("r", "", 0.005, 0, 0.1, 0.001, "time scale of the slow subsystem")
                .parameter("s", "", 4, 0, 10, 0.1, "adaptation coupling")
                .parameter("x1", "", -1.6, -3, 0, 0.1, "resting value of x for z")
                .parameter("v_scaling", "mV", 20, 1, 100, 1, "potential of x = 1")
                .parameter("x0", "", -1.3, -3, 3, 0.1, "initial x")
                .parameter("y0", "", -7.3, -20, 5, 0.1, "initial y")
                .parameter("z0", "", 0, -5, 5, 0.1, "initial z")
                .parameter("I", "pA", 0, -20000, 20000, 10, "input current")
                .field((t, y, p, dydt) -> {
                    double x = y[0] / p[8];
                    double phi = y[1] - p[1] * x * x * x + p[2] * x * x;
                    dydt[0] = p[8] * (phi - y[2]) + p[12] / p[0];
                    dydt[1] = p[3] - p[4] * x * x - y[1];
                    dydt[2] = p[5] * (p[6] * (x - p[7]) - y[2]);
                })
                .initialState((p, y0) -> {
                    y0[0] = p[9] * p[8];
                    y0[1] = p[10];
                    y0[2] = p[11];
                })
                .spikeDetectionThreshold(0)
                .currentParameter("I")
                .build();
    }

    static Model hhCondExp() {
        // PyNN's units, written as dimensionless numbers in NeuroML: cm nF, conductances uS, currents nA, mV, ms
        return Model.builder(PYNN_HH).name("PyNN HH_cond_exp")
                .description("PyNN's single-compartment Hodgkin-Huxley cell with Traub's sodium and potassium channels "
                        + "(NeuroML2CoreTypes/PyNN.xml HH_cond_exp; cm in nF, conductances in uS, currents in nA; "
                        + "m, h and n start at 0 as in LEMS); a spike where v crosses 0 mV upwards.")
                .equationsLatex("c_m \\dot v = g_L (E_L - v) + \\bar g_{Na} m^3 h (E_{Na} - v) + \\bar g_K n^4 (E_K - v) + "
                        + "i_{offset}, \\quad \\dot x = \\alpha_x(u) (1 - x) - \\beta_x(u) x, \\; u = v - v_{offset}")
                .variable("v", "mV", "membrane potential").variable("m", "", "sodium activation")
                .variable("h", "", "sodium inactivation").variable("n", "", "potassium activation")
                .parameter("cm", "", 0.2, 0.01, 10, 0.01, "membrane capacitance (nF)")
                .parameter("i_offset", "", 0, -5, 5, 0.01, "injected current (nA)")
                .parameter("tau_syn_E", "", 0.2, 0, 100, 0.1, "excitatory synaptic time constant (ms; unused, as in NeuroML)")
                .parameter("tau_syn_I", "", 2, 0, 100, 0.1, "inhibitory synaptic time constant (ms; unused, as in NeuroML)")
                .parameter("v_init", "", -65, -100, 50, 1, "initial membrane potential (mV)")
                .parameter("gbar_K", "", 6, 0, 100, 0.1, "potassium conductance (uS)")
                .parameter("gbar_Na", "", 20, 0, 100, 0.1, "sodium conductance (uS)")
                .parameter("g_leak", "", 0.01, 0, 10, 0.001, "leak conductance (uS)")
                .parameter("e_rev_K", "", -90, -120, 0, 1, "potassium reversal potential (mV)")
                .parameter("e_rev_Na", "", 50, 0, 100, 1, "sodium reversal potential (mV)")
                .parameter("e_rev_leak", "", -65, -100, 0, 1, "leak reversal potential (mV)")
                .parameter("v_offset", "", -63, -100, 0, 1, "offset of the rate functions (mV)")
                .parameter("e_rev_E", "", 0, -100, 50, 1, "excitatory reversal potential (mV; unused, as in NeuroML)")
                .parameter("e_rev_I", "", -80, -120, 0, 1, "inhibitory reversal potential (mV; unused, as in NeuroML)")
                .field((t, y, p, dydt) -> {
                    double v = y[0];
                    double u = v - p[11];
                    double m = y[1];
                    double h = y[2];
                    double n = y[3];
                    double iLeak = p[7] * (p[10] - v);
                    double iNa = p[6] * m * m * m * h * (p[9] - v);
                    double n2 = n * n;
                    double iK = p[5] * n2 * n2 * (p[8] - v);
                    dydt[0] = (iLeak + iNa + iK + p[1]) / p[0];
                    // PyNN.xml's rates; a (b - u) / (exp((b - u)/c) - 1) = a c Linoid((u - b)/c), smooth at u = b
                    double am = 1.28 * Linoid.value((u - 13) / 4);
                    double bm = 1.4 * Linoid.value((40 - u) / 5);
                    double ah = 0.128 * Math.exp((17 - u) / 18);
                    double bh = 4 / (1 + Math.exp((40 - u) / 5));
                    double an = 0.16 * Linoid.value((u - 15) / 5);
                    double bn = 0.5 * Math.exp((10 - u) / 40);
                    dydt[1] = am * (1 - m) - bm * m;
                    dydt[2] = ah * (1 - h) - bh * h;
                    dydt[3] = an * (1 - n) - bn * n;
                })
                .initialState((p, y0) -> {
                    y0[0] = p[4];
                    y0[1] = 0;
                    y0[2] = 0;
                    y0[3] = 0;
                })
                .spikeDetectionThreshold(0)
                .currentParameter("i_offset")
                .build();
    }

    /** Provider of {@code HH_cond_exp}. */
    public static final class HhCondExp extends CellProvider {
        public HhCondExp() {
            super(PYNN_HH);
        }
    }

    /** Provider of {@code hindmarshRose1984Cell}. */
    public static final class HindmarshRose extends CellProvider {
        public HindmarshRose() {
            super("hindmarshRose1984Cell");
        }
    }

    /** Base of the providers: one per cell type, for the extension point and {@code ServiceLoader}. */
    abstract static class CellProvider implements ModelProvider {
        private final String id;

        CellProvider(String id) {
            this.id = id;
        }

        @Override
        public Model create() {
            return FACTORIES.get(id).get();
        }

        @Override
        public String id() {
            return id;
        }
    }

    /** Provider of {@code iafTauCell}. */
    public static final class IafTau extends CellProvider {
        public IafTau() {
            super("iafTauCell");
        }
    }

    /** Provider of {@code iafTauRefCell}. */
    public static final class IafTauRef extends CellProvider {
        public IafTauRef() {
            super("iafTauRefCell");
        }
    }

    /** Provider of {@code iafCell}. */
    public static final class Iaf extends CellProvider {
        public Iaf() {
            super("iafCell");
        }
    }

    /** Provider of {@code iafRefCell}. */
    public static final class IafRef extends CellProvider {
        public IafRef() {
            super("iafRefCell");
        }
    }

    /** Provider of {@code izhikevichCell}. */
    public static final class Izhikevich extends CellProvider {
        public Izhikevich() {
            super("izhikevichCell");
        }
    }

    /** Provider of {@code izhikevich2007Cell}. */
    public static final class Izhikevich2007 extends CellProvider {
        public Izhikevich2007() {
            super("izhikevich2007Cell");
        }
    }

    /** Provider of {@code adExIaFCell}. */
    public static final class AdEx extends CellProvider {
        public AdEx() {
            super("adExIaFCell");
        }
    }

    /** Provider of {@code fitzHughNagumoCell}. */
    public static final class FitzHughNagumo extends CellProvider {
        public FitzHughNagumo() {
            super("fitzHughNagumoCell");
        }
    }
}
