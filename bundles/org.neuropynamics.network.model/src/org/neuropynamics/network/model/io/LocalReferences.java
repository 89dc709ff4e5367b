package org.neuropynamics.network.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.util.InternalEList;
import org.neuropynamics.core.io.Terminal;

/**
 * Keeps a network file to itself. EMF resolves a cross-document reference ({@code target="http://host/x.neuronet#//@populations.0"}
 * or {@code "../other.neuronet#..."}) by opening that URI when the reference is first followed: loading a file
 * could fetch a URL, hang on a server that never answers, or read another file. {@link #confine} gives the
 * resource set a URI converter that opens nothing, and {@link #check} refuses a loaded document holding any
 * reference outside itself, naming the element and the reference, before anything follows it.
 */
final class LocalReferences {

    private LocalReferences() {
    }

    /** Makes {@code rs} unable to open any URI: documents are read by {@link NetworkFiles} from bytes only. */
    static void confine(ResourceSet rs) {
        if (!(rs.getURIConverter() instanceof NoStreams)) {
            rs.setURIConverter(new NoStreams());
        }
    }

    /** Refuses {@code resource} when an element refers to anything but an element of the same document. */
    static void check(Resource resource, String fileName) throws NetworkFileException {
        URI self = resource.getURI();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject owner = it.next();
            for (EReference ref : owner.eClass().getEAllReferences()) {
                if (ref.isContainment() || ref.isContainer() || ref.isDerived() || ref.isTransient()
                        || !owner.eIsSet(ref)) {
                    continue;
                }
                for (Iterator<?> values = values(owner, ref); values.hasNext();) {
                    if (values.next() instanceof InternalEObject target && target.eIsProxy()) {
                        URI uri = target.eProxyURI();
                        if (uri == null || !uri.trimFragment().equals(self)) {
                            throw new NetworkFileException(fileName + ": " + describe(owner) + ": its "
                                    + ref.getName() + " refers to '" + Terminal.clean(String.valueOf(uri))
                                    + "', outside this file; a network file may only refer to its own elements"
                                    + " (nothing was fetched or read)");
                        }
                    }
                }
            }
        }
    }

    private static Iterator<?> values(EObject owner, EReference ref) {
        Object value = owner.eGet(ref, false);
        if (value instanceof InternalEList<?> list) {
            return list.basicIterator();
        }
        if (value instanceof List<?> list) {
            return list.iterator();
        }
        return List.of(value).iterator();
    }

    private static String describe(EObject o) {
        String kind = o.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        EStructuralFeature nameFeature = o.eClass().getEStructuralFeature("name");
        Object name = nameFeature == null ? null : o.eGet(nameFeature);
        return name == null ? kind : kind + " '" + Terminal.clean(name.toString()) + "'";
    }

    /** A URI converter that opens nothing: every stream request is refused. */
    private static final class NoStreams extends ExtensibleURIConverterImpl {
        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException("a network file may only refer to its own elements, not to '" + uri + "'");
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            throw new IOException("network files are written by NetworkFiles.save only");
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return false;
        }
    }
}
