package org.neuropynamics.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * {@link XppautRandom} against the numbers xppaut 6.11 itself draws ({@code data/xppaut-stochastic}, written by
 * its {@code make-reference.sh}): XPPAUT stores single-precision floats and prints 8 significant digits, so each
 * value agrees to 1e-7 of its size; a generator that differs in any step of the algorithm (shuffle table,
 * seeding, the kept Box-Muller deviate) is off by O(1) from the first or second value.
 */
class XppautRandomTest {

    private static final Path DATA = Path.of("data/xppaut-stochastic");

    @Test
    void uniformDeviatesAreXppautsFromItsDefaultSeed() throws IOException {
        List<double[]> rows = rows(DATA.resolve("uniform.dat"));
        assertEquals(1001, rows.size());
        XppautRandom random = new XppautRandom(XppautRandom.DEFAULT_SEED);
        for (int k = 1; k < rows.size(); k++) {
            double xpp = rows.get(k)[1];
            assertEquals(xpp, random.uniform(), 1e-7 * Math.abs(xpp), "draw " + k);
        }
    }

    @Test
    void normalDeviatesKeepTheSecondOfEachPairAsXppautDoes() throws IOException {
        List<double[]> rows = rows(DATA.resolve("normal.dat"));
        assertEquals(1001, rows.size());
        XppautRandom random = new XppautRandom(5);
        for (int k = 1; k < rows.size(); k++) {
            // each step of normal.ode evaluates normal(0,1) for x, then ran(1) for y
            double x = rows.get(k)[1];
            double y = rows.get(k)[2];
            assertEquals(x, random.normal(0, 1), 1e-7 * Math.max(1, Math.abs(x)), "normal deviate " + k);
            assertEquals(y, random.uniform(), 1e-7 * Math.abs(y), "uniform deviate " + k);
        }
    }

    @Test
    void normalDeviatesHaveMeanZeroAndVarianceOne() {
        XppautRandom random = new XppautRandom(1);
        int n = 1_000_000;
        double sum = 0;
        double sumSq = 0;
        for (int k = 0; k < n; k++) {
            double z = random.normal(0, 1);
            sum += z;
            sumSq += z * z;
        }
        double mean = sum / n;
        double variance = sumSq / n - mean * mean;
        // standard errors 1e-3 (mean) and sqrt(2/n) = 1.4e-3 (variance): 5 of them
        assertEquals(0, mean, 5e-3);
        assertEquals(1, variance, 7e-3);
    }

    @Test
    void seedZeroIsSeedOneAndReseedingRestartsTheStream() {
        XppautRandom zero = new XppautRandom(0);
        XppautRandom one = new XppautRandom(1);
        double first = one.uniform();
        assertEquals(first, zero.uniform(), 0.0);
        one.uniform();
        one.seed(1);
        assertEquals(first, one.uniform(), 0.0);
    }

    private static List<double[]> rows(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.trim().split("\\s+");
            double[] r = new double[cells.length];
            for (int i = 0; i < cells.length; i++) {
                r[i] = Double.parseDouble(cells[i]);
            }
            rows.add(r);
        }
        return rows;
    }
}
