package dev.corroborate.store;

import dev.corroborate.cluster.ArticleFeatures;
import dev.corroborate.cluster.FeatureExtractor;
import dev.corroborate.model.Article;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The clusterer's features for the store. Two things make them cheaper than computing each on demand: they
 * are prepared for a whole batch on all cores before the (ordered, single-threaded) clustering, and the
 * dense vector of title and lead, the costly part, is kept with the article, so that reopening a store
 * replays the clusterer without running the embedding model again.
 */
final class StoredFeatures implements Function<Article, ArticleFeatures> {

    private final boolean embeddings;
    private final FeatureExtractor full;
    private final FeatureExtractor lexical = new FeatureExtractor(false);
    private final Map<String, ArticleFeatures> ready = new ConcurrentHashMap<>();

    StoredFeatures(boolean embeddings) {
        this.embeddings = embeddings;
        this.full = new FeatureExtractor(embeddings);
    }

    /**
     * Computes, in parallel, the features of the articles about to be clustered; {@code vectors} holds the
     * stored vectors of those that have one (they are not computed again).
     */
    void prepare(List<Article> articles, Map<String, float[]> vectors) {
        articles.parallelStream().forEach(a -> {
            float[] v = vectors.get(a.id());
            ready.put(a.id(), v == null ? full.apply(a) : withVector(lexical.apply(a), v));
        });
    }

    @Override
    public ArticleFeatures apply(Article a) {
        ArticleFeatures f = ready.get(a.id());
        return f != null ? f : full.apply(a);
    }

    /** The vector prepared for an article, to be stored with it (null when there is none). */
    float[] vector(String articleId) {
        ArticleFeatures f = ready.get(articleId);
        return f == null ? null : f.embedding();
    }

    /** Forgets what was prepared, after the batch (copies join their original without using theirs). */
    void clear() {
        ready.clear();
    }

    private ArticleFeatures withVector(ArticleFeatures f, float[] v) {
        return new ArticleFeatures(f.id(), f.terms(), f.names(), f.display(), embeddings ? v : null, f.headline(),
                f.published());
    }

    /** Half-precision bytes: a 384-dimension vector in 768 bytes; cosines move by less than 0.001. */
    static byte[] encode(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 2);
        for (float x : v) b.putShort(Float.floatToFloat16(x));
        return b.array();
    }

    static float[] decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        float[] v = new float[bytes.length / 2];
        for (int i = 0; i < v.length; i++) v[i] = Float.float16ToFloat(b.getShort());
        return v;
    }
}
