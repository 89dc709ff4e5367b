package org.neuropynamics.neuroml;

import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.registry.ModelRegistry;
import org.neuropynamics.network.model.ParameterValue;
import org.neuropynamics.network.model.Population;

/**
 * Our {@code lif} model (tau dv/dt = EL - v + I, I in mV) and NeuroML's PyNN cell {@code IF_curr_exp}
 * (NeuroML2CoreTypes/PyNN.xml: dv/dt = (v_rest - v)/tau_m + (i_offset + iSyn)/cm, cm in nF, currents in nA).
 * They are the same equation with a membrane resistance R = tau_m / cm (MOhm) and I = R i. The export writes
 * {@code cm = tau_m} (R = 1 MOhm), so currents and the weights of {@code expCurrSynapse} in nA are the numbers
 * of our I in mV; the import converts any cm back with R.
 */
final class PyNNCells {

    /** Our leaky integrate-and-fire model's id. */
    static final String LIF = "lif";

    private PyNNCells() {
    }

    /**
     * How a PyNN cell's dimensionless currents (nA) and conductances (uS) enter the model it opens as: our current
     * per nA, and our current per uS and mV (lif: both R = tau_m / cm; adExIaFCell: 1000, pA and nS; HH_cond_exp: 1).
     */
    record Scale(double perNanoAmp, double perMicroSiemens) {
    }

    /** The lif model of the registry. */
    static Model lif(Population p) throws NeuroMLException {
        try {
            return ModelRegistry.getDefault().get(LIF);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new NeuroMLException("Population " + (p == null ? "" : p.getName()) + ": " + e.getMessage());
        }
    }

    /** A parameter of p, or the lif model's default. */
    static double value(Population p, Model lif, String name) {
        for (ParameterValue v : p.getParameters()) {
            if (v.getName().equals(name)) {
                return v.getValue();
            }
        }
        return lif.defaultParameters()[lif.parameterIndex(name)];
    }

    /** The IF_curr_exp element of a lif population (cm = tau_m: R = 1 MOhm, i_offset in nA = I in mV). */
    static String ifCurrExp(Population p, String id, double tauSynE, double tauSynI) throws NeuroMLException {
        Model lif = lif(p);
        for (ParameterValue v : p.getParameters()) {
            if (lif.parameterIndex(v.getName()) < 0) {
                throw new NeuroMLException("Population " + p.getName() + ": lif has no parameter " + v.getName());
            }
        }
        double tau = value(p, lif, "tau");
        double el = value(p, lif, "EL");
        return "  <IF_curr_exp id=\"" + id + "\" cm=\"" + num(tau) + "\" i_offset=\"" + num(value(p, lif, "I"))
                + "\" tau_syn_E=\"" + num(tauSynE) + "\" tau_syn_I=\"" + num(tauSynI) + "\" v_init=\"" + num(el)
                + "\" tau_m=\"" + num(tau) + "\" tau_refrac=\"" + num(value(p, lif, "tref")) + "\" v_reset=\""
                + num(value(p, lif, "Vreset")) + "\" v_rest=\"" + num(el) + "\" v_thresh=\"" + num(value(p, lif, "Vth"))
                + "\"/>\n";
    }

    private static String num(double v) {
        return Units.format(v, "");
    }
}
