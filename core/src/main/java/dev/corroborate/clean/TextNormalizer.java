package dev.corroborate.clean;

import java.text.Normalizer;

/**
 * Unicode and whitespace normalisation: NFC (composed accents; not NFKC, which folds characters that
 * carry meaning), invisible characters out (controls, zero-width, soft hyphen, BOM), every space-like
 * character to a plain space, line ends to "\n", runs of spaces to one, no spaces at line edges. Curly
 * quotes, dashes and ellipses are kept as written: quote detection later tells “direct speech” by them.
 * One pass over the text: this runs on every article of a corpus.
 */
final class TextNormalizer {

    private TextNormalizer() {
    }

    static String normalize(String s) {
        String t = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(t.length());
        boolean pendingSpace = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\r') {
                if (i + 1 < t.length() && t.charAt(i + 1) == '\n') continue;
                c = '\n';
            }
            if (c == '\n' || c == '\u2028' || c == '\u2029') {
                pendingSpace = false; // no space before a line end
                out.append('\n');
            } else if (isSpace(c)) {
                pendingSpace = true;
            } else if (isInvisible(c)) {
                // dropped
            } else {
                if (pendingSpace && out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append(' ');
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c >= '\u2000' && c <= '\u200A'
                || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u000B' || c == '\f';
    }

    private static boolean isInvisible(char c) {
        return c < 0x20 || c >= 0x7F && c < 0xA0 || c == '\u00AD' || c >= '\u200B' && c <= '\u200D'
                || c == '\u2060' || c == '\uFEFF';
    }
}
