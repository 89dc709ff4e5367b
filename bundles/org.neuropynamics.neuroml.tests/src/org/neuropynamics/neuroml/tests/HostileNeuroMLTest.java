package org.neuropynamics.neuroml.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.neuroml.NeuroMLImport;

/**
 * Malformed and hostile NeuroML/LEMS files: each is refused with one message naming the file, the line and
 * what is wrong, before anything outside the file is read and without expanding entities.
 */
class HostileNeuroMLTest {

    @TempDir
    Path dir;

    private String refused(String name, String xml) throws Exception {
        Path f = Files.writeString(dir.resolve(name), xml);
        FileProblem e = assertThrows(FileProblem.class, () -> NeuroMLImport.load(f));
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        assertTrue(m.contains(name), m);
        return m;
    }

    @Test
    void externalEntityIsRefusedWithoutReadingIt() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String m = refused("xxe.nml", "<?xml version=\"1.0\"?>\n<!DOCTYPE neuroml [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<neuroml><notes>&x;</notes></neuroml>\n");
        assertTrue(m.contains("xxe.nml:2: a DOCTYPE declaration is not allowed"), m);
        assertFalse(m.contains("TOP-SECRET"), m);
    }

    @Test
    void billionLaughsIsRefusedBeforeExpansion() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>");
        long t0 = System.nanoTime();
        String m = refused("lolz.xml", dtd + "\n<Lems><notes>&lol9;</notes></Lems>\n");
        assertTrue(m.contains("DOCTYPE"), m);
        assertTrue((System.nanoTime() - t0) / 1e9 < 5, "refused quickly");
    }

    @Test
    void includeOfUrlOrPathIsRefused() throws Exception {
        String url = refused("LEMS_url.xml", "<Lems>\n  <Include file=\"http://example.org/cells.nml\"/>\n</Lems>\n");
        assertTrue(url.contains("LEMS_url.xml:2: <Include>: refused to include 'http://example.org/cells.nml'"), url);
        String up = refused("LEMS_up.xml", "<Lems>\n<Include file=\"../../etc/passwd\"/>\n</Lems>\n");
        assertTrue(up.contains("refused to include '../../etc/passwd'"), up);
    }

    @Test
    void unknownComponentIsRefusedByNameAndLine() throws Exception {
        // a ComponentType is read where a population uses it (issue 15): what it has outside the subset is refused
        String m = refused("ct.xml", "<Lems>\n\n  <ComponentType name=\"mine\" extends=\"baseCell\"><Structure/>"
                + "</ComponentType>\n<mine id=\"c\"/>\n<network id=\"n\"><population id=\"p\" component=\"c\" "
                + "size=\"1\"/></network>\n</Lems>\n");
        assertTrue(m.contains("ct.xml:3: <Structure> is not supported inside <ComponentType>"), m);
        String cell = refused("ca.nml", "<neuroml id=\"x\">\n  <cell2CaPools id=\"ca\"/>\n</neuroml>\n");
        assertTrue(cell.contains("ca.nml:2: <cell2CaPools> is not supported"), cell);
        // a cell is read where a population uses it: a cell without a morphology is refused there
        String hh = refused("hh.nml", "<neuroml id=\"x\">\n  <cell id=\"hh\"/>\n<network id=\"n\">\n"
                + "<population id=\"p\" component=\"hh\" size=\"1\"/></network>\n</neuroml>\n");
        assertTrue(hh.contains("hh.nml:2: <cell> needs exactly one <morphology>"), hh);
    }

    @Test
    void wrongUnitsAndValuesAreRefused() throws Exception {
        String net = "<network id=\"n\"><population id=\"p\" component=\"c\" size=\"1\"/></network>";
        String dim = refused("dim.nml", "<neuroml id=\"x\">\n<iafCell id=\"c\" leakConductance=\"0.2mV\" leakReversal=\"-53mV\""
                + " thresh=\"-55mV\" reset=\"-70mV\" C=\"3.2pF\"/>" + net + "</neuroml>");
        assertTrue(dim.contains("dim.nml:2: <iafCell> leakConductance: '0.2mV' has the wrong dimension (expected a quantity in nS)"), dim);
        String num = refused("num.nml", "<neuroml id=\"x\">\n<iafCell id=\"c\" leakConductance=\"lots\"/>" + net + "</neuroml>");
        assertTrue(num.contains("'lots' is not a quantity"), num);
        String attr = refused("attr.nml", "<neuroml id=\"x\">\n<iafCell id=\"c\" bogus=\"1mV\"/>" + net + "</neuroml>");
        assertTrue(attr.contains("attribute bogus is not a parameter of iafCell"), attr);
        String size = refused("size.nml", "<neuroml id=\"x\">\n<iafCell id=\"c\"/>\n<network id=\"n\">\n"
                + "<population id=\"p\" component=\"c\" size=\"many\"/></network></neuroml>");
        assertTrue(size.contains("size.nml:4: <population>: size must be a whole number, got 'many'"), size);
    }

    @Test
    void malformedXmlNamesTheLine() throws Exception {
        String m = refused("broken.nml", "<neuroml>\n<iafCell id=\"c\">\n</neuroml>\n");
        assertTrue(m.contains("broken.nml:3: not well-formed XML"), m);
    }

    @Test
    void gapJunctionsAreRefusedByName() throws Exception {
        String m = refused("gj.nml", "<neuroml id=\"x\"><iafCell id=\"c\"/>\n<network id=\"n\">"
                + "<population id=\"p\" component=\"c\" size=\"2\"/>\n<electricalProjection id=\"e\"/></network></neuroml>");
        assertTrue(m.contains("gj.nml:3: <electricalProjection> (gap junctions) is not supported"), m);
    }
}
