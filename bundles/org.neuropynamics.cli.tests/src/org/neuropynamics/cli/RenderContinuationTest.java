package org.neuropynamics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** {@code render continuation}: the Continuation Diagram view's figure, headless. */
class RenderContinuationTest {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void fitzHughNagumoDiagramLabelsBothHopfPointsAndTheCanardFoldAtTheirClosedFormAndAutoValues()
            throws Exception {
        Path svg = dir.resolve("fhn.svg");
        CliRun run = CliRun.of("render", "continuation", "--model", "fitzhugh-nagumo", "--param", "I", "--from", "0",
                "--to", "2", "--svg", svg.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        Map<String, Object> doc = (Map<String, Object>) run.json();
        assertEquals("continuation", doc.get("view"));
        assertEquals("v", doc.get("variable"));
        assertEquals(2.0, ((Number) doc.get("branches")).doubleValue(), "equilibria and the cycles between the Hopf points");
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("1000", xml.getDocumentElement().getAttribute("width"));
        List<String> texts = new ArrayList<>();
        NodeList nodes = xml.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        // catalogue FHN (a = 0.7, b = 0.8, tau = 12.5): Hopf where 1 - v^2 = b/tau, v = -+sqrt(1 - 0.064),
        // I = v^3/3 - v + (v + a)/b = 0.33128 and 1.41872; the canard fold of cycles (AUTO-07p) at 0.32418
        double v = Math.sqrt(1 - 0.8 / 12.5);
        double hb1 = -v * v * v / 3 + v + (-v + 0.7) / 0.8;
        double hb2 = v * v * v / 3 - v + (v + 0.7) / 0.8;
        assertEquals(hb1, labelled(texts, "HB1"), 1e-5, texts.toString());
        assertEquals(hb2, labelled(texts, "HB2"), 1e-4, texts.toString());
        assertEquals(0.3241785225, labelled(texts, "LPC"), 1e-5, texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("HB1 subcritical")), texts.toString());
        assertTrue(((List<Object>) doc.get("labels")).size() >= 4, doc.toString());
    }

    @Test
    void anUnknownVariableIsRefusedWithTheModelsVariables() {
        CliRun run = CliRun.of("render", "continuation", "--model", "fitzhugh-nagumo", "--param", "I", "--from", "0",
                "--to", "2", "--variable", "V", "--png", dir.resolve("x.png").toString());
        assertEquals(2, run.status());
        assertEquals("neuropynamics render: --variable V: model fitzhugh-nagumo has the variables v, w", run.err().strip());
    }

    /** The parameter value printed in the first label that starts with {@code prefix} ("HB1 subcritical I=0.33128"). */
    private static double labelled(List<String> texts, String prefix) {
        Pattern number = Pattern.compile("I=(-?[0-9.]+)");
        for (String t : texts) {
            Matcher m = number.matcher(t);
            if (t.startsWith(prefix) && m.find()) {
                return Double.parseDouble(m.group(1));
            }
        }
        throw new AssertionError("no label " + prefix + " in " + texts);
    }
}
