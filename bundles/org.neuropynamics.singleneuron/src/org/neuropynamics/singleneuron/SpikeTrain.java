package org.neuropynamics.singleneuron;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Statistics of the spikes of one run inside a time window: count, rate, inter-spike intervals (ISIs),
 * adaptation and bursts. Used to describe firing patterns (Izhikevich 2003, Fig. 2; Izhikevich 2004, Fig. 1):
 * regular spiking adapts (ISIs lengthen), fast spiking does not, chattering and intrinsic bursting fire groups
 * of spikes with short ISIs separated by long pauses.
 *
 * @param spikeTimes spike times in ms inside the window, ascending
 * @param windowStart start of the window in ms
 * @param windowEnd end of the window in ms
 */
public record SpikeTrain(double[] spikeTimes, double windowStart, double windowEnd) {

    /** ISIs this many times longer than the shortest ISI separate bursts. */
    public static final double BURST_GAP_FACTOR = 5;

    /** The spikes of {@code allSpikes} with windowStart &lt;= t &lt; windowEnd. */
    public static SpikeTrain of(double[] allSpikes, double windowStart, double windowEnd) {
        return new SpikeTrain(Arrays.stream(allSpikes).filter(t -> t >= windowStart && t < windowEnd).toArray(),
                windowStart, windowEnd);
    }

    /** Number of spikes. */
    public int count() {
        return spikeTimes.length;
    }

    /** Mean rate over the window in Hz (spikes per second). */
    public double rateHz() {
        return count() * 1000.0 / (windowEnd - windowStart);
    }

    /** Inter-spike intervals in ms. */
    public double[] intervals() {
        double[] isi = new double[Math.max(0, count() - 1)];
        for (int k = 0; k < isi.length; k++) {
            isi[k] = spikeTimes[k + 1] - spikeTimes[k];
        }
        return isi;
    }

    /**
     * Last ISI over first ISI: greater than 1 when firing slows down (adaptation), about 1 for tonic firing.
     * NaN with fewer than 3 spikes.
     */
    public double adaptationRatio() {
        double[] isi = intervals();
        return isi.length < 2 ? Double.NaN : isi[isi.length - 1] / isi[0];
    }

    /** Coefficient of variation of the ISIs (0 for perfectly regular firing); NaN with fewer than 3 spikes. */
    public double isiCv() {
        double[] isi = intervals();
        if (isi.length < 2) {
            return Double.NaN;
        }
        double mean = Arrays.stream(isi).average().orElse(0);
        double var = Arrays.stream(isi).map(v -> (v - mean) * (v - mean)).sum() / (isi.length - 1);
        return Math.sqrt(var) / mean;
    }

    /**
     * The bursts: groups of spikes whose ISIs are shorter than {@link #BURST_GAP_FACTOR} times the shortest ISI.
     * A group of one spike is a single spike, not a burst, but is returned as a group of size 1.
     *
     * @return the number of spikes in each group, in order
     */
    public List<Integer> groups() {
        List<Integer> groups = new ArrayList<>();
        double[] isi = intervals();
        if (count() == 0) {
            return groups;
        }
        double shortest = Arrays.stream(isi).min().orElse(Double.POSITIVE_INFINITY);
        int size = 1;
        for (double interval : isi) {
            if (interval > BURST_GAP_FACTOR * shortest) {
                groups.add(size);
                size = 1;
            } else {
                size++;
            }
        }
        groups.add(size);
        return groups;
    }

    /** Number of groups with at least two spikes (bursts). */
    public int burstCount() {
        return (int) groups().stream().filter(n -> n >= 2).count();
    }

    /** Rate from the intervals: 1000 / mean ISI in Hz (NaN with fewer than two spikes). */
    public double isiRateHz() {
        double[] isi = intervals();
        return isi.length == 0 ? Double.NaN : 1000.0 / Arrays.stream(isi).average().orElse(Double.NaN);
    }

    /** One line for status bars, naming the window only by its times. */
    public String summary() {
        return summary(null);
    }

    /**
     * One line for status bars: "12 spikes in 100-600 ms (while the input is on): 24.0 Hz; mean ISI 40.00 ms
     * (1000/ISI = 25.0 Hz), last/first ISI 1.00". The count rate is over the window, so that it is the rate
     * during the input when the window is the input's; a single spike has no rate.
     *
     * @param windowName what the window is (e.g. "while the input is on"), or null
     */
    public String summary(String windowName) {
        StringBuilder s = new StringBuilder();
        s.append(count()).append(count() == 1 ? " spike" : " spikes");
        s.append(String.format(java.util.Locale.ROOT, " in %s-%s ms", number(windowStart), number(windowEnd)));
        if (windowName != null) {
            s.append(" (").append(windowName).append(')');
        }
        double[] isi = intervals();
        if (count() == 1) {
            s.append("; a rate needs two spikes");
        } else if (count() > 1) {
            s.append(String.format(java.util.Locale.ROOT, ": %.1f Hz; mean ISI %.2f ms (1000/ISI = %.1f Hz)", rateHz(),
                    Arrays.stream(isi).average().orElse(0), isiRateHz()));
        }
        if (isi.length >= 2) {
            s.append(String.format(java.util.Locale.ROOT, ", last/first ISI %.2f", adaptationRatio()));
        }
        if (burstCount() > 0 && groups().size() > 1) {
            s.append(", ").append(burstCount()).append(burstCount() == 1 ? " burst" : " bursts");
        }
        return s.toString();
    }

    /**
     * The short form for a figure's title (the legend counts the spikes): "24.0 Hz while the input is on"; the
     * rate is over the window, as in {@link #summary(String)}; one spike or none has no rate ("1 spike while the
     * input is on", "no spikes while the input is on").
     *
     * @param windowName what the window is (e.g. "while the input is on", "over the whole run")
     */
    public String headline(String windowName) {
        if (count() > 1) {
            return String.format(java.util.Locale.ROOT, "%.1f Hz %s", rateHz(), windowName);
        }
        return (count() == 1 ? "1 spike " : "no spikes ") + windowName;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
