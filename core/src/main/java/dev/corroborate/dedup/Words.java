package dev.corroborate.dedup;

import java.util.Arrays;

/**
 * Normalised words of a text as 64-bit hashes: lower case, runs of Unicode letters and digits, everything
 * else (punctuation, quotes, spaces) a separator. Hashing while scanning avoids building word strings,
 * which is what makes the signature step fast.
 */
final class Words {

    private Words() {
    }

    /** The word hashes of {@code text}, in order. */
    static long[] hashes(String text) {
        long[] out = new long[Math.max(16, text.length() / 5)];
        int n = 0;
        long h = 0;
        boolean inWord = false;
        for (int i = 0, len = text.length(); i < len; ) {
            char c = text.charAt(i);
            int cp;
            boolean word;
            if (c < 128) {
                // ASCII fast path: most news text, and the hot loop of the signature step.
                i++;
                cp = c >= 'A' && c <= 'Z' ? c + 32 : c;
                word = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
            } else {
                cp = text.codePointAt(i);
                i += Character.charCount(cp);
                word = Character.isLetterOrDigit(cp);
                if (word) cp = Character.toLowerCase(cp);
            }
            if (word) {
                // FNV-1a over lower-cased code points; finished by mix() below.
                h = (h ^ cp) * 0x100000001b3L;
                inWord = true;
            } else if (inWord) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = mix(h);
                h = 0;
                inWord = false;
            }
        }
        if (inWord) {
            if (n == out.length) out = Arrays.copyOf(out, n + 1);
            out[n++] = mix(h);
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** The murmur3 64-bit finaliser: spreads every input bit over the whole hash. */
    static long mix(long z) {
        z ^= z >>> 33;
        z *= 0xff51afd7ed558ccdL;
        z ^= z >>> 33;
        z *= 0xc4ceb9fe1a85ec53L;
        z ^= z >>> 33;
        return z;
    }

    /** Hash of the {@code k} words starting at {@code from}; order matters. */
    static long shingle(long[] words, int from, int k) {
        long h = 0x9e3779b97f4a7c15L;
        for (int j = 0; j < k; j++) {
            h = Long.rotateLeft(h, 23) * 0x9e3779b97f4a7c15L + words[from + j];
        }
        return mix(h);
    }
}
