package io.agenticapi.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The guest's stdout or stderr: keeps the first bytes up to a cap and silently drops the rest, so a flood of
 * output cannot exhaust the JVM. {@link #text()} cuts at the character cap and says so.
 */
final class CappedOutput extends OutputStream {

    private final int maxChars;
    private final int maxBytes;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long total;

    CappedOutput(int maxChars) {
        this.maxChars = maxChars;
        this.maxBytes = Math.multiplyExact(maxChars, 4) + 4; // UTF-8 needs at most 4 bytes per char
    }

    @Override
    public synchronized void write(int b) {
        total++;
        if (kept.size() < maxBytes) {
            kept.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        total += length;
        int room = maxBytes - kept.size();
        if (room > 0) {
            kept.write(bytes, offset, Math.min(room, length));
        }
    }

    synchronized void reset() {
        kept.reset();
        total = 0;
    }

    /** Everything written so far, cut at the cap with a visible marker. */
    synchronized String text() {
        String text = kept.toString(StandardCharsets.UTF_8);
        boolean cut = total > kept.size() || text.length() > maxChars;
        if (!cut) {
            return text;
        }
        String head = text.length() > maxChars ? text.substring(0, maxChars) : text;
        return head + (head.endsWith("\n") ? "" : "\n") + "...[output truncated at " + maxChars + " chars]";
    }
}
