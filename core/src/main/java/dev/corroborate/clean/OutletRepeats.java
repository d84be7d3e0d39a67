package dev.corroborate.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Boilerplate learned from a batch: a paragraph that recurs in most articles of one outlet (a footer seen
 * in 5 of its 6 articles) is the outlet's template, not news. What news shares is kept: articles that also
 * share other text (copies of one report, wire copy re-used by several outlets filed under one folder)
 * count once, and direct speech is never a template. Comparison ignores case, spacing and digits (footers
 * carry years and counts).
 */
final class OutletRepeats {

    /** A paragraph must recur in this many unrelated articles of the outlet. */
    static final int MIN_ARTICLES = 3;
    /** ... and in this share of the outlet's different articles. */
    static final double MIN_SHARE = 0.5;
    /** Articles sharing this many recurring paragraphs are related (copies), not template users. */
    static final int RELATED_SHARED = 3;
    /** Above this many articles an outlet is large enough that its majority paragraphs are its template. */
    static final int PAIRWISE_LIMIT = 300;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPEECH = Pattern.compile("[“”]|\"[^\"]{3,}\"");

    private OutletRepeats() {
    }

    /** For each article (same order as {@code paragraphs}): its template paragraphs by index, with the reason. */
    static List<Map<Integer, String>> find(List<String> outlets, List<List<String>> paragraphs) {
        List<Map<Integer, String>> result = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) result.add(new HashMap<>());
        Map<String, List<Integer>> byOutlet = new LinkedHashMap<>();
        for (int i = 0; i < outlets.size(); i++) {
            byOutlet.computeIfAbsent(outlets.get(i) == null ? "" : outlets.get(i), k -> new ArrayList<>()).add(i);
        }
        byOutlet.forEach((outlet, members) -> {
            if (members.size() >= MIN_ARTICLES) learn(outlet, members, paragraphs, result);
        });
        return result;
    }

    private static void learn(String outlet, List<Integer> members, List<List<String>> paragraphs,
                              List<Map<Integer, String>> result) {
        // Distinct articles by whole content; exact copies are one article.
        Map<List<String>, Integer> distinctIds = new HashMap<>();
        List<Set<String>> distinctKeys = new ArrayList<>();
        Map<Integer, Integer> articleToDistinct = new HashMap<>();
        for (int i : members) {
            List<String> keys = paragraphs.get(i).stream().map(OutletRepeats::key).toList();
            Integer d = distinctIds.get(keys);
            if (d == null) {
                d = distinctKeys.size();
                distinctIds.put(keys, d);
                distinctKeys.add(new HashSet<>(keys));
            }
            articleToDistinct.put(i, d);
        }
        int n = distinctKeys.size();
        if (n < MIN_ARTICLES) return;
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int d = 0; d < n; d++) {
            for (String k : distinctKeys.get(d)) {
                if (!k.isEmpty()) holders.computeIfAbsent(k, x -> new ArrayList<>()).add(d);
            }
        }
        Set<String> candidates = new HashSet<>();
        holders.forEach((k, h) -> {
            if (h.size() >= MIN_ARTICLES && h.size() >= MIN_SHARE * n) candidates.add(k);
        });
        if (candidates.isEmpty()) return;
        int[] parent = relatedGroups(n, holders, candidates);
        Map<String, Integer> templates = new HashMap<>();
        for (String k : candidates) {
            Set<Integer> groups = new HashSet<>();
            for (int d : holders.get(k)) groups.add(find(parent, d));
            if (groups.size() >= MIN_ARTICLES && groups.size() >= MIN_SHARE * n) templates.put(k, holders.get(k).size());
        }
        for (int i : articleToDistinct.keySet()) {
            List<String> paras = paragraphs.get(i);
            Map<Integer, String> hits = new HashMap<>();
            for (int j = 0; j < paras.size(); j++) {
                if (SPEECH.matcher(paras.get(j)).find()) continue;
                Integer c = templates.get(key(paras.get(j)));
                if (c != null) {
                    hits.put(j, "repeated in " + c + " of " + n + " articles from " + (outlet.isEmpty() ? "this outlet" : outlet));
                }
            }
            if (hits.size() < paras.size()) result.get(i).putAll(hits); // never empty an article
        }
    }

    /**
     * Union-find over distinct articles: two are related when they share a paragraph that is no template
     * candidate, or at least {@link #RELATED_SHARED} candidates (copies share body text; template users
     * share only the template).
     */
    private static int[] relatedGroups(int n, Map<String, List<Integer>> holders, Set<String> candidates) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        holders.forEach((k, h) -> {
            if (h.size() > 1 && !candidates.contains(k)) {
                for (int d : h) union(parent, h.get(0), d);
            }
        });
        if (n <= PAIRWISE_LIMIT) {
            Map<Long, Integer> shared = new HashMap<>();
            for (String k : candidates) {
                List<Integer> h = holders.get(k);
                for (int a = 0; a < h.size(); a++) {
                    for (int b = a + 1; b < h.size(); b++) {
                        long pair = (long) h.get(a) * n + h.get(b);
                        if (shared.merge(pair, 1, Integer::sum) == RELATED_SHARED) union(parent, h.get(a), h.get(b));
                    }
                }
            }
        }
        return parent;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    static String key(String paragraph) {
        return NON_WORD.matcher(DIGITS.matcher(paragraph.toLowerCase(Locale.ROOT)).replaceAll("0")).replaceAll(" ").strip();
    }
}
