package org.neuropynamics.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.neuropynamics.network.model.io.NetworkFileException;
import org.neuropynamics.network.model.io.NetworkFiles;

/**
 * A broken {@code .neuronet} is described in a modeller's words at its line and column (the XML parser's: the end
 * of the offending element's start tag): no Java class name, no bare "NullPointerException" or "For input
 * string".
 */
class LoadMessagesTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<network:Network xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xmlns:network=\"http://www.neuropynamics.org/network/1.0\" name=\"p\">\n";

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<populations name='A' size='3.5' modelId='lif'/>|'3.5' is not a valid size (a whole number is expected) (line 3, column 51)",
        "<populations name='A' size='3' modelId='lif'><parameters name='tau' value='abc'/></populations>|'abc' is not a valid value (a number is expected) (line 3, column 84)",
        "<populations name='A' size='3' modelId='lif'><bogus/></populations>|unknown element or attribute 'bogus' (line 3, column 56)",
        "<populations name='A' size='3' modelId='lif' colour='red'/>|unknown element or attribute 'colour' (line 3, column 62)",
        "<populations name='A' size='3'/><projections name='pr' source='//@populations.0' target='//@populations.7'/>|the reference '//@populations.7' names no element of this file (line 3, column 111)",
        "<populations name='A' size='3'/><projections name='pr'><connectivity xsi:type='network:Constant' value='1'/></projections>|a Constant cannot be the connectivity (it must be a Connectivity) (line 3, column 111)",
        "<populations name='A' size='3'/><projections name='pr'><connectivity xsi:type='network:Nope'/></projections>|unknown type 'Nope' (line 3, column 97)" })
    void brokenContentIsNamedAtItsPlace(String body, String expected) throws Exception {
        Path file = Files.writeString(dir.resolve("broken.neuronet"),
                HEAD + "  " + body.replace('\'', '"') + "\n</network:Network>\n");
        NetworkFileException e = assertThrows(NetworkFileException.class, () -> NetworkFiles.load(file));
        assertEquals("broken.neuronet is not a valid network file: " + expected, e.getMessage());
    }
}
