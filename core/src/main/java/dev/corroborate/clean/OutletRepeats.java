package dev.corroborate.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Boilerplate learned from a batch: a paragraph that recurs in most articles of one outlet (a footer seen
 * in 5 of its 6 articles) is the outlet's template, not news. Copies of one article (same paragraphs
 * throughout) do not count as different articles, so a story syndicated or re-sent unchanged keeps its
 * text. Comparison ignores case, spacing and digits (footers carry years and counts).
 */
final class OutletRepeats {

    /** An outlet needs this many different articles in the batch before anything is learned from it. */
    static final int MIN_ARTICLES = 3;
    /** Share of an outlet's different articles a paragraph must appear in. */
    static final double MIN_SHARE = 0.5;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private OutletRepeats() {
    }

    /**
     * For each article (by index, same order as {@code paragraphs}), the set of its paragraph indexes that
     * are outlet boilerplate, with the reason.
     */
    static List<Map<Integer, String>> find(List<String> outlets, List<List<String>> paragraphs) {
        List<Map<Integer, String>> result = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) result.add(new HashMap<>());
        Map<String, List<Integer>> byOutlet = new HashMap<>();
        for (int i = 0; i < outlets.size(); i++) {
            byOutlet.computeIfAbsent(outlets.get(i) == null ? "" : outlets.get(i), k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> e : byOutlet.entrySet()) {
            List<Integer> members = e.getValue();
            if (members.size() < MIN_ARTICLES) continue;
            // Distinct articles by their whole content; key -> set of distinct article fingerprints holding it.
            Map<String, Set<Integer>> holders = new HashMap<>();
            Set<Integer> distinct = new HashSet<>();
            for (int i : members) {
                List<String> keys = paragraphs.get(i).stream().map(OutletRepeats::key).toList();
                int fingerprint = keys.hashCode();
                distinct.add(fingerprint);
                for (String k : new HashSet<>(keys)) {
                    if (!k.isEmpty()) holders.computeIfAbsent(k, x -> new HashSet<>()).add(fingerprint);
                }
            }
            int n = distinct.size();
            if (n < MIN_ARTICLES) continue;
            Map<String, Integer> repeated = new HashMap<>();
            holders.forEach((k, h) -> {
                if (h.size() >= MIN_ARTICLES && h.size() >= MIN_SHARE * n) repeated.put(k, h.size());
            });
            if (repeated.isEmpty()) continue;
            for (int i : members) {
                List<String> paras = paragraphs.get(i);
                Map<Integer, String> hits = new HashMap<>();
                for (int j = 0; j < paras.size(); j++) {
                    Integer c = repeated.get(key(paras.get(j)));
                    if (c != null) {
                        hits.put(j, "repeated in " + c + " of " + n + " articles from " + (e.getKey().isEmpty() ? "this outlet" : e.getKey()));
                    }
                }
                // Never empty an article: if every paragraph repeats, these are copies, not a template.
                if (hits.size() < paras.size()) result.get(i).putAll(hits);
            }
        }
        return result;
    }

    static String key(String paragraph) {
        String k = NON_WORD.matcher(DIGITS.matcher(paragraph.toLowerCase(Locale.ROOT)).replaceAll("0")).replaceAll(" ").strip();
        return k;
    }
}
