package org.neuropynamics.neuroml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of a NeuroML or LEMS document as read by {@link SafeXml}: local name, attributes in document
 * order, children, and where it starts (file and line) for messages.
 */
public final class XmlElement {

    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlElement> children = new ArrayList<>();
    private final Path file;
    private final int line;

    XmlElement(String name, Path file, int line) {
        this.name = name;
        this.file = file;
        this.line = line;
    }

    /** The local name (namespaces are not distinguished: NeuroML and LEMS share element names). */
    public String name() {
        return name;
    }

    /** Attributes by local name, in document order. */
    public Map<String, String> attributes() {
        return attributes;
    }

    /** An attribute's value, or null. */
    public String attribute(String key) {
        return attributes.get(key);
    }

    /** The child elements in document order. */
    public List<XmlElement> children() {
        return children;
    }

    /** The children with a given name. */
    public List<XmlElement> children(String childName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The file the element was read from. */
    public Path file() {
        return file;
    }

    /** The line of the element's start tag. */
    public int line() {
        return line;
    }

    /** "FILE:LINE: <name>" for the start of a message. */
    public String where() {
        return (file == null ? "" : file.getFileName() + ":") + line + ": <" + name + ">";
    }
}
