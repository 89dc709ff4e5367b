package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.core.ode.OdeModelLoader;

/**
 * The Hindmarsh-Rose plug-in's .ode file compiles through the equation language to the contributed model
 * (id hindmarsh-rose, variables x, y, z).
 */
class HindmarshRoseOdeTest {

    private static final Path ODE = Path.of("../org.neuropynamics.models.hindmarshrose/models/hindmarsh-rose.ode");

    @Test
    void odeFileCompilesToTheContributedModel() throws Exception {
        Model model = OdeModelLoader.load("hindmarsh-rose", Files.readString(ODE), "models/hindmarsh-rose.ode");
        assertEquals("hindmarsh-rose", model.id());
        assertEquals(List.of("x", "y", "z"), model.variableNames());
        assertEquals(List.of("a", "b", "c", "d", "r", "s", "xR", "I"),
                model.parameters().stream().map(Parameter::name).toList());
        double[] p = model.defaultParameters();
        assertEquals(0.006, p[model.parameterIndex("r")]);
        assertEquals(3.25, p[model.parameterIndex("I")]);
        double[] y0 = model.initialState(p);
        double[] f = new double[3];
        model.field().derivatives(0, y0, p, f);
        // x' = y - x^3 + 3x^2 - z + I at (-1.6, -11.8, 2): -11.8 + 4.096 + 7.68 - 2 + 3.25
        assertEquals(1.226, f[0], 1e-12);
        assertEquals(1 - 5 * 2.56 + 11.8, f[1], 1e-12);
        assertEquals(0.006 * (0 - 2), f[2], 1e-12);
    }
}
