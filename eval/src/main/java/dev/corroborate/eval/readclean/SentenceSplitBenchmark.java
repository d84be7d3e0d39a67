package dev.corroborate.eval.readclean;

import dev.corroborate.clean.SentenceSplitter;
import dev.corroborate.eval.dedup.RealArticles;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
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

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Sentence splitting of whole real articles (the 462 ECB+ dev texts, one article per operation). Ours:
 * {@link SentenceSplitter} (paragraphs, OpenNLP's UD English model, then the news-abbreviation repairs).
 * Peer in the same run: OpenNLP's plain {@link SentenceDetectorME} with the same model on the same text.
 * Run: {@code eval/run jmh SentenceSplitBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SentenceSplitBenchmark {

    private String[] texts;
    private int next;
    private SentenceSplitter splitter;
    private SentenceDetectorME plain;

    @Setup
    public void load() throws IOException {
        texts = RealArticles.ecbPlus(Path.of("eval/data")).stream().map(RealArticles.Text::text).toArray(String[]::new);
        splitter = new SentenceSplitter();
        // The model the splitter uses, from core's resources.
        try (InputStream in = SentenceSplitter.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
            plain = new SentenceDetectorME(new SentenceModel(in));
        }
    }

    private String nextText() {
        String t = texts[next];
        next = next + 1 == texts.length ? 0 : next + 1;
        return t;
    }

    @Benchmark
    public List<String> corroborateSplitter() {
        return splitter.split(nextText());
    }

    @Benchmark
    public String[] peerOpenNlpSentenceDetector() {
        return plain.sentDetect(nextText());
    }
}
