package dev.corroborate.eval.dedup;

import dev.corroborate.clean.Cleaner;
import dev.corroborate.dedup.Fingerprint;
import dev.corroborate.model.Article;
import dev.corroborate.model.RawArticle;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The signature step ({@link Fingerprint#of}: normalise, 5-gram shingles, SuperMinHash sketch) on real
 * articles of about 600 words: extraction-benchmark gold bodies cut or joined to 550-650 words. One
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
        List<String> words = new ArrayList<>();
        List<Article> out = new ArrayList<>();
        Cleaner cleaner = new Cleaner();
        for (RealArticles.Text t : RealArticles.extractionBodies(Path.of("eval/data"))) {
            for (String w : t.text().split(" ")) {
                words.add(w);
                if (words.size() == 600) {
                    out.add(cleaner.clean(new RawArticle("a" + out.size(), "bench", 0, null, null, null, null, null,
                            String.join(" ", words), null)));
                    words.clear();
                }
            }
        }
        articles = out.toArray(Article[]::new);
    }

    @Benchmark
    public Fingerprint fingerprint() {
        Article a = articles[next];
        next = next + 1 == articles.length ? 0 : next + 1;
        return Fingerprint.of(a);
    }
}
