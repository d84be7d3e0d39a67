package dev.corroborate.nlp;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings from the int8-quantised all-MiniLM-L6-v2 model that ships inside its Maven jar (runs in process,
 * nothing is downloaded). Vectors are L2-normalised, so a dot product is the cosine.
 */
public final class Embedder {

    private static volatile AllMiniLmL6V2QuantizedEmbeddingModel model;

    private Embedder() {
    }

    private static AllMiniLmL6V2QuantizedEmbeddingModel model() {
        AllMiniLmL6V2QuantizedEmbeddingModel m = model;
        if (m == null) {
            synchronized (Embedder.class) {
                if (model == null) model = new AllMiniLmL6V2QuantizedEmbeddingModel();
                m = model;
            }
        }
        return m;
    }

    public static float[] embed(String text) {
        return normalise(model().embed(text).content().vector());
    }

    /**
     * Embeds a batch. Recently embedded texts come from a bounded cache: a store rebuilding the dossier of a
     * growing story embeds the same sentences again and again.
     */
    public static List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        float[][] out = new float[texts.size()][];
        List<Integer> missing = new ArrayList<>();
        synchronized (CACHE) {
            for (int i = 0; i < texts.size(); i++) {
                out[i] = CACHE.get(texts.get(i));
                if (out[i] == null) missing.add(i);
            }
        }
        if (!missing.isEmpty()) {
            List<TextSegment> segments = missing.stream().map(texts::get)
                    .map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList();
            List<Embedding> vectors = model().embedAll(segments).content();
            synchronized (CACHE) {
                for (int k = 0; k < missing.size(); k++) {
                    int i = missing.get(k);
                    out[i] = normalise(vectors.get(k).vector());
                    CACHE.put(texts.get(i), out[i]);
                }
            }
        }
        return Arrays.asList(out);
    }

    /** Forgets cached vectors, so that a benchmark measures the model and not the cache. */
    public static void clearCache() {
        synchronized (CACHE) {
            CACHE.clear();
        }
    }

    /** About 30 MB at most: 20,000 vectors of 384 floats. */
    private static final int CACHE_ENTRIES = 20_000;

    private static final Map<String, float[]> CACHE = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };

    public static float cosine(float[] a, float[] b) {
        float dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }

    private static float[] normalise(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        n = Math.sqrt(n);
        if (n == 0) return v;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / n);
        return out;
    }
}
