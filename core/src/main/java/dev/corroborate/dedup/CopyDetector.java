package dev.corroborate.dedup;

import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.time.Instant;
import dev.corroborate.model.Passage;

/**
 * Incremental copy detection: add articles one at a time in publication order, get the verified copy
 * relations each one makes. Exact duplicates are found by the normalised text hash; near duplicates by
 * LSH on the SuperMinHash sketch ({@link Fingerprint}), then exact verification ({@link CopyVerifier})
 * against the original of each candidate's group ({@link OriginGroups}). Nothing compares all pairs.
 *
 * <p>Per article the index keeps its band keys in {@link BandIndex} tables, a few numbers and its id;
 * shingle sets only for group originals (copies are verified against originals only). The default
 * detector keeps originals' sentences to align passages; {@link #lean(Path)} keeps shingles in a spill
 * file and no text, for corpus runs, and its relations carry no passages.
 */
public final class CopyDetector implements AutoCloseable {

    private final CopyVerifier verifier = new CopyVerifier();
    private final OriginGroups groups = new OriginGroups();
    private final BandIndex bands = new BandIndex(1 << 14);
    private final BandIndex exact = new BandIndex(1 << 10);
    private final ShingleStore store;
    /** Originals' sentences for passage alignment; null in a lean detector. */
    private final Map<Integer, List<String>> originalSentences;

    private final List<String> ids = new ArrayList<>();
    private int[] root = new int[1024];
    private int[] words = new int[1024];
    private long[] published = new long[1024];
    private long[] textHash = new long[1024];
    private long[] shingles = new long[1024];

    public CopyDetector() {
        this(ShingleStore.inMemory(), true);
    }

    private CopyDetector(ShingleStore store, boolean passages) {
        this.store = store;
        this.originalSentences = passages ? new HashMap<>() : null;
    }

    /** A detector for corpus runs: shingles spill to a temporary file in {@code spillDir}, no passages. */
    public static CopyDetector lean(Path spillDir) {
        return new CopyDetector(ShingleStore.onDisk(spillDir), false);
    }

    public List<CopyRelation> add(Article article) {
        return add(article, Fingerprint.of(article));
    }

    /** Adds an article whose fingerprint was computed already (for example on another thread). */
    public List<CopyRelation> add(Article article, Fingerprint fp) {
        int me = ids.size();
        ensureCapacity(me + 1);
        ids.add(article.id());
        words[me] = fp.wordCount();
        published[me] = article.published() == null ? Long.MIN_VALUE : article.published().toEpochMilli();
        textHash[me] = fp.textHash();
        root[me] = me;

        List<Integer> roots = candidateRoots(fp, me);
        List<CopyRelation> relations = new ArrayList<>();
        Map<String, Integer> byId = new HashMap<>();
        for (int r : roots) {
            verify(article, fp, r).ifPresent(rel -> {
                relations.add(rel);
                byId.put(ids.get(r), r);
            });
        }
        String origin = groups.add(article.id(), relations);
        if (!origin.equals(article.id())) {
            root[me] = byId.get(origin);
        } else {
            for (CopyRelation rel : relations) {
                Integer older = byId.get(rel.copy());
                if (older != null && groups.originOf(rel.copy()).equals(article.id())) root[older] = me;
            }
            shingles[me] = store.append(fp.shingles());
            if (originalSentences != null) originalSentences.put(me, article.sentences());
        }
        for (long key : fp.bandKeys()) bands.put(key, me);
        exact.put(fp.textHash(), me);
        return relations;
    }

    /**
     * Ids of the group originals that an article with this fingerprint would be verified against: the LSH
     * and text-hash lookup alone, nothing is added (for benchmarks and diagnostics).
     */
    public List<String> candidates(Fingerprint fp) {
        List<String> out = new ArrayList<>();
        for (int r : candidateRoots(fp, -1)) out.add(ids.get(r));
        return out;
    }

    /** Distinct group originals of the articles, other than {@code me}, that share a band key or the text hash. */
    private List<Integer> candidateRoots(Fingerprint fp, int me) {
        List<Integer> out = new ArrayList<>();
        IntConsumer collect = j -> {
            if (j != me && !out.contains(root[j])) out.add(root[j]);
        };
        for (long key : fp.bandKeys()) bands.forEach(key, collect);
        exact.forEach(fp.textHash(), j -> {
            if (textHash[j] == fp.textHash()) collect.accept(j);
        });
        return out;
    }

    private Optional<CopyRelation> verify(Article article, Fingerprint fp, int r) {
        int me = ids.size() - 1;
        long p = published[me], q = published[r];
        boolean meIsCopy = CopyVerifier.isCopy(p == Long.MIN_VALUE ? null : article.published(), words[me],
                q == Long.MIN_VALUE ? null : Instant.ofEpochMilli(q), words[r]);
        // An original that has copies already stays the original: a later, longer article (same or
        // unknown date) can then only join its group as a copy.
        if (!meIsCopy && groups.hasCopies(ids.get(r))) meIsCopy = true;
        int[] other = store.get(shingles[r]);
        boolean identical = textHash[r] == fp.textHash() && Arrays.equals(other, fp.shingles());
        Optional<CopyVerifier.Overlap> o = identical
                ? Optional.of(new CopyVerifier.Overlap(other.length, other.length, other.length))
                : meIsCopy ? verifier.measure(fp.shingles(), other) : verifier.measure(other, fp.shingles());
        if (o.isEmpty()) return Optional.empty();
        String copy = meIsCopy ? article.id() : ids.get(r);
        String original = meIsCopy ? ids.get(r) : article.id();
        List<Passage> passages = List.of();
        if (originalSentences != null) {
            List<String> rs = originalSentences.get(r);
            passages = meIsCopy ? CopyVerifier.align(article.sentences(), rs)
                    : CopyVerifier.align(rs, article.sentences());
        }
        return Optional.of(new CopyRelation(copy, original, o.get().jaccard(), o.get().containmentOfA(), passages));
    }

    /** Article id to its origin group's original id, in the order added. */
    public Map<String, String> origins() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : ids) out.put(id, groups.originOf(id));
        return out;
    }

    /** The id of the group original of an added article. */
    public String originOf(String id) {
        return groups.originOf(id);
    }

    public int size() {
        return ids.size();
    }

    /** Heap bytes of the index structures (band tables, per-article arrays, in-memory shingles). */
    public long indexBytes() {
        return bands.bytes() + exact.bytes() + store.heapBytes() + (long) root.length * (4 + 4 + 8 + 8 + 8);
    }

    private void ensureCapacity(int n) {
        if (n <= root.length) return;
        int cap = root.length * 2;
        root = Arrays.copyOf(root, cap);
        words = Arrays.copyOf(words, cap);
        published = Arrays.copyOf(published, cap);
        textHash = Arrays.copyOf(textHash, cap);
        shingles = Arrays.copyOf(shingles, cap);
    }

    @Override
    public void close() {
        store.close();
    }
}
