package dev.corroborate.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokens, content words and a light stemmer shared by the compare stage. */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

    static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
            "as", "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "it", "its", "this",
            "that", "these", "those", "he", "she", "they", "them", "his", "her", "their", "we", "our", "you",
            "i", "not", "no", "will", "would", "could", "should", "can", "may", "might", "also", "said", "says",
            "after", "before", "about", "into", "over", "than", "then", "there", "which", "who", "whom", "what",
            "when", "where", "while", "so", "if", "up", "out", "more", "most", "some", "such", "do", "did",
            "does", "all", "any", "both", "each", "other", "s", "mr", "mrs", "ms", "told", "according");

    private Words() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        return out;
    }

    /** Lower-cased, stemmed words that carry content (no stop words). */
    static List<String> content(String text) {
        List<String> out = new ArrayList<>();
        for (String t : tokens(text)) {
            if (t.endsWith("'s")) t = t.substring(0, t.length() - 2);
            if (!STOP.contains(t) && t.length() > 1) out.add(stem(t));
        }
        return out;
    }

    /** Enough of a stemmer to fold plurals and -ing/-ed forms; precision over coverage. */
    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 5 && w.endsWith("ing")) return w.substring(0, w.length() - 3);
        if (w.length() > 4 && w.endsWith("ed")) return w.substring(0, w.length() - 2);
        if (w.length() > 3 && w.endsWith("es") && (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes")))
            return w.substring(0, w.length() - 2);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) return w.substring(0, w.length() - 1);
        return w;
    }

    static double jaccard(java.util.Collection<String> a, java.util.Collection<String> b) {
        Set<String> sa = Set.copyOf(a), sb = Set.copyOf(b);
        if (sa.isEmpty() || sb.isEmpty()) return 0;
        int inter = 0;
        for (String s : sa) if (sb.contains(s)) inter++;
        return inter / (double) (sa.size() + sb.size() - inter);
    }
}
