package org.memwall.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Standard output: text through its charset, ASCII rows as bytes, in the order they were written. */
class StandardOutputTest {

    @Test
    void asciiBytesFollowTheTextPrintedBefore() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StandardOutput out = new StandardOutput(bytes, StandardCharsets.UTF_8);
        out.print("Groq LPU, 1 µs");
        out.writeAscii("1,2,3\n".getBytes(StandardCharsets.US_ASCII));
        out.print("é");
        out.flush();
        assertEquals("Groq LPU, 1 µs1,2,3\né", bytes.toString(StandardCharsets.UTF_8));
        assertFalse(out.checkError());
    }

    /** A charset that does not write ASCII as ASCII (UTF-16) still gets the text right. */
    @Test
    void anyOtherCharsetEncodesTheRowsToo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Charset utf16 = StandardCharsets.UTF_16BE;
        StandardOutput out = new StandardOutput(bytes, utf16);
        out.writeAscii("0.5,1,true\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        assertArrayEquals("0.5,1,true\n".getBytes(utf16), bytes.toByteArray());
    }

    @Test
    void aClosedOutputIsAnErrorAsForText() {
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("closed");
            }
        };
        StandardOutput out = new StandardOutput(closed, StandardCharsets.UTF_8);
        out.writeAscii("1,2\n".getBytes(StandardCharsets.US_ASCII));
        assertTrue(out.checkError());
    }
}
