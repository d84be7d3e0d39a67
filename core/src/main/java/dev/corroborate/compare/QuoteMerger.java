package dev.corroborate.compare;

import dev.corroborate.model.Dossier.Quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges one quotation reported by several articles, also when one quotes only a part of it: two
 * quotes are one when most of the shorter one's word pairs occur in the longer one. The merged quote
 * keeps the longest wording and the fullest speaker name among those that agree.
 */
final class QuoteMerger {

    private QuoteMerger() {
    }

    static List<Quote> merge(List<QuoteExtractor.Found> found) {
        List<List<QuoteExtractor.Found>> groups = new ArrayList<>();
        List<Set<String>> grams = new ArrayList<>();
        for (QuoteExtractor.Found f : found) {
            Set<String> g = bigrams(f.text());
            int match = -1;
            for (int i = 0; i < groups.size() && match < 0; i++) if (same(g, grams.get(i))) match = i;
            if (match < 0) {
                groups.add(new ArrayList<>(List.of(f)));
                grams.add(g);
            } else {
                groups.get(match).add(f);
                if (g.size() > grams.get(match).size()) grams.set(match, g);
            }
        }
        List<Quote> out = new ArrayList<>();
        for (List<QuoteExtractor.Found> g : groups) {
            String text = "";
            List<String> sources = new ArrayList<>();
            for (QuoteExtractor.Found f : g) {
                if (f.text().length() > text.length()) text = f.text();
                if (!sources.contains(f.article())) sources.add(f.article());
            }
            out.add(new Quote(text, speaker(g), sources));
        }
        return out;
    }

    /** The speaker most articles agree on (spellings folded), in its fullest form. */
    private static String speaker(List<QuoteExtractor.Found> g) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (QuoteExtractor.Found f : g) {
            if (f.speaker().isEmpty()) continue;
            String key = null;
            for (String k : byKey.keySet()) if (SpeakerNames.same(k, f.speaker())) key = k;
            byKey.computeIfAbsent(key == null ? f.speaker() : key, k -> new ArrayList<>()).add(f.speaker());
        }
        List<String> best = List.of();
        for (List<String> names : byKey.values()) {
            long named = names.stream().filter(SpeakerNames::hasCapital).count();
            long bestNamed = best.stream().filter(SpeakerNames::hasCapital).count();
            if (named > bestNamed || named == bestNamed && names.size() > best.size()) best = names;
        }
        return best.isEmpty() ? "" : SpeakerNames.fullest(best);
    }

    private static boolean same(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        Set<String> small = a.size() <= b.size() ? a : b, large = small == a ? b : a;
        int inter = 0;
        for (String s : small) if (large.contains(s)) inter++;
        return inter >= 2 && inter >= 0.7 * small.size();
    }

    private static Set<String> bigrams(String text) {
        List<String> t = Words.tokens(text);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < t.size(); i++) out.add(t.get(i) + " " + t.get(i + 1));
        if (t.size() == 1) out.add(t.getFirst());
        return out;
    }
}
