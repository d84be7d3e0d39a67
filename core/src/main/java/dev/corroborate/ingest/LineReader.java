package dev.corroborate.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Lines of a stream as UTF-8, one at a time, with a cap on a line's length: a longer line is skipped
 * without being held in memory and reported as {@link #TOO_LONG}. Not thread-safe.
 */
final class LineReader {

    /** Returned (by identity) for a line over the cap; its bytes were skipped. */
    static final String TOO_LONG = new String("\u0000too long");

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private byte[] line = new byte[1024];

    LineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line without its terminator, or null at the end of the stream. */
    String next() throws IOException {
        int len = 0;
        boolean any = false;
        boolean tooLong = false;
        while (true) {
            if (pos == end) {
                end = in.read(buf, 0, buf.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    if (!any) return null;
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < end && buf[pos] != '\n') pos++;
            int chunk = pos - start;
            if (!tooLong && (long) len + chunk > maxLineBytes) tooLong = true;
            if (!tooLong) {
                if (len + chunk > line.length) line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, len + chunk));
                System.arraycopy(buf, start, line, len, chunk);
                len += chunk;
            }
            if (pos < end) {
                pos++; // the '\n'
                break;
            }
        }
        if (tooLong) return TOO_LONG;
        if (len > 0 && line[len - 1] == '\r') len--;
        String s = new String(line, 0, len, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') < 0) return s;
        // Malformed UTF-8 (or a real U+FFFD): let the decoder find the line's charset.
        try {
            return Decoder.decode(java.util.Arrays.copyOf(line, len), false).text();
        } catch (java.nio.charset.CharacterCodingException e) {
            return s;
        }
    }
}
