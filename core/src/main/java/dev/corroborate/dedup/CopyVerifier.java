package dev.corroborate.dedup;

import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.Passage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Exact verification of a candidate pair on the full shingle sets. A pair is a copy when the copy's
 * containment in the original reaches {@link #MIN_CONTAINMENT}: a shortened, respelled copy keeps most
 * of its 5-grams (about 0.75), while different reports of the same event that share names, numbers and
 * a quote stay far below (measured on ECB+ same-story pairs: see eval/data/dedup-gold/README.md).
 */
public final class CopyVerifier {

    /** Share of the copy's shingles found in the original for a copy. */
    public static final double MIN_CONTAINMENT = 0.5;
    /** Copies need this many shingles: a headline-sized text proves nothing (exact duplicates aside). */
    public static final int MIN_SHINGLES = 8;
    /** A copy sentence is aligned when this share of its word pairs appears in one original sentence. */
    private static final double MIN_SENTENCE_OVERLAP = 0.5;

    /** Jaccard and the containment of each set in the other, from a merge of the sorted shingle sets. */
    public record Overlap(int shared, int sizeA, int sizeB) {
        public double jaccard() {
            int union = sizeA + sizeB - shared;
            return union == 0 ? 1.0 : (double) shared / union;
        }

        public double containmentOfA() {
            return sizeA == 0 ? 0 : (double) shared / sizeA;
        }

        public double containmentOfB() {
            return sizeB == 0 ? 0 : (double) shared / sizeB;
        }
    }

    public static Overlap overlap(int[] a, int[] b) {
        int i = 0, j = 0, shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else {
                shared++;
                i++;
                j++;
            }
        }
        return new Overlap(shared, a.length, b.length);
    }

    /**
     * True when {@code a} is the copy of {@code b}: the later published; at equal or unknown dates, the
     * shorter; at equal length, {@code a} (the one that came second).
     */
    public static boolean isCopy(Instant publishedA, int wordsA, Instant publishedB, int wordsB) {
        if (publishedA != null && publishedB != null && !publishedA.equals(publishedB)) {
            return publishedA.isAfter(publishedB);
        }
        return wordsA <= wordsB;
    }

    /**
     * Verifies {@code later} (the article being added, or the second of a pair) against {@code earlier};
     * the relation names whichever is the copy by {@link #isCopy}.
     */
    public Optional<CopyRelation> verify(Article later, Fingerprint fl, Article earlier, Fingerprint fe) {
        boolean laterIsCopy = isCopy(later.published(), fl.wordCount(), earlier.published(), fe.wordCount());
        Article copy = laterIsCopy ? later : earlier;
        Article original = laterIsCopy ? earlier : later;
        Fingerprint fc = laterIsCopy ? fl : fe;
        Fingerprint fo = laterIsCopy ? fe : fl;
        return measure(fc, fo).map(o -> new CopyRelation(copy.id(), original.id(), o.jaccard(),
                o.containmentOfA(), align(copy.sentences(), original.sentences())));
    }

    /** The overlap of {@code copy} in {@code original} when it makes a copy, without passages. */
    public Optional<Overlap> measure(Fingerprint copy, Fingerprint original) {
        if (copy.textHash() == original.textHash() && Arrays.equals(copy.shingles(), original.shingles())) {
            return Optional.of(new Overlap(copy.shingles().length, copy.shingles().length,
                    original.shingles().length));
        }
        return measure(copy.shingles(), original.shingles());
    }

    /** The same test on bare shingle sets, as kept by a memory-lean index. */
    public Optional<Overlap> measure(int[] copyShingles, int[] originalShingles) {
        if (copyShingles.length < MIN_SHINGLES) return Optional.empty();
        Overlap o = overlap(copyShingles, originalShingles);
        return o.containmentOfA() >= MIN_CONTAINMENT ? Optional.of(o) : Optional.empty();
    }

    /**
     * Which sentence of the copy comes from which sentence of the original: the original sentence that
     * holds most of the copy sentence's word pairs (pairs, not 5-grams, so that one respelled word still
     * leaves the sentence aligned). {@code edited} when the normalised words differ.
     */
    public static List<Passage> align(List<String> copySentences, List<String> originalSentences) {
        long[][] orig = new long[originalSentences.size()][];
        long[][] origWords = new long[orig.length][];
        for (int i = 0; i < orig.length; i++) {
            origWords[i] = Words.hashes(originalSentences.get(i));
            orig[i] = pairs(origWords[i]);
        }
        List<Passage> out = new ArrayList<>();
        for (String s : copySentences) {
            long[] w = Words.hashes(s);
            if (w.length == 0) continue;
            long[] p = pairs(w);
            int best = -1, bestShared = 0;
            for (int i = 0; i < orig.length; i++) {
                int shared = sharedCount(p, orig[i]);
                if (shared > bestShared) {
                    bestShared = shared;
                    best = i;
                }
            }
            if (best >= 0 && bestShared >= MIN_SENTENCE_OVERLAP * p.length) {
                boolean edited = !Arrays.equals(w, origWords[best]);
                out.add(new Passage(s, originalSentences.get(best), edited));
            }
        }
        return out;
    }

    /** Sorted distinct hashes of consecutive word pairs (the single word for a one-word sentence). */
    private static long[] pairs(long[] words) {
        if (words.length < 2) return words.clone();
        long[] p = new long[words.length - 1];
        for (int i = 0; i < p.length; i++) p[i] = Words.shingle(words, i, 2);
        Arrays.sort(p);
        int n = 0;
        for (int i = 0; i < p.length; i++) if (i == 0 || p[i] != p[i - 1]) p[n++] = p[i];
        return Arrays.copyOf(p, n);
    }

    private static int sharedCount(long[] a, long[] b) {
        int i = 0, j = 0, shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) i++;
            else if (a[i] > b[j]) j++;
            else {
                shared++;
                i++;
                j++;
            }
        }
        return shared;
    }
}
