package org.attune.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lines of bytes (LF or CRLF) without ever holding more than {@code maxBytes} of one line: a longer line is
 * skipped to its end and reported as too long, so one bad record cannot exhaust memory or stop a batch.
 */
final class BoundedLineReader {
    /** One line: its bytes, or null with {@code tooLong} set when it was over the limit. */
    record Line(int number, byte[] bytes, boolean tooLong) {
    }

    private final InputStream in;
    private final int maxBytes;
    private int number;

    BoundedLineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of input. */
    Line next() throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean any = false;
        int b;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (!tooLong) {
                if (buf.size() >= maxBytes) {
                    tooLong = true;
                    buf = new ByteArrayOutputStream();
                } else {
                    buf.write(b);
                }
            }
        }
        if (!any) {
            return null;
        }
        number++;
        if (tooLong) {
            return new Line(number, null, true);
        }
        byte[] bytes = buf.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
        }
        return new Line(number, bytes, false);
    }
}
