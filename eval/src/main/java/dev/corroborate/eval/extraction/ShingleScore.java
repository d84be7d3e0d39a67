package dev.corroborate.eval.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric for one page: word 4-gram shingles (tokens = {@code \w+}, Unicode,
 * case kept) counted as multisets, tp/fp/fn normalised to sum 1 so that long pages weigh no more than short ones.
 */
public record ShingleScore(double tp, double fp, double fn) {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    public static ShingleScore of(String gold, String predicted) {
        Map<List<String>, Integer> g = shingles(gold);
        Map<List<String>, Integer> p = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(g.keySet());
        keys.addAll(p.keySet());
        double tp = 0, fp = 0, fn = 0;
        for (List<String> k : keys) {
            int gc = g.getOrDefault(k, 0), pc = p.getOrDefault(k, 0);
            tp += Math.min(gc, pc);
            fp += Math.max(0, pc - gc);
            fn += Math.max(0, gc - pc);
        }
        double s = tp + fp + fn;
        return s > 0 ? new ShingleScore(tp / s, fp / s, fn / s) : new ShingleScore(0, 0, 0);
    }

    /** Precision, or NaN where nothing was predicted (such pages are left out of the precision average). */
    public double precision() {
        if (fp == 0 && fn == 0) return 1;
        return tp + fp > 0 ? tp / (tp + fp) : Double.NaN;
    }

    /** Recall, or NaN where the gold is empty (left out of the recall average). */
    public double recall() {
        if (fp == 0 && fn == 0) return 1;
        return tp + fn > 0 ? tp / (tp + fn) : Double.NaN;
    }

    public double f1() {
        double p = nanToZero(precision()), r = nanToZero(recall());
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double nanToZero(double x) {
        return Double.isNaN(x) ? 0 : x;
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    // Like the reference: a text shorter than N tokens is one shingle of what it has.
    private static Map<List<String>, Integer> shingles(String text) {
        List<String> t = tokens(text);
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, t.size() - N + 1); i++) {
            List<String> sh = t.subList(i, Math.min(t.size(), i + N));
            if (!sh.isEmpty()) out.merge(List.copyOf(sh), 1, Integer::sum);
        }
        return out;
    }
}
