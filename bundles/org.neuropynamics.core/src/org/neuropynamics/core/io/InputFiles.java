package org.neuropynamics.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the one file a command or editor was given, and nothing else: a regular file (not a device or a pipe,
 * so {@code /dev/zero} is refused rather than read forever), of bounded size, decoded strictly as UTF-8 with
 * an optional byte-order mark. Every failure is a {@link FileProblem} naming the file and the reason.
 */
public final class InputFiles {

    /** The largest model or network file read: 64 MiB (the largest shipped example is under 100 KiB). */
    public static final long MAX_BYTES = 64L << 20;

    private InputFiles() {
    }

    /** The bytes of {@code file} (at most {@link #MAX_BYTES}); {@code what} names it in messages ("model file"). */
    public static byte[] readBytes(Path file, String what) throws FileProblem {
        String name = file.toString();
        if (!Files.exists(file)) {
            throw new FileProblem("cannot read " + what + " " + name + ": no such file or folder");
        }
        if (Files.isDirectory(file)) {
            throw new FileProblem("cannot read " + what + " " + name + ": it is a folder");
        }
        if (!Files.isRegularFile(file)) {
            throw new FileProblem("cannot read " + what + " " + name + ": not a regular file (a device or pipe)");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new FileProblem("cannot read " + what + " " + name + ": it is " + (size >> 20)
                        + " MiB; the limit is " + (MAX_BYTES >> 20) + " MiB");
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new FileProblem("cannot read " + what + " " + name + ": it grew past the limit of "
                            + (MAX_BYTES >> 20) + " MiB while being read");
                }
                return bytes;
            }
        } catch (FileProblem e) {
            throw e;
        } catch (IOException e) {
            throw new FileProblem("cannot read " + what + " " + name + ": " + FileReasons.reason(e), e);
        }
    }

    /** The text of {@code file}: strict UTF-8, a leading byte-order mark dropped. */
    public static String readText(Path file, String what) throws FileProblem {
        return decode(readBytes(file, what), what + " " + file);
    }

    /**
     * Decodes {@code bytes} as strict UTF-8, dropping a leading byte-order mark; a malformed byte is reported with
     * its line and byte offset (Latin-1 files are the usual cause).
     */
    public static String decode(byte[] bytes, String where) throws FileProblem {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new FileProblem("cannot read " + where + ": it is not UTF-8 text (byte 0x"
                    + Integer.toHexString(bytes[offset] & 0xff) + " at line " + line + ", byte offset " + offset
                    + "); save it as UTF-8");
        }
        out.flip();
        return out.toString();
    }

    /** True when {@code a} and {@code b} are the same file on disk (links followed); false when either is missing. */
    public static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
