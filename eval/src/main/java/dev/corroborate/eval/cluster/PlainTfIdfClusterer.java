package dev.corroborate.eval.cluster;

import dev.corroborate.cluster.ArticleFeatures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline the issue names: single pass, TF-IDF vectors (same Lucene analysis as the real clusterer),
 * cosine to every story centroid so far, join the best above a threshold. No names, no embedding, no time,
 * no closing: its cost per article grows with the number of stories, which is what the benchmark shows.
 */
final class PlainTfIdfClusterer {

    private final double threshold;
    private final Map<String, Integer> df = new HashMap<>();
    private final List<Map<String, Double>> centroids = new ArrayList<>();
    private final List<Double> norms = new ArrayList<>();
    private long documents;

    PlainTfIdfClusterer(double threshold) {
        this.threshold = threshold;
    }

    /** Returns the index of the cluster the article joins. */
    int add(ArticleFeatures f) {
        documents++;
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Integer> e : f.terms().entrySet()) {
            int d = df.merge(e.getKey(), 1, Integer::sum);
            double w = e.getValue() * Math.log((documents + 1.0) / d);
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double n = Math.sqrt(norm);
        if (n > 0) v.replaceAll((k, w) -> w / n);
        int best = -1;
        double bestCos = -1;
        for (int c = 0; c < centroids.size(); c++) {
            if (norms.get(c) == 0) continue;
            double d = 0;
            Map<String, Double> centroid = centroids.get(c);
            for (Map.Entry<String, Double> e : v.entrySet()) {
                Double w = centroid.get(e.getKey());
                if (w != null) d += w * e.getValue();
            }
            double cos = d / Math.sqrt(norms.get(c));
            if (cos > bestCos) {
                bestCos = cos;
                best = c;
            }
        }
        if (best < 0 || bestCos < threshold) {
            centroids.add(new HashMap<>());
            norms.add(0.0);
            best = centroids.size() - 1;
        }
        Map<String, Double> centroid = centroids.get(best);
        v.forEach((k, w) -> centroid.merge(k, w, Double::sum));
        norms.set(best, centroid.values().stream().mapToDouble(w -> w * w).sum());
        return best;
    }
}
