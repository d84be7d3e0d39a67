package dev.corroborate.eval.dedup;

import dev.corroborate.dedup.Fingerprint;
import dev.corroborate.model.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The signature step ({@link Fingerprint#of}: normalise, 5-gram shingles, SuperMinHash sketch) on real
 * articles of 600 words: extraction-benchmark gold bodies run together and cut. One
 * thread, so the score is articles per second per core. Run: {@code eval/run jmh FingerprintBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class FingerprintBenchmark {

    private Article[] articles;
    private int next;

    @Setup
    public void load() {
        articles = RealArticles.sixHundredWordArticles(Path.of("eval/data")).toArray(Article[]::new);
    }

    @Benchmark
    public Fingerprint fingerprint() {
        Article a = articles[next];
        next = next + 1 == articles.length ? 0 : next + 1;
        return Fingerprint.of(a);
    }
}
