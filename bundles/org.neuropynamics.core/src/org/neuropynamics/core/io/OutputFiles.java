package org.neuropynamics.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes an output file so that nothing is ever half-written or lost: the content goes to a hidden temporary file
 * in the target's folder, is forced to disk, then renamed over the target in one atomic step. A crash, a
 * {@code kill -9} or a full disk leaves the old file as it was; two writers of the same file each write their own
 * temporary file and the last complete one wins.
 * <p>
 * Before writing it refuses, with a {@link FileProblem} naming the file and the reason: a missing folder, a
 * folder as target, an existing file the user cannot write (a rename would replace it regardless of its mode),
 * and a target that is one of the command's input files. A new file gets the permissions of the user's umask
 * (like any program's output), an existing one keeps its own.
 */
public final class OutputFiles {

    /** Writes the content of an output file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private OutputFiles() {
    }

    /** Writes {@code text} as UTF-8; see {@link #write(Path, Content, Path...)}. */
    public static void writeString(Path target, String text, Path... inputs) throws FileProblem {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        write(target, out -> out.write(bytes), inputs);
    }

    /** Writes {@code bytes}; see {@link #write(Path, Content, Path...)}. */
    public static void writeBytes(Path target, byte[] bytes, Path... inputs) throws FileProblem {
        write(target, out -> out.write(bytes), inputs);
    }

    /**
     * Writes {@code target} atomically.
     *
     * @param inputs the files the command reads; the target may not be one of them
     */
    public static void write(Path target, Content content, Path... inputs) throws FileProblem {
        Path file = checkWritable(target, inputs);
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + file.getFileName() + "." + HexFormat.of().toHexDigits(RANDOM.nextLong())
                + ".tmp");
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            keepPermissions(file, tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (FileProblem e) {
            throw e;
        } catch (IOException e) {
            throw new FileProblem("cannot write " + target + ": " + FileReasons.reason(e), e);
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a hidden temporary file is left; the target is untouched either way
                }
            }
        }
    }

    /**
     * Checks that {@code target} may be written and returns the file to replace (a symbolic link's target, so that
     * the link stays a link).
     */
    public static Path checkWritable(Path target, Path... inputs) throws FileProblem {
        Path file = target;
        try {
            if (Files.isSymbolicLink(file) && Files.exists(file)) {
                file = file.toRealPath();
            }
        } catch (IOException e) {
            throw new FileProblem("cannot write " + target + ": " + FileReasons.reason(e), e);
        }
        Path name = file.getFileName();
        Path dir = file.toAbsolutePath().getParent();
        if (name == null || dir == null) {
            throw new FileProblem("cannot write " + target + ": not a file name");
        }
        if (!Files.isDirectory(dir)) {
            throw new FileProblem("cannot write " + target + ": " + (Files.exists(dir) ? "" + dir
                    + " is not a folder" : "no such folder " + dir));
        }
        if (Files.isDirectory(file)) {
            throw new FileProblem("cannot write " + target + ": it is a folder");
        }
        if (Files.exists(file)) {
            for (Path input : inputs) {
                if (input != null && InputFiles.sameFile(file, input)) {
                    throw new FileProblem("refusing to write " + target + ": it is the input "
                            + input.getFileName() + " (the command reads it); choose another output file");
                }
            }
            if (!Files.isRegularFile(file)) {
                throw new FileProblem("cannot write " + target + ": not a regular file");
            }
            if (!Files.isWritable(file) || readOnlyMode(file)) {
                throw new FileProblem("cannot write " + target + ": permission denied (the file is read-only;"
                        + " it was left as it is)");
            }
        }
        if (!Files.isWritable(dir)) {
            throw new FileProblem("cannot write " + target + ": permission denied (folder " + dir + ")");
        }
        return file;
    }

    /**
     * True when the file's mode has no owner write bit: read-only by intent, refused even for root (who could
     * write it; {@link Files#isWritable} says yes then).
     */
    private static boolean readOnlyMode(Path file) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            return view != null && !view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
        } catch (IOException e) {
            return false;
        }
    }

    private static void keepPermissions(Path existing, Path tmp) throws IOException {
        if (!Files.exists(existing)) {
            return; // the temporary file was created with the umask's permissions
        }
        PosixFileAttributeView from = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (from != null && to != null) {
            to.setPermissions(from.readAttributes().permissions());
        }
    }
}
