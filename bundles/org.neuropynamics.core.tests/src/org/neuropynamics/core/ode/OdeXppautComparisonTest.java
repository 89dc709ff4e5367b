package org.neuropynamics.core.ode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuropynamics.core.model.Model;

/**
 * Integrates XPPAUT example files with our parser and generated code and compares with the trajectories
 * xppaut 6.11 itself wrote ({@code data/xppaut/make-reference.sh}). Same method (RK4, XPPAUT's default,
 * or iteration for maps), same dt, so the only differences are round-off and XPPAUT printing 8
 * significant digits: a value passes when |ours - xppaut| <= atol + rtol |xppaut|.
 */
class OdeXppautComparisonTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file, rtol, atol, compare up to t (chaotic systems only briefly), minimum rows compared
        "fhn,      1e-6, 1e-7, 1e9, 100",
        "lorenz,   1e-5, 1e-5, 10,  40",
        "ml1,      1e-6, 1e-7, 1e9, 40",
        "vdp,      1e-6, 1e-7, 1e9, 40",
        "pend,     1e-6, 1e-7, 1e9, 40",
        "rossler,  1e-6, 1e-7, 1e9, 40",
        "forcpend, 1e-6, 1e-7, 1e9, 1",
        "fhn3d,    1e-6, 1e-7, 1e9, 100",
        "lo,       1e-6, 1e-7, 1e9, 40",
        "nnet,     1e-6, 1e-7, 1e9, 40",
        "triple,   1e-6, 1e-7, 1e9, 40",
        "vlsi,     1e-6, 1e-7, 1e9, 50",
        "wta,      1e-6, 1e-7, 1e9, 100",
        "lamomeg,  1e-6, 1e-7, 1e9, 40",
        "cobweb2,  1e-6, 1e-7, 30,  30",
        "del_log,  1e-6, 1e-7, 1e9, 15",
        "iaf,      1e-5, 1e-6, 1e9, 80",
        "tyson,    1e-6, 1e-7, 1e9, 40",
    })
    void matchesXppautTrajectory(String name, double rtol, double atol, double tMax, int minRows)
            throws IOException {
        Path ode = Path.of("data/xppaut/" + name + ".ode");
        Model model = OdeModelLoader.load(ode);
        OdeFile file = OdeModelLoader.parse(Files.readString(ode), ode.getFileName().toString());
        boolean map = model.kind() == Model.Kind.MAP;
        double dt = map ? 1.0 : file.options().dt().orElse(0.05);

        List<String> lines = Files.readAllLines(Path.of("data/xppaut/" + name + ".csv"));
        assertEquals("t," + String.join(",", model.variableNames()), lines.get(0), "variables in file order");

        double[] p = model.defaultParameters();
        double[] y = model.initialState(p);
        Rk4WithEvents stepper = new Rk4WithEvents(model, p);
        long step = 0;
        int compared = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            double t = Double.parseDouble(cells[0]);
            if (t > tMax) {
                break;
            }
            long target = Math.round(t / dt);
            while (step < target) {
                stepper.step(step * dt, y, dt);
                step++;
            }
            for (int i = 0; i < y.length; i++) {
                double expected = Double.parseDouble(cells[i + 1]);
                if (!(Math.abs(y[i] - expected) <= atol + rtol * Math.abs(expected))) {
                    fail(name + ": " + model.variableNames().get(i) + " at t=" + t + " is " + y[i]
                            + ", xppaut " + expected + " (tolerance " + atol + " + " + rtol + "|x|)");
                }
            }
            compared++;
        }
        assertTrue(compared >= minRows, name + ": compared only " + compared + " rows");
    }
}
