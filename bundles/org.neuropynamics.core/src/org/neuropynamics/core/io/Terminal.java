package org.neuropynamics.core.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Text from files (population names, model names, URIs) made safe for a terminal. A name holding an escape
 * sequence could otherwise move the cursor, retitle the window or hide text when printed; bidirectional
 * overrides could make a line read differently from what it is. Such characters are written as visible
 * {@code \}{@code uXXXX} escapes, which are also valid inside JSON strings.
 */
public final class Terminal {

    private Terminal() {
    }

    /**
     * {@code text} with every control character (line breaks too: a message is one line), DEL, C1 control and
     * bidirectional formatting character replaced by its {@code \}{@code uXXXX} escape.
     */
    public static String clean(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                b.append(String.format("\\u%04x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    static boolean unsafe(char c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * A stream for a command's stdout or stderr that lets text through (line breaks and tabs included) but writes
     * the other control characters, C1 controls and bidirectional overrides of the UTF-8 it carries as
     * {@code \}{@code uXXXX} escapes: whatever a command prints, no byte from a file reaches the terminal raw.
     */
    public static OutputStream filter(OutputStream out) {
        return new Filter(out);
    }

    private static final class Filter extends FilterOutputStream {
        /** Bytes of a UTF-8 sequence held until it is known whether it is a C1 or bidi character. */
        private final byte[] pending = new byte[3];
        private int held;

        Filter(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            int run = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                int b = bytes[i] & 0xff;
                if (held == 0 && b != 0xC2 && b != 0xD8 && b != 0xE2 && (b >= 0x20 || b == '\n' || b == '\r'
                        || b == '\t') && b != 0x7f) {
                    continue; // the common case: passes through in runs
                }
                out.write(bytes, run, i - run);
                run = i + 1;
                accept(b);
            }
            out.write(bytes, run, end - run);
        }

        private void accept(int b) throws IOException {
            if (held == 0) {
                if (b == 0xC2 || b == 0xD8 || b == 0xE2) {
                    pending[held++] = (byte) b;
                } else {
                    escape(b); // C0 control or DEL
                }
                return;
            }
            pending[held++] = (byte) b;
            int lead = pending[0] & 0xff;
            int needed = lead == 0xE2 ? 3 : 2;
            if (held < needed && (b & 0xC0) == 0x80) {
                return;
            }
            if ((b & 0xC0) != 0x80) {
                // not a continuation: the held bytes were not a sequence; emit them and look at b afresh
                held--;
                out.write(pending, 0, held);
                held = 0;
                if (b >= 0x20 && b != 0x7f && b != 0xC2 && b != 0xD8 && b != 0xE2 || b == '\n' || b == '\r'
                        || b == '\t') {
                    out.write(b);
                } else {
                    accept(b);
                }
                return;
            }
            int count = held;
            held = 0;
            String s = new String(pending, 0, count, StandardCharsets.UTF_8);
            if (s.length() == 1 && unsafe(s.charAt(0))) {
                out.write(String.format("\\u%04x", (int) s.charAt(0)).getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(pending, 0, count);
            }
        }

        private void escape(int b) throws IOException {
            out.write(String.format("\\u%04x", b).getBytes(StandardCharsets.US_ASCII));
        }

        @Override
        public void flush() throws IOException {
            out.flush(); // a held partial sequence waits for its next byte
        }

        @Override
        public void close() throws IOException {
            out.write(pending, 0, held);
            held = 0;
            super.close();
        }
    }
}
