package org.neuropynamics.neuroml;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.io.InputFiles;

/**
 * Reads a NeuroML or LEMS file into {@link XmlElement}s with StAX, refusing what could reach outside the
 * file or exhaust memory: any DOCTYPE (so no entity is ever declared: external entities, XXE and
 * "billion laughs" are refused before anything is expanded), external entity resolution and DTD loading
 * are switched off in the factory as well, documents nest at most {@value #MAX_DEPTH} deep and hold at most
 * {@value #MAX_ELEMENTS} elements; the file itself is read by {@link InputFiles} (regular file, size limit,
 * strict UTF-8). Text content is ignored (NeuroML carries its data in attributes); comments too.
 */
public final class SafeXml {

    /** Deepest element nesting accepted. */
    public static final int MAX_DEPTH = 64;
    /** Most elements accepted in one file. */
    public static final int MAX_ELEMENTS = 2_000_000;

    private SafeXml() {
    }

    /**
     * Reads the file.
     *
     * @throws FileProblem when it cannot be read (the OS's reason) or is not acceptable XML (with the line)
     */
    public static XmlElement read(Path file) throws FileProblem {
        String text = InputFiles.readText(file, "NeuroML file");
        return parse(text, file);
    }

    /** Parses text that came from {@code file} (used in messages only). */
    public static XmlElement parse(String text, Path file) throws NeuroMLException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("refused to load " + systemId + " (nothing outside the file is read)");
        });
        String name = file == null ? "input" : file.getFileName().toString();
        XMLStreamReader r = null;
        try {
            r = f.createXMLStreamReader(new StringReader(text));
            Deque<XmlElement> stack = new ArrayDeque<>();
            XmlElement root = null;
            int count = 0;
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.DTD -> throw new NeuroMLException(name + ":" + line(r)
                            + ": a DOCTYPE declaration is not allowed in NeuroML or LEMS files (entities could "
                            + "read other files or expand without bound); remove it");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new NeuroMLException(name + ":" + line(r)
                            + ": undeclared entity &" + r.getLocalName() + "; (only the five XML entities are allowed)");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++count > MAX_ELEMENTS) {
                            throw new NeuroMLException(name + ":" + line(r) + ": more than " + MAX_ELEMENTS
                                    + " elements; the file is too large to open");
                        }
                        if (stack.size() >= MAX_DEPTH) {
                            throw new NeuroMLException(name + ":" + line(r) + ": elements nested more than "
                                    + MAX_DEPTH + " deep");
                        }
                        XmlElement e = new XmlElement(r.getLocalName(), file, line(r));
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            e.attributes().put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        if (stack.isEmpty()) {
                            root = e;
                        } else {
                            stack.peek().children().add(e);
                        }
                        stack.push(e);
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.pop();
                    default -> {
                        // text, comments, processing instructions: nothing NeuroML needs
                    }
                }
            }
            if (root == null) {
                throw new NeuroMLException(name + ": no XML element found (is it a NeuroML or LEMS file?)");
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : -1;
            String msg = e.getMessage() == null ? "malformed XML" : e.getMessage();
            int k = msg.indexOf("Message: ");
            if (k >= 0) {
                msg = msg.substring(k + "Message: ".length());
            }
            throw new NeuroMLException(name + (line > 0 ? ":" + line : "") + ": not well-formed XML: " + msg.strip(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing was opened besides the string
                }
            }
        }
    }

    private static int line(XMLStreamReader r) {
        return r.getLocation() == null ? -1 : r.getLocation().getLineNumber();
    }
}
