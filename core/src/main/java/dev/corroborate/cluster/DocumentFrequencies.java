package dev.corroborate.cluster;

import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies learned from the stream so far, and the TF-IDF weighting that uses them. Weights are
 * fixed when an article arrives, so story centroids are plain sums that never need re-weighting.
 */
final class DocumentFrequencies {

    private final Map<String, Integer> df = new HashMap<>();
    private final boolean binary;
    private long documents;

    /** {@code binary}: a term weighs its idf however often it occurs (for names, where the main actor's many
     * mentions would otherwise drown the secondary names that tell two similar events apart). */
    DocumentFrequencies(boolean binary) {
        this.binary = binary;
    }

    /** Counts the document, then returns its unit-length vector with weights (1 + ln tf) * idf. */
    Map<String, Double> addAndWeigh(Map<String, Integer> counts) {
        documents++;
        Map<String, Double> v = new HashMap<>(counts.size() * 2);
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int d = df.merge(e.getKey(), 1, Integer::sum);
            double w = (binary ? 1 : 1 + Math.log(e.getValue())) * (Math.log((documents + 1.0) / (d + 1.0)) + 1);
            v.put(e.getKey(), w);
            norm += w * w;
        }
        if (norm > 0) {
            double n = Math.sqrt(norm);
            v.replaceAll((k, w) -> w / n);
        }
        return v;
    }
}
