package org.neuropynamics.core.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The operating system's reason for a failed file operation, in words. Java's file exceptions carry the path as
 * their message and the reason only in their type ({@link AccessDeniedException}) or in
 * {@link FileSystemException#getReason()}; users need the reason, not the class name.
 */
public final class FileReasons {

    private FileReasons() {
    }

    /** The reason of {@code e} in a few words, e.g. "permission denied", "no space left on device". */
    public static String reason(IOException e) {
        if (e instanceof FileProblem) {
            return e.getMessage();
        }
        if (e instanceof CharacterCodingException) {
            return "it is not UTF-8 text";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null && !fs.getReason().isBlank()) {
            return lowerFirst(fs.getReason());
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        if (e instanceof FileSystemLoopException) {
            return "too many levels of symbolic links";
        }
        String m = e.getMessage();
        if (m == null || m.isBlank() || e instanceof FileSystemException) {
            return "input/output error";
        }
        return lowerFirst(m.lines().findFirst().orElse(m));
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
