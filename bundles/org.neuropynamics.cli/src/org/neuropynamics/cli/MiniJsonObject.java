package org.neuropynamics.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reads one flat JSON object of strings and numbers (the single line the Brian2 bench script prints). */
final class MiniJsonObject {

    private MiniJsonObject() {
    }

    static Map<String, Object> parse(String text) {
        Map<String, Object> map = new LinkedHashMap<>();
        String body = text.strip();
        if (!body.startsWith("{") || !body.endsWith("}")) {
            throw new IllegalArgumentException("not a JSON object: " + text);
        }
        body = body.substring(1, body.length() - 1);
        for (String pair : body.split(",(?=\\s*\")")) {
            int colon = pair.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = pair.substring(0, colon).strip().replace("\"", "");
            String value = pair.substring(colon + 1).strip();
            if (value.startsWith("\"")) {
                map.put(key, value.replace("\"", ""));
            } else {
                try {
                    map.put(key, Double.parseDouble(value));
                } catch (NumberFormatException e) {
                    map.put(key, value);
                }
            }
        }
        return map;
    }
}
