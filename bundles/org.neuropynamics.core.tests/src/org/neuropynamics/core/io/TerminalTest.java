package org.neuropynamics.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Names from files cannot drive the terminal: escapes, C1 controls and bidi overrides become visible text. */
class TerminalTest {

    private static final String HOSTILE = "pop\u001b]0;owned\u0007\u001b[2J name\u009b31m \u202eevil\u2066 \r\n";

    @Test
    void cleanEscapesEverythingButPrintableText() {
        assertEquals("pop\\u001b]0;owned\\u0007\\u001b[2J name\\u009b31m \\u202eevil\\u2066 \\u000d\\u000a",
                Terminal.clean(HOSTILE));
        assertEquals("Excitatory µ-é 神経 🧠", Terminal.clean("Excitatory µ-é 神経 🧠"));
    }

    /**
     * The stream filter keeps line breaks and tabs (it carries whole outputs) and escapes the rest, whether the
     * bytes arrive at once or one at a time (a UTF-8 sequence split across writes).
     */
    @Test
    void filterEscapesControlsInAnyChunking() throws IOException {
        String text = "a\tb " + HOSTILE + "µ é 神経 🧠 \u00a0\u0600\u200d end\n";
        String expected = "a\tb pop\\u001b]0;owned\\u0007\\u001b[2J name\\u009b31m \\u202eevil\\u2066 \r\n"
                + "µ é 神経 🧠 \u00a0\u0600\u200d end\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (OutputStream f = Terminal.filter(whole)) {
            f.write(bytes);
        }
        assertEquals(expected, whole.toString(StandardCharsets.UTF_8));
        ByteArrayOutputStream single = new ByteArrayOutputStream();
        try (OutputStream f = Terminal.filter(single)) {
            for (byte b : bytes) {
                f.write(b);
            }
        }
        assertEquals(expected, single.toString(StandardCharsets.UTF_8));
    }
}
