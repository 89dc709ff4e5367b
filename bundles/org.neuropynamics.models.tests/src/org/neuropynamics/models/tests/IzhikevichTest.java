package org.neuropynamics.models.tests;

import org.neuropynamics.models.*;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuropynamics.core.model.Model;
import org.neuropynamics.core.model.Preset;

/** Izhikevich (2003): presets, initial state, threshold and reset. */
class IzhikevichTest {

    private final Model model = IzhikevichModel.create();

    @Test
    void presetsAreThePublishedParameterSets() {
        List<String> names = model.presets().stream().map(Preset::name).toList();
        assertEquals(List.of("Regular spiking", "Intrinsically bursting", "Chattering", "Fast spiking",
                "Low-threshold spiking", "Resonator"), names);
        assertPreset(0, 0.02, 0.2, -65, 8);
        assertPreset(1, 0.02, 0.2, -55, 4);
        assertPreset(2, 0.02, 0.2, -50, 2);
        assertPreset(3, 0.1, 0.2, -65, 2);
        assertPreset(4, 0.02, 0.25, -65, 2);
        assertPreset(5, 0.1, 0.26, -65, 2);
    }

    private void assertPreset(int index, double a, double b, double c, double d) {
        assertEquals(Map.of("a", a, "b", b, "c", c, "d", d), model.presets().get(index).values());
    }

    @Test
    void defaultsAreRegularSpikingWithPeakAt30() {
        double[] p = model.defaultParameters();
        assertEquals(List.of(0.02, 0.2, -65.0, 8.0, 10.0, 30.0), List.of(p[0], p[1], p[2], p[3], p[4], p[5]));
    }

    @Test
    void startsAtMinus65WithUEqualToBTimesV() {
        double[] p = BuiltInModels.with(model, model.defaultParameters(), "b", 0.26);
        double[] y0 = model.initialState(p);
        assertEquals(-65, y0[0]);
        assertEquals(0.26 * -65, y0[1], 1e-12);
    }

    @Test
    void spikesAtVpeakAndResetsVToCAndIncrementsUByD() {
        double[] p = model.defaultParameters();
        assertEquals(0, model.spikeRule().switching(0, new double[] {30, 0}, p));
        double[] y = {31, -10};
        model.spikeRule().reset(0, y, p);
        assertEquals(-65, y[0]);
        assertEquals(-2, y[1], 1e-12);
    }
}
