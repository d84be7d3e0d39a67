package dev.corroborate.eval.dedup;

import dev.corroborate.dedup.CopyDetector;
import dev.corroborate.dedup.Fingerprint;
import dev.corroborate.model.Article;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ScoreDoc;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * The dedup stage's candidate lookup on an index of {@value #INDEXED} articles (real ECB+ and
 * extraction-benchmark texts, then edited copies of them): ours looks up the 48 LSH band keys of a
 * precomputed fingerprint ({@link CopyDetector#candidates}); the peer runs the precomputed BooleanQuery
 * of 96 MinHashFilter terms on a Lucene index of the same articles. Half the lookups are real articles
 * held out of the index (no copy there, the common case), half are edited copies of indexed ones.
 * Sketching and verification are left out of both. Run: {@code eval/run jmh LshLookupBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class LshLookupBenchmark {

    static final int INDEXED = 10_000;
    static final int HELD_OUT = 64;

    /** The indexed articles and the lookups, the same for both sides. */
    record Corpus(List<Article> indexed, List<Article> lookups) {
        static Corpus build(Path data) {
            List<RealArticles.Text> bases = new ArrayList<>(RealArticles.ecbPlus(data));
            bases.addAll(RealArticles.extractionBodies(data));
            Random rnd = new Random(11);
            Collections.shuffle(bases, rnd);
            List<RealArticles.Text> held = bases.subList(0, HELD_OUT);
            List<RealArticles.Text> kept = bases.subList(HELD_OUT, bases.size());
            List<Article> indexed = new ArrayList<>();
            for (RealArticles.Text t : kept) indexed.add(article(t.id(), t.text()));
            while (indexed.size() < INDEXED) {
                RealArticles.Text t = kept.get(rnd.nextInt(kept.size()));
                indexed.add(article(t.id() + "~" + indexed.size(), CopyEdits.copy(t.text(), rnd).text()));
            }
            List<Article> lookups = new ArrayList<>();
            for (RealArticles.Text t : held) {
                lookups.add(article(t.id(), t.text()));
                RealArticles.Text k = kept.get(rnd.nextInt(kept.size()));
                lookups.add(article(k.id() + "~lookup", CopyEdits.copy(k.text(), rnd).text()));
            }
            return new Corpus(indexed, lookups);
        }

        private static Article article(String id, String text) {
            return new Article(id, null, null, null, null, null, "eng", text, List.of(text.split("\\n\\s*\\n")), List.of());
        }
    }

    @State(Scope.Thread)
    public static class Ours {
        CopyDetector detector;
        Fingerprint[] lookups;
        int next;
        private Path spill;

        @Setup(Level.Trial)
        public void build() throws IOException {
            Corpus c = Corpus.build(Path.of("eval/data"));
            spill = Files.createTempDirectory("lsh-bench");
            detector = CopyDetector.lean(spill);
            for (Article a : c.indexed()) detector.add(a);
            lookups = c.lookups().stream().map(Fingerprint::of).toArray(Fingerprint[]::new);
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            detector.close();
            DedupBenchCommand.deleteTree(spill);
        }
    }

    @State(Scope.Thread)
    public static class Peer {
        LuceneMinHashPeer lucene;
        BooleanQuery[] lookups;
        int next;
        private Path dir;

        @Setup(Level.Trial)
        public void build() throws IOException {
            Corpus c = Corpus.build(Path.of("eval/data"));
            dir = Files.createTempDirectory("lsh-bench-lucene");
            lucene = new LuceneMinHashPeer(dir);
            for (Article a : c.indexed()) lucene.index(a);
            lucene.startQueries();
            lookups = new BooleanQuery[c.lookups().size()];
            for (int i = 0; i < lookups.length; i++) lookups[i] = LuceneMinHashPeer.query(c.lookups().get(i).text());
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            lucene.close();
            DedupBenchCommand.deleteTree(dir);
        }
    }

    @Benchmark
    public List<String> corroborateBandLookup(Ours s) {
        Fingerprint fp = s.lookups[s.next];
        s.next = (s.next + 1) % s.lookups.length;
        return s.detector.candidates(fp);
    }

    @Benchmark
    public ScoreDoc[] peerLuceneMinHashQuery(Peer s) throws IOException {
        BooleanQuery q = s.lookups[s.next];
        s.next = (s.next + 1) % s.lookups.length;
        return s.lucene.candidates(q);
    }
}
