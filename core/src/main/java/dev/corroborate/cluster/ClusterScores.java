package dev.corroborate.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise and BCubed precision, recall and F1 of a clustering against gold labels.
 *
 * <p>Pairwise counts article pairs put together; BCubed (Bagga and Baldwin 1998) averages, per article, the
 * share of its predicted cluster that shares its gold label (precision) and the share of its gold cluster
 * that it was put with (recall).
 */
public record ClusterScores(double pairP, double pairR, double pairF1, double b3P, double b3R, double b3F1,
                            int clusters, int goldClusters) {

    /** {@code predicted} and {@code gold} give each article's label, in the same order. */
    public static ClusterScores of(List<String> predicted, List<String> gold) {
        if (predicted.size() != gold.size()) throw new IllegalArgumentException("label lists differ in length");
        int n = predicted.size();
        Map<String, Integer> p = new HashMap<>(), g = new HashMap<>(), both = new HashMap<>();
        for (int i = 0; i < n; i++) {
            p.merge(predicted.get(i), 1, Integer::sum);
            g.merge(gold.get(i), 1, Integer::sum);
            both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
        }
        long tp = both.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
        long pp = p.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
        long gp = g.values().stream().mapToLong(c -> (long) c * (c - 1) / 2).sum();
        double pairP = pp == 0 ? 1 : (double) tp / pp;
        double pairR = gp == 0 ? 1 : (double) tp / gp;
        double bp = 0, br = 0;
        for (int i = 0; i < n; i++) {
            int overlap = both.get(predicted.get(i) + "\u0000" + gold.get(i));
            bp += (double) overlap / p.get(predicted.get(i));
            br += (double) overlap / g.get(gold.get(i));
        }
        bp = n == 0 ? 1 : bp / n;
        br = n == 0 ? 1 : br / n;
        return new ClusterScores(pairP, pairR, f1(pairP, pairR), bp, br, f1(bp, br), p.size(), g.size());
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String line() {
        return String.format("pairwise P %.3f R %.3f F1 %.3f | BCubed P %.3f R %.3f F1 %.3f | %d stories (gold %d)",
                pairP, pairR, pairF1, b3P, b3R, b3F1, clusters, goldClusters);
    }
}
