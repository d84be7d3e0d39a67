package dev.corroborate.spark;

import dev.corroborate.model.Article;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Candidate blocking terms for stories: the names an article leads with. Reports of one event name the
 * same people and places near the top; the job keeps only the rare ones (by document frequency) as keys.
 * This is blocking, not clustering: core's clusterer still decides inside each block.
 */
final class Blocking {

    /** Sentences of the body that name the event (lead), besides the title. */
    static final int LEAD_SENTENCES = 3;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’.-]*");

    private Blocking() {
    }

    /** Capitalised words of the title and lead that do not open a sentence, lower-cased. */
    static Set<String> terms(Article a) {
        Set<String> out = new TreeSet<>();
        if (a.title() != null) names(a.title(), out);
        List<String> lead = a.sentences().subList(0, Math.min(LEAD_SENTENCES, a.sentences().size()));
        for (String s : lead) names(s, out);
        return out;
    }

    private static void names(String sentence, Set<String> out) {
        Matcher m = WORD.matcher(sentence);
        boolean first = true;
        while (m.find()) {
            String w = m.group();
            while (w.endsWith(".") || w.endsWith("-") || w.endsWith("'") || w.endsWith("’")) w = w.substring(0, w.length() - 1);
            if (!first && w.length() >= 3 && Character.isUpperCase(w.charAt(0))) out.add(w.toLowerCase(Locale.ROOT));
            first = false;
        }
    }
}
