package org.memwall.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The command line's standard output or error: text through its charset, and text known to be
 * plain ASCII (a grid's CSV rows) written as bytes when the charset writes ASCII as ASCII, so a
 * million rows are not turned into characters and back into the same bytes.
 */
public final class StandardOutput extends PrintWriter {
    private static final String PRINTABLE_ASCII;

    static {
        StringBuilder b = new StringBuilder("\r\n\t");
        for (char c = ' '; c < 127; c++) {
            b.append(c);
        }
        PRINTABLE_ASCII = b.toString();
    }

    private final OutputStream stream;
    private final boolean asciiAsIs;

    public StandardOutput(OutputStream stream, Charset charset) {
        super(new OutputStreamWriter(stream, charset), true);
        this.stream = stream;
        this.asciiAsIs = Arrays.equals(PRINTABLE_ASCII.getBytes(charset), PRINTABLE_ASCII.getBytes(StandardCharsets.US_ASCII));
    }

    /** Writes ASCII text given as its bytes; a failure is kept for {@link #checkError()} like any other. */
    public void writeAscii(byte[] text) {
        if (!asciiAsIs) {
            write(new String(text, StandardCharsets.US_ASCII));
            return;
        }
        synchronized (lock) {
            // what was printed as text goes first
            flush();
            try {
                stream.write(text);
            } catch (IOException e) {
                setError();
            }
        }
    }

    /** ASCII text to any writer: as bytes to a standard output, else as characters. */
    static void writeAscii(PrintWriter out, byte[] text) {
        if (out instanceof StandardOutput s) {
            s.writeAscii(text);
        } else {
            out.write(new String(text, StandardCharsets.US_ASCII));
        }
    }
}
