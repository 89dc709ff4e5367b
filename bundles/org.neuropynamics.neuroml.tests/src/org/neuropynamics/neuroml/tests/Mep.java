package org.neuropynamics.neuroml.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Open Source Brain model-validation files of the NeuroML2 examples: the expected spike times of a
 * {@code .mep} file and, from the matching {@code .omt} file, how they are measured (output column, value
 * scaling, threshold or local maxima, tolerance). A spike is at the sample before an upward crossing of the
 * threshold (method "threshold") or at a local maximum (method "derivative"), and
 * observed times pass when {@code |observed - expected| <= 1e-8 + tolerance |expected|} for every spike
 * (numpy's {@code allclose} with the tolerance as relative tolerance, as OMV compares them).
 */
record Mep(String experiment, List<Double> expected, int column, double valueScale, double threshold,
        double tolerance, boolean derivative) {

    static List<Mep> read(Path mep, Path omt) throws IOException {
        Map<String, List<Double>> expected = new LinkedHashMap<>();
        String current = null;
        for (String line : Files.readAllLines(mep, StandardCharsets.UTF_8)) {
            Matcher name = Pattern.compile("^    (\\w+):\\s*$").matcher(line);
            Matcher times = Pattern.compile("^\\s+spike times: \\[(.*)\\]\\s*$").matcher(line);
            if (name.matches()) {
                current = name.group(1);
            } else if (times.matches() && current != null) {
                List<Double> t = new ArrayList<>();
                for (String s : times.group(1).split(",")) {
                    t.add(Double.parseDouble(s.strip()));
                }
                expected.put(current, t);
            }
        }
        List<Mep> out = new ArrayList<>();
        String exp = null;
        int column = -1;
        double scale = 1;
        double threshold = Double.NaN;
        boolean derivative = false;
        for (String line : Files.readAllLines(omt, StandardCharsets.UTF_8)) {
            Matcher name = Pattern.compile("^  (\\w+):\\s*$").matcher(line);
            Matcher col = Pattern.compile("^\\s+columns: \\[0,\\s*(\\d+)\\]").matcher(line);
            Matcher sc = Pattern.compile("^\\s+scaling: \\[([-\\d.e]+),\\s*([-\\d.e]+)\\]").matcher(line);
            Matcher th = Pattern.compile("^\\s+threshold:\\s*([-\\d.e]+)").matcher(line);
            Matcher tol = Pattern.compile("^\\s+tolerance:\\s*([-\\d.e]+)").matcher(line);
            Matcher method = Pattern.compile("^\\s+method:\\s*(\\w+)").matcher(line);
            if (name.matches()) {
                exp = name.group(1);
                derivative = false;
            } else if (method.find()) {
                derivative = method.group(1).equals("derivative");
            } else if (col.find()) {
                column = Integer.parseInt(col.group(1));
            } else if (sc.find()) {
                scale = Double.parseDouble(sc.group(2));
            } else if (th.find()) {
                threshold = Double.parseDouble(th.group(1));
            } else if (tol.find() && exp != null) {
                out.add(new Mep(exp, expected.get(exp), column, scale, threshold, Double.parseDouble(tol.group(1)),
                        derivative));
            }
        }
        return out;
    }

    /** Spike times (ms) of a trace whose values are in our units times {@code toFile} (the file's SI units). */
    List<Double> spikes(double[] t, double[] values, double toFile) {
        List<Double> out = new ArrayList<>();
        if (derivative) {
            // OMV's "derivative" method: a local maximum, the sample i with v[i] > v[i-1] and v[i+1] <= v[i]
            for (int i = 1; i + 1 < values.length; i++) {
                if (values[i + 1] - values[i] <= 0 && values[i] - values[i - 1] > 0) {
                    out.add(t[i]);
                }
            }
            return out;
        }
        for (int i = 0; i + 1 < values.length; i++) {
            double a = values[i] * toFile * valueScale;
            double b = values[i + 1] * toFile * valueScale;
            if (a < threshold && b >= threshold) {
                out.add(t[i]);
            }
        }
        return out;
    }

    /**
     * Spike times as OMV's threshold detector finds them in a file whose rows hold the state at their own time (a
     * NEURON run): the first sample above the threshold after one at or below it. The examples whose expected times
     * are jNeuroML's use {@link #spikes}, the sample before: jNeuroML's rows are one step ahead of ours (Ex0).
     */
    List<Double> spikesAtOwnTime(double[] t, double[] values, double toFile) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i + 1 < values.length; i++) {
            double a = values[i] * toFile * valueScale;
            double b = values[i + 1] * toFile * valueScale;
            if (a <= threshold && b > threshold) {
                out.add(t[i + 1]);
            }
        }
        return out;
    }

    /** The worst relative difference, or +infinity when the counts differ. */
    double worst(List<Double> observed) {
        if (observed.size() != expected.size()) {
            return Double.POSITIVE_INFINITY;
        }
        double worst = 0;
        for (int i = 0; i < observed.size(); i++) {
            double d = Math.abs(observed.get(i) - expected.get(i)) - 1e-8;
            worst = Math.max(worst, d / Math.abs(expected.get(i)));
        }
        return worst;
    }
}
