package org.neuropynamics.core.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one JSON reader of the workbench, strict (RFC 8259, plus NaN, Infinity and -Infinity as Python's json module
 * writes them): objects to maps (order kept), arrays to lists, numbers to Double, strings, booleans, null. Reads what
 * helper processes print (the benchmarks' Brian2 and network runs, the NEURON driver's results.json); the tests read
 * the command line's JSON with it. Hand-written (about 150 lines) rather than a JSON library on the command line's
 * class path (docs/architecture.md, "Command-line input").
 */
public final class JsonReader {

    private final String s;
    private int i;

    private JsonReader(String s) {
        this.s = s;
    }

    /**
     * Reads one JSON value (white space around it allowed).
     *
     * @throws IllegalArgumentException naming what is wrong and the character where
     */
    public static Object read(String text) {
        JsonReader p = new JsonReader(text);
        Object v = p.value();
        p.space();
        if (p.i != text.length()) {
            throw p.error("text after the value");
        }
        return v;
    }

    /**
     * Reads one JSON object.
     *
     * @throws IllegalArgumentException when the text is not one JSON object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String text) {
        if (read(text) instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalArgumentException("JSON: not an object");
    }

    private Object value() {
        space();
        if (i >= s.length()) {
            throw error("unexpected end");
        }
        char c = s.charAt(i);
        if (c == '{') {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            space();
            if (peek('}')) {
                return m;
            }
            do {
                space();
                String k = string();
                space();
                expect(':');
                m.put(k, value());
                space();
            } while (peek(','));
            expect('}');
            return m;
        }
        if (c == '[') {
            List<Object> l = new ArrayList<>();
            i++;
            space();
            if (peek(']')) {
                return l;
            }
            do {
                l.add(value());
                space();
            } while (peek(','));
            expect(']');
            return l;
        }
        if (c == '"') {
            return string();
        }
        for (String word : new String[] {"true", "false", "null", "NaN", "Infinity", "-Infinity"}) {
            if (s.startsWith(word, i)) {
                i += word.length();
                return switch (word) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    case "null" -> null;
                    default -> Double.parseDouble(word);
                };
            }
        }
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        try {
            return Double.parseDouble(s.substring(start, i));
        } catch (NumberFormatException e) {
            i = start;
            throw error("not a JSON value");
        }
    }

    private String string() {
        expect('"');
        StringBuilder b = new StringBuilder();
        while (i < s.length() && s.charAt(i) != '"') {
            char c = s.charAt(i++);
            if (c == '\\') {
                if (i >= s.length()) {
                    throw error("unexpected end");
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        if (i + 4 > s.length()) {
                            throw error("unexpected end");
                        }
                        try {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        } catch (NumberFormatException x) {
                            throw error("bad \\u escape");
                        }
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        expect('"');
        return b.toString();
    }

    private void space() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private boolean peek(char c) {
        if (i < s.length() && s.charAt(i) == c) {
            i++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("JSON: " + what + " at character " + i);
    }
}
