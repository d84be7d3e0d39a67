package dev.corroborate.eval.compare;

import dev.corroborate.eval.dedup.RealArticles;
import dev.corroborate.nlp.Embedder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Embedding a batch of {@value #BATCH} real sentences (consecutive ECB+ dev sentences) with the in-process
 * all-MiniLM-L6-v2 model, cache cleared first so that the model runs. Peer in the same run: the same 32
 * sentences embedded one call each. ONNX Runtime uses more than one thread: see the CPU column of the
 * report. Run: {@code eval/run jmh EmbeddingBatchBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class EmbeddingBatchBenchmark {

    static final int BATCH = 32;

    private List<String> sentences;
    private int next;

    @Setup
    public void load() {
        sentences = RealArticles.ecbPlusSentences(Path.of("eval/data"));
        Embedder.embed("Load the model before measuring.");
    }

    private List<String> nextBatch() {
        if (next + BATCH > sentences.size()) next = 0;
        List<String> batch = sentences.subList(next, next + BATCH);
        next += BATCH;
        return batch;
    }

    @Benchmark
    public List<float[]> corroborateEmbedAll() {
        Embedder.clearCache();
        return Embedder.embedAll(nextBatch());
    }

    @Benchmark
    public void peerOneCallPerSentence(Blackhole bh) {
        for (String s : nextBatch()) bh.consume(Embedder.embed(s));
    }
}
