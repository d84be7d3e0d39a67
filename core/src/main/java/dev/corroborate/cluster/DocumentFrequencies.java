package dev.corroborate.cluster;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;


/**
 * Document frequencies learned from the stream so far, and the TF-IDF weighting that uses them. Weights are
 * fixed when an article arrives, so story centroids are plain sums that never need re-weighting.
 */
final class DocumentFrequencies {

    private final Map<String, Integer> terms = new HashMap<>();
    private final Map<String, Integer> names = new HashMap<>();
    private long documents;

    /** Counts one original and returns the stream as of it (itself included), with the given clock. */
    StreamState add(ArticleFeatures f, java.time.Instant clock) {
        documents++;
        return new StreamState(documents, count(terms, f.terms()), count(names, f.names()), clock, Map.of());
    }

    private static Map<String, Integer> count(Map<String, Integer> df, Map<String, Integer> of) {
        Map<String, Integer> out = new HashMap<>(of.size() * 2);
        for (String k : of.keySet()) out.put(k, df.merge(k, 1, Integer::sum));
        return out;
    }

    /**
     * The unit-length vector with weights (1 + ln tf) * idf, or idf alone when {@code binary} (names: the
     * main actor's many mentions would otherwise drown the secondary names that tell two similar events
     * apart). Summed in key order, so that the same counts give the same bits whichever way the map came.
     */
    static Map<String, Double> weigh(Map<String, Integer> counts, Map<String, Integer> df, long documents,
                                     boolean binary) {
        Map<String, Double> v = new HashMap<>(counts.size() * 2);
        double norm = 0;
        String[] keys = counts.keySet().toArray(String[]::new);
        Arrays.sort(keys);
        for (String k : keys) {
            double w = (binary ? 1 : 1 + Math.log(counts.get(k))) * (Math.log((documents + 1.0) / (df.get(k) + 1.0)) + 1);
            v.put(k, w);
            norm += w * w;
        }
        if (norm > 0) {
            double n = Math.sqrt(norm);
            v.replaceAll((k, w) -> w / n);
        }
        return v;
    }
}
