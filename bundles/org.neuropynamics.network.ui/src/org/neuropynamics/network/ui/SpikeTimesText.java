package org.neuropynamics.network.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neuropynamics.network.model.NetworkFactory;
import org.neuropynamics.network.model.SpikeGenerator;
import org.neuropynamics.network.model.SpikeTrain;

/**
 * A spike generator's trains as one line of text, as edited in the Properties view: trains separated by
 * ';', each "neuron: t1, t2, ..." in ms ("10, 20, 30" alone is neuron 0's train).
 */
final class SpikeTimesText {

    private SpikeTimesText() {
    }

    /** The trains as text, e.g. "0: 10, 20, 30; 1: 5". */
    static String format(SpikeGenerator g) {
        return format(g.getTrains());
    }

    /** Trains as text. */
    static String format(List<SpikeTrain> list) {
        List<String> trains = new ArrayList<>();
        for (SpikeTrain t : list) {
            List<String> times = new ArrayList<>();
            for (double v : t.getTimes()) {
                times.add(number(v));
            }
            trains.add(t.getNeuron() + ": " + String.join(", ", times));
        }
        return String.join("; ", trains);
    }

    /** The times of all trains, in train order (for the box's short description). */
    static String times(SpikeGenerator g) {
        List<String> times = new ArrayList<>();
        for (SpikeTrain t : g.getTrains()) {
            for (double v : t.getTimes()) {
                times.add(number(v));
            }
        }
        return String.join(", ", times);
    }

    /**
     * New trains from text.
     *
     * @throws IllegalArgumentException naming the part that is not a neuron index or a non-negative time
     */
    static List<SpikeTrain> parse(String text) {
        List<SpikeTrain> out = new ArrayList<>();
        for (String part : text.split(";")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            SpikeTrain t = NetworkFactory.eINSTANCE.createSpikeTrain();
            int colon = p.indexOf(':');
            if (colon >= 0) {
                String n = p.substring(0, colon).trim();
                try {
                    t.setNeuron(Integer.parseInt(n));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Spike times: '" + n + "' is not a neuron index.");
                }
                p = p.substring(colon + 1);
            }
            for (String v : p.split("[,\\s]+")) {
                if (v.isBlank()) {
                    continue;
                }
                double time;
                try {
                    time = Double.parseDouble(v.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Spike times: '" + v.trim() + "' is not a time in ms.");
                }
                if (!(time >= 0) || Double.isInfinite(time)) {
                    throw new IllegalArgumentException("Spike times: " + v.trim() + " ms is not a time >= 0.");
                }
                t.getTimes().add(time);
            }
            out.add(t);
        }
        return out;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
