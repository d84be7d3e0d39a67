package dev.corroborate.nlp;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.List;

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

    public static List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList();
        return model().embedAll(segments).content().stream().map(Embedding::vector).map(Embedder::normalise).toList();
    }

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
