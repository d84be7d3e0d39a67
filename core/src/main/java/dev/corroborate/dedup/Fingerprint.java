package dev.corroborate.dedup;

import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import dev.corroborate.model.Article;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The signature of one article's clean text: normalised word 5-gram shingles and a SuperMinHash sketch.
 * The same code runs in {@link CopyDetector} and in the Spark job, so both find the same candidates
 * (serializable for Spark; the arrays make equals() identity-based, so compare fields, not records).
 *
 * <p>LSH: {@value #BANDS} bands of {@value #ROWS} rows of 16-bit components. Two articles become
 * candidates with probability {@code 1 - (1 - J^2)^48} at Jaccard J: 0.38 at J=0.1, 0.66 at 0.15,
 * 0.86 at 0.2, 0.96 at 0.25, 0.99 at 0.3, 0.997 at 0.34, above 0.9999 from 0.5. Rows of two keep it
 * sensitive at the low Jaccard of shortened copies (a copy half as long as its original, with edits, has
 * containment 0.5 but Jaccard near 0.25); unrelated news sharing a stock phrase or two (J near 0.005)
 * collide with probability about 0.001.
 *
 * @param wordCount normalised words in the text
 * @param textHash  hash of the whole normalised word sequence: equal for exact duplicates
 * @param shingles  distinct shingle hashes (32 bits each), sorted: the sets that verification compares
 * @param sketch    SuperMinHash signature of the shingles ({@value #COMPONENTS} components of 16 bits)
 */
public record Fingerprint(int wordCount, long textHash, int[] shingles, byte[] sketch) implements Serializable {

    /** Words per shingle: long enough that different reports of one event rarely share one by chance. */
    public static final int SHINGLE_WORDS = 5;
    public static final int BANDS = 48;
    public static final int ROWS = 2;
    public static final int COMPONENTS = BANDS * ROWS;

    private static final SimilarityHashPolicy POLICY = SimilarityHashing.superMinHash(COMPONENTS, 16);
    // Hashers keep scratch state: one per thread.
    private static final ThreadLocal<SimilarityHasher> HASHER = ThreadLocal.withInitial(POLICY::createHasher);

    public static Fingerprint of(Article article) {
        return of(article.text());
    }

    public static Fingerprint of(String text) {
        long[] words = Words.hashes(text == null ? "" : text);
        long textHash = 0x2545f4914f6cdd1dL;
        for (long w : words) textHash = Long.rotateLeft(textHash, 17) * 0x9e3779b97f4a7c15L + w;
        textHash = Words.mix(textHash ^ words.length);
        long[] shingles = shingleHashes(words);
        int[] set = new int[shingles.length];
        for (int i = 0; i < shingles.length; i++) set[i] = (int) (shingles[i] >>> 32);
        Arrays.sort(set);
        set = distinct(set);
        byte[] sketch = HASHER.get().compute(ElementHashProvider.ofValues(shingles));
        return new Fingerprint(words.length, textHash, set, sketch);
    }

    /** 64-bit hashes of the word shingles; a text shorter than a shingle is one shingle. */
    static long[] shingleHashes(long[] words) {
        if (words.length == 0) return new long[0];
        int k = Math.min(SHINGLE_WORDS, words.length);
        long[] out = new long[words.length - k + 1];
        for (int i = 0; i < out.length; i++) out[i] = Words.shingle(words, i, k);
        return out;
    }

    private static int[] distinct(int[] sorted) {
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) sorted[n++] = sorted[i];
        }
        return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
    }

    /** One key per band: the band number in the high 32 bits, its {@value #ROWS} components below. */
    public long[] bandKeys() {
        long[] keys = new long[BANDS];
        if (shingles.length == 0) return new long[0];
        for (int b = 0; b < BANDS; b++) {
            long v = 0;
            for (int r = 0; r < ROWS; r++) v = (v << 16) | POLICY.getComponent(sketch, b * ROWS + r);
            keys[b] = ((long) b << 32) | (v & 0xffffffffL);
        }
        return keys;
    }

    /** Sketch estimate of the Jaccard similarity, for diagnostics; verification uses the shingles. */
    public double estimatedJaccard(Fingerprint other) {
        return POLICY.getFractionOfEqualComponents(sketch, other.sketch);
    }
}
