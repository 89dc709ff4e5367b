package org.neuropynamics.network.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.neuropynamics.core.io.FileProblem;
import org.neuropynamics.core.io.InputFiles;
import org.neuropynamics.core.io.OutputFiles;
import org.neuropynamics.core.io.Terminal;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.NetworkPackage;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes {@code .neuronet} files. Loading reads that one file and nothing else (references to other
 * documents or URLs are refused, see {@link LocalReferences}) and never modifies it; a broken file gives a
 * {@link NetworkFileException} naming the file and the problem. Saving is atomic ({@link OutputFiles}), so a
 * crash never leaves a half-written network.
 */
public final class NetworkFiles {

    private NetworkFiles() {
    }

    /** A resource set that knows the network package and the {@code .neuronet} extension (in or out of OSGi). */
    public static ResourceSet newResourceSet() {
        ResourceSet rs = new ResourceSetImpl();
        rs.getPackageRegistry().put(NetworkPackage.eNS_URI, NetworkPackage.eINSTANCE);
        rs.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(NeuronetResourceFactory.EXTENSION, new NeuronetResourceFactory());
        return rs;
    }

    /** Loads the network of {@code file} into a fresh resource set. */
    public static Network load(Path file) throws NetworkFileException {
        return load(file, newResourceSet());
    }

    /** Loads the network of {@code file} into {@code rs} (an editor's editing domain, for instance). */
    public static Network load(Path file, ResourceSet rs) throws NetworkFileException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = InputFiles.readBytes(file, "network file");
        } catch (FileProblem e) {
            throw new NetworkFileException(e.getMessage(), e);
        }
        if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 64)).isBlank()) {
            throw new NetworkFileException(name + " is empty: it contains no network.");
        }
        LocalReferences.confine(rs);
        Resource resource = rs.createResource(URI.createFileURI(file.toAbsolutePath().toString()),
                null);
        if (resource == null) {
            resource = new NeuronetResourceFactory().createResource(URI.createFileURI(file.toString()));
            rs.getResources().add(resource);
        }
        try {
            resource.load(new ByteArrayInputStream(bytes), rs.getLoadOptions());
        } catch (IOException | RuntimeException e) {
            rs.getResources().remove(resource);
            throw new NetworkFileException(name + " is not a valid network file: " + describe(e), e);
        }
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic d = resource.getErrors().get(0);
            rs.getResources().remove(resource);
            throw new NetworkFileException(name + " is not a valid network file: " + LoadProblems.describe(d));
        }
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (!(root instanceof Network network)) {
            rs.getResources().remove(resource);
            throw new NetworkFileException(name + " is not a network file: its root element is "
                    + (root == null ? "missing" : root.eClass().getName()) + ", expected Network.");
        }
        try {
            LocalReferences.check(resource, name);
        } catch (NetworkFileException e) {
            rs.getResources().remove(resource);
            throw e;
        }
        return network;
    }

    /**
     * Saves the network atomically to {@code file}. When the network is not in a resource yet it is put in
     * a new one (a copy is not made: the network stays the same object).
     */
    public static void save(Network network, Path file) throws NetworkFileException {
        String name = file.getFileName().toString();
        Resource resource = network.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
            resource.getContents().add(network);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            resource.save(xml, null);
        } catch (IOException e) {
            throw new NetworkFileException("Cannot write " + name + ": " + e.getMessage(), e);
        }
        try {
            OutputFiles.writeBytes(file, xml.toByteArray());
        } catch (FileProblem e) {
            throw new NetworkFileException(e.getMessage(), e);
        }
    }

    /** A deep copy of a network (for a run that must not see later edits, or for comparisons). */
    public static Network copy(Network network) {
        return EcoreUtil.copy(network);
    }

    private static String describe(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof SAXParseException sax) {
                String msg = sax.getMessage();
                if (msg != null && msg.contains("must start and end within the same entity")) {
                    msg = "the file is truncated (" + msg + ")";
                }
                return Terminal.clean(msg + " (line " + sax.getLineNumber() + ", column " + sax.getColumnNumber()
                        + ")");
            }
            if (c instanceof Resource.Diagnostic d) {
                return LoadProblems.describe(d);
            }
            if (c.getCause() == null || c.getCause() == c) {
                break;
            }
        }
        return "unreadable content (" + Terminal.clean(String.valueOf(e.getMessage())) + ")";
    }
}
