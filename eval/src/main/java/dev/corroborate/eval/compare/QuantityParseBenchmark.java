package dev.corroborate.eval.compare;

import dev.corroborate.compare.Quantity;
import dev.corroborate.compare.QuantityParser;
import dev.corroborate.eval.dedup.RealArticles;
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

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Quantity parsing (numbers, durations, times with zones, money, counts) as the dossier's conflict finder
 * runs it on every sentence: one real ECB+ dev sentence per operation, all of them in turn (most state
 * no quantity, as in news). No peer: no library we know normalises these. Run:
 * {@code eval/run jmh QuantityParseBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class QuantityParseBenchmark {

    private String[] sentences;
    private int next;

    @Setup
    public void load() {
        sentences = RealArticles.ecbPlusSentences(Path.of("eval/data")).toArray(String[]::new);
    }

    @Benchmark
    public List<Quantity> parseSentence() {
        String s = sentences[next];
        next = next + 1 == sentences.length ? 0 : next + 1;
        return QuantityParser.parse(s);
    }
}
