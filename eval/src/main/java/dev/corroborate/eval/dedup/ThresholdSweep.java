package dev.corroborate.eval.dedup;

import dev.corroborate.dedup.CopyVerifier;
import dev.corroborate.dedup.Fingerprint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of the copy rule over its threshold, on every pair of a labelled set of articles:
 * a pair is predicted a copy when LSH makes it a candidate (a shared band key or the same text) and its
 * overlap reaches the threshold. Two rules side by side: ours, the containment of the shorter article's
 * shingles in the longer's, and the usual near-duplicate rule, their Jaccard similarity.
 */
final class ThresholdSweep {

    enum Label { COPY, NOT_COPY, UNSCORED }

    /** The gold label of a pair of article ids. */
    interface Judge {
        Label of(String a, String b);
    }

    /** Scores at one threshold; precision is 1 when nothing is predicted. */
    record Point(double threshold, double containmentPrecision, double containmentRecall,
                 double jaccardPrecision, double jaccardRecall) {
    }

    private ThresholdSweep() {
    }

    static List<Point> run(List<String> ids, Map<String, Fingerprint> fps, Judge judge, double[] thresholds) {
        Set<Long> candidates = candidatePairs(ids, fps);
        int n = thresholds.length;
        int[] cRight = new int[n], cWrong = new int[n], jRight = new int[n], jWrong = new int[n];
        int copies = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                Label label = judge.of(ids.get(i), ids.get(j));
                if (label == Label.COPY) copies++;
                if (label == Label.UNSCORED || !candidates.contains(pair(i, j))) continue;
                Fingerprint a = fps.get(ids.get(i)), b = fps.get(ids.get(j));
                boolean aIsCopy = CopyVerifier.isCopy(null, a.wordCount(), null, b.wordCount());
                Fingerprint copy = aIsCopy ? a : b, original = aIsCopy ? b : a;
                if (copy.shingles().length < CopyVerifier.MIN_SHINGLES) continue;
                CopyVerifier.Overlap o = CopyVerifier.overlap(copy.shingles(), original.shingles());
                for (int t = 0; t < n; t++) {
                    boolean right = label == Label.COPY;
                    if (o.containmentOfA() >= thresholds[t]) {
                        if (right) cRight[t]++; else cWrong[t]++;
                    }
                    if (o.jaccard() >= thresholds[t]) {
                        if (right) jRight[t]++; else jWrong[t]++;
                    }
                }
            }
        }
        List<Point> out = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            out.add(new Point(thresholds[t], ratio(cRight[t], cRight[t] + cWrong[t]), ratio(cRight[t], copies),
                    ratio(jRight[t], jRight[t] + jWrong[t]), ratio(jRight[t], copies)));
        }
        return out;
    }

    /** Pairs (as {@link #pair}) that share an LSH band key or the normalised text. */
    private static Set<Long> candidatePairs(List<String> ids, Map<String, Fingerprint> fps) {
        Map<Long, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Fingerprint f = fps.get(ids.get(i));
            for (long key : f.bandKeys()) buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            // Text hashes in their own key space: band keys hold the band number in the high bits.
            buckets.computeIfAbsent(f.textHash() | Long.MIN_VALUE, k -> new ArrayList<>()).add(i);
        }
        Set<Long> out = new HashSet<>();
        for (List<Integer> b : buckets.values()) {
            for (int x = 0; x < b.size(); x++) {
                for (int y = x + 1; y < b.size(); y++) out.add(pair(b.get(x), b.get(y)));
            }
        }
        return out;
    }

    private static long pair(int i, int j) {
        return (long) Math.min(i, j) << 32 | Math.max(i, j);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1 : (double) a / b;
    }
}
