package org.neuropynamics.core.model;

/**
 * The classic Hodgkin-Huxley squid axon written by hand in Java (C 1 uF/cm2, gNa 120, gK 36, gL 0.3 mS/cm2,
 * ENa 50, EK -77, EL -54.387 mV; rest near -65 mV, I in uA/cm2). The benchmarks' baseline and a fixture for
 * the core's tests (which cannot use the catalogue); the catalogue's {@code hodgkin-huxley} is the model users
 * see. The rates are the one HH rate set, {@link HodgkinHuxleyRates}.
 */
public final class SquidAxonModel implements VectorField {

    /** Parameter indices, in the order of {@link #create()}. */
    public static final int C = 0, G_NA = 1, G_K = 2, G_L = 3, E_NA = 4, E_K = 5, E_L = 6, I = 7;

    /** Rest state at I = 0: V, m, h, n. */
    public static final double[] REST = {-64.99638, 0.052955, 0.595994, 0.317732};

    /** The model with the catalogue's variable and parameter names and the rest state as initial state. */
    public static Model create() {
        return Model.builder("hodgkin-huxley")
                .name("Hodgkin-Huxley (squid axon, hand-written)")
                .variable("V", "mV", "membrane potential")
                .variable("m", "", "sodium activation")
                .variable("h", "", "sodium inactivation")
                .variable("n", "", "potassium activation")
                .parameter("C", "uF/cm2", 1, 0.1, 10, 0.1, "membrane capacitance")
                .parameter("gNa", "mS/cm2", 120, 0, 200, 1, "sodium conductance")
                .parameter("gK", "mS/cm2", 36, 0, 100, 1, "potassium conductance")
                .parameter("gL", "mS/cm2", 0.3, 0, 1, 0.01, "leak conductance")
                .parameter("ENa", "mV", 50, 0, 100, 1, "sodium reversal")
                .parameter("EK", "mV", -77, -120, -50, 1, "potassium reversal")
                .parameter("EL", "mV", -54.387, -80, -40, 0.1, "leak reversal")
                .parameter("I", "uA/cm2", 0, -20, 200, 0.5, "injected current")
                .field(new SquidAxonModel())
                .initialState(REST)
                .spikeDetectionThreshold(0)
                .build();
    }

    @Override
    public void derivatives(double t, double[] y, double[] p, double[] dydt) {
        double v = y[0];
        double m = y[1];
        double h = y[2];
        double n = y[3];
        double am = HodgkinHuxleyRates.alphaM(v);
        double an = HodgkinHuxleyRates.alphaN(v);
        double bm = HodgkinHuxleyRates.betaM(v);
        double ah = HodgkinHuxleyRates.alphaH(v);
        double bh = HodgkinHuxleyRates.betaH(v);
        double bn = HodgkinHuxleyRates.betaN(v);
        double m3h = m * m * m * h;
        double n2 = n * n;
        double iIon = p[G_NA] * m3h * (v - p[E_NA]) + p[G_K] * n2 * n2 * (v - p[E_K]) + p[G_L] * (v - p[E_L]);
        dydt[0] = (p[I] - iIon) / p[C];
        dydt[1] = am * (1 - m) - bm * m;
        dydt[2] = ah * (1 - h) - bh * h;
        dydt[3] = an * (1 - n) - bn * n;
    }
}
