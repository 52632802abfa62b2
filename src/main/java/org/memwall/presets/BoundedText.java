package org.memwall.presets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a data file the user gave as text, within limits: only a regular file (a FIFO would block
 * for ever, {@code /dev/zero} never ends), at most a given number of bytes however large the file
 * claims to be, UTF-8 (a leading byte-order mark is dropped), and a problem in words that name
 * the line: "is not UTF-8 text (line 3)", not "Input length = 1".
 */
final class BoundedText {
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private BoundedText() {
    }

    /** The file's text; a {@link PresetFormatException} naming {@code displayName} when it cannot be used. */
    static String read(Path file, long maxBytes, String displayName) {
        if (Files.isDirectory(file)) {
            throw new PresetFormatException(displayName, 0, "is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new PresetFormatException(displayName, 0, Files.exists(file)
                    ? "is not a regular file (a pipe or a device cannot be read)" : "no such file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (IOException e) {
            throw new PresetFormatException(displayName, 0, "cannot read the file: " + reason(e));
        }
        if (bytes.length > maxBytes) {
            throw new PresetFormatException(displayName, 0, "is larger than " + size(maxBytes) + ", more than such a file needs");
        }
        return decode(bytes, displayName);
    }

    /** Strict UTF-8; a BOM at the start is dropped. */
    static String decode(byte[] bytes, String displayName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new PresetFormatException(displayName, lineAt(bytes, at), String.format(Locale.ROOT,
                    "is not UTF-8 text (byte 0x%02X at offset %d): save the file as UTF-8", bytes[at] & 0xff, at));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return withoutByteOrderMark(text);
    }

    static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static String size(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " kB";
    }

    private static String reason(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
