package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The public contract: models listed with canonical names, bad input refused in one line with status 2. */
class CommandLineContractTest {

    @Test
    @SuppressWarnings("unchecked")
    void modelsListsTheCatalogueAndThePluginModel() {
        CliRun run = CliRun.of("models", "--json");
        assertEquals(0, run.status(), run.err());
        List<Map<String, Object>> models = (List<Map<String, Object>>) run.json();
        List<String> ids = models.stream().map(m -> (String) m.get("id")).collect(Collectors.toList());
        for (String id : List.of("perfect-integrator", "lif", "izhikevich", "fitzhugh-nagumo", "hodgkin-huxley",
                "hh-traub", "adex", "morris-lecar", "inap", "logistic", "hindmarsh-rose")) {
            assertTrue(ids.contains(id), "models lists " + id + ": " + ids);
        }
        Map<String, Object> izh = models.get(ids.indexOf("izhikevich"));
        assertEquals(List.of("v", "u"), izh.get("variables"));
        List<Map<String, Object>> params = (List<Map<String, Object>>) izh.get("parameters");
        assertEquals(List.of("a", "b", "c", "d", "I", "vpeak"), params.stream().map(p -> p.get("name")).toList());
        assertEquals(30.0, params.get(5).get("default"));
        // the plug-in's .ode contribution, read from its bundle and compiled, under the name its plugin.xml gives
        Map<String, Object> hr = models.get(ids.indexOf("hindmarsh-rose"));
        assertEquals("Hindmarsh-Rose", hr.get("name"));
        assertEquals(List.of("x", "y", "z"), hr.get("variables"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "simulate nosuchmodel|unknown model 'nosuchmodel'",
            "simulate izhikevich --set q=1|has no parameter 'q'",
            "simulate izhikevich --set a=abc|'abc' is not a number",
            "simulate izhikevich --t -5|--t must be positive",
            "simulate izhikevich --dt 0|--dt must be positive",
            "simulate izhikevich --method rk5|unknown --method 'rk5'",
            "simulate izhikevich --current wave:3|--current",
            "simulate izhikevich --bogus|unknown option --bogus",
            "simulate data/noise.ode --seed -1|--seed must be an integer from 0",
            "simulate data/noise.ode --method rodas|needs a fixed-step method",
            "simulate data/missing.ode|cannot read model file",
            "equilibria izhikevich --window v=3:1|lower end must be below",
            "equilibria logistic|is a map",
            "nosuchcommand|unknown command 'nosuchcommand'" })
    void badInputIsRefusedInOneLine(String commandLine, String expected) {
        CliRun run = CliRun.of(commandLine.split(" "));
        assertEquals(2, run.status(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(expected), run.err());
    }

    @Test
    void versionAndHelp() {
        assertEquals("Neuropynamics Workbench " + CommandLine.VERSION, CliRun.of("--version").out().strip());
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.status());
        for (String command : List.of("models", "simulate", "equilibria", "bench")) {
            assertTrue(help.out().contains("  " + command + " "), help.out());
        }
    }
}
