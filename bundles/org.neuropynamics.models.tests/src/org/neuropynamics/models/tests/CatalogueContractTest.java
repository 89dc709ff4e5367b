package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Parameter;
import org.neuropynamics.core.model.Preset;

/**
 * The public contract of the catalogue: ids, variable names and canonical parameter names exactly as in
 * the catalogue's public contract ({@code data/catalogue-section4.csv}), and sane metadata.
 */
class CatalogueContractTest {

    static Stream<Arguments> section4() throws IOException {
        return Files.readAllLines(Path.of("data", "catalogue-section4.csv")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split(";"))
                .map(f -> Arguments.of(f[0], List.of(f[1].split(",")), List.of(f[2].split(","))));
    }

    static Stream<String> ids() {
        return BuiltInModels.FACTORIES.keySet().stream();
    }

    @Test
    void catalogueHasExactlyTheModelsOfSection4() throws IOException {
        List<Object> table = section4().map(a -> a.get()[0]).toList();
        assertEquals(table, List.copyOf(BuiltInModels.FACTORIES.keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("section4")
    void namesAreExactlyThoseOfSection4(String id, List<String> variables, List<String> parameters) {
        Model model = BuiltInModels.create(id);
        assertEquals(id, model.id());
        assertEquals(variables, model.variableNames());
        assertEquals(parameters, model.parameters().stream().map(Parameter::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void defaultsLieInsideSliderRanges(String id) {
        for (Parameter p : BuiltInModels.create(id).parameters()) {
            assertTrue(p.min() <= p.defaultValue() && p.defaultValue() <= p.max(),
                    id + "." + p.name() + " default " + p.defaultValue() + " outside " + p.min() + ".." + p.max());
            assertTrue(p.step() > 0 && p.step() <= p.max() - p.min(), id + "." + p.name() + " step");
            assertFalse(p.description().isBlank(), id + "." + p.name() + " has no description");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void presetsSetKnownParametersInsideTheirRanges(String id) {
        Model model = BuiltInModels.create(id);
        for (Preset preset : model.presets()) {
            for (Map.Entry<String, Double> e : preset.values().entrySet()) {
                int i = model.parameterIndex(e.getKey());
                assertTrue(i >= 0, id + " preset " + preset.name() + " sets unknown " + e.getKey());
                Parameter p = model.parameters().get(i);
                assertTrue(p.min() <= e.getValue() && e.getValue() <= p.max(),
                        id + " preset " + preset.name() + ": " + p.name() + " = " + e.getValue() + " outside range");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void isDocumentedAndHasAnAnalyticJacobian(String id) {
        Model model = BuiltInModels.create(id);
        assertFalse(model.name().isBlank());
        assertTrue(model.description().length() > 150, id + " description is too short");
        assertFalse(model.equationsLatex().isBlank());
        assertNotNull(model.jacobian(), id + " has no analytic Jacobian");
        model.variables().forEach(v -> assertFalse(v.description().isBlank(), id + "." + v.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void inputCurrentIsTheParameterI(String id) {
        Model model = BuiltInModels.create(id);
        if (model.kind() == Model.Kind.MAP) {
            assertNull(model.currentParameter());
        } else {
            assertEquals("I", model.currentParameter());
            assertTrue(model.currentParameterIndex().isPresent());
        }
    }

    /** The notebooks started neurons at 0 mV and spiked at t = 0; ours start below threshold, finite. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void initialStateIsFiniteAndBelowThreshold(String id) {
        Model model = BuiltInModels.create(id);
        double[] p = model.defaultParameters();
        double[] y0 = model.initialState(p);
        double[] f = BuiltInModels.derivatives(model, y0, p);
        assertTrue(Arrays.stream(y0).allMatch(Double::isFinite), id + " y0 " + Arrays.toString(y0));
        assertTrue(Arrays.stream(f).allMatch(Double::isFinite), id + " f(y0) " + Arrays.toString(f));
        if (model.spikeRule() != null) {
            assertTrue(model.spikeRule().switching(0, y0, p) < 0, id + " starts above threshold");
        } else if (model.kind() == Model.Kind.FLOW) {
            assertTrue(y0[0] < model.spikeDetectionThreshold(), id + " starts above spike detection");
        }
    }
}
