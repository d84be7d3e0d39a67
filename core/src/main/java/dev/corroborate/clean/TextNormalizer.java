package dev.corroborate.clean;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Unicode and whitespace normalisation: NFC (composed accents; NFKC would not be used because it folds
 * characters that carry meaning), invisible characters out, every space-like character to a plain space,
 * line ends to "\n", runs of spaces to one. Curly quotes, dashes and ellipses are kept as written: quote
 * detection later tells “direct speech” by them.
 */
final class TextNormalizer {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern RUNS = Pattern.compile(" {2,}");
    private static final Pattern LINE_EDGES = Pattern.compile("(?m)^ +| +$");

    private TextNormalizer() {
    }

    static String normalize(String s) {
        String t = s.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        t = Normalizer.normalize(t, Normalizer.Form.NFC);
        t = INVISIBLE.matcher(t).replaceAll("");
        t = SPACES.matcher(t).replaceAll(" ");
        t = RUNS.matcher(t).replaceAll(" ");
        return LINE_EDGES.matcher(t).replaceAll("");
    }
}
