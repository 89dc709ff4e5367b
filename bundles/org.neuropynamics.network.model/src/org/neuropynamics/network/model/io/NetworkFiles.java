package org.neuropynamics.network.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.ByteBuffer;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.neuropynamics.network.model.Network;
import org.neuropynamics.network.model.NetworkPackage;
import org.xml.sax.SAXParseException;

/**
 * Reads and writes {@code .neuronet} files. Loading never modifies the file; a broken file gives a
 * {@link NetworkFileException} naming the file and the problem. Saving is atomic: the XMI is written to a
 * temporary file next to the target, forced to disk, then renamed over it, so a crash never leaves a
 * half-written network. A new file gets the permissions of any file the user creates (the umask applies); a
 * replaced file keeps its permissions.
 */
public final class NetworkFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

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
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new NetworkFileException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        if (bytes.length == 0 || new String(bytes, 0, Math.min(bytes.length, 64)).isBlank()) {
            throw new NetworkFileException(name + " is empty: it contains no network.");
        }
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
            throw new NetworkFileException(name + " is not a valid network file: " + d.getMessage()
                    + " (line " + d.getLine() + ", column " + d.getColumn() + ")");
        }
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (!(root instanceof Network network)) {
            rs.getResources().remove(resource);
            throw new NetworkFileException(name + " is not a network file: its root element is "
                    + (root == null ? "missing" : root.eClass().getName()) + ", expected Network.");
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
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            // not Files.createTempFile: that makes the file 0600, and the network would keep that mode.
            // A channel opened with CREATE_NEW and no attribute gets the mode of any file the user makes
            // (0666 less the umask); a file that is replaced keeps its own permissions.
            tmp = newTemporary(dir, name);
            keepPermissions(file, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(xml.toByteArray());
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new NetworkFileException("Cannot write " + name + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and harmless
                }
            }
        }
    }

    /** A new empty hidden file next to the target, created with the user's default permissions. */
    private static Path newTemporary(Path dir, String name) throws IOException {
        for (int attempt = 0;; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Gives {@code tmp} the POSIX permissions of {@code file} when that exists (nothing elsewhere). */
    private static void keepPermissions(Path file, Path tmp) throws IOException {
        if (Files.exists(file) && Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Set<PosixFilePermission> old = Files.getPosixFilePermissions(file);
            Files.setPosixFilePermissions(tmp, old);
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
                return msg + " (line " + sax.getLineNumber() + ", column " + sax.getColumnNumber() + ")";
            }
            if (c.getCause() == null || c.getCause() == c) {
                return c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
            }
        }
        return e.toString();
    }
}
