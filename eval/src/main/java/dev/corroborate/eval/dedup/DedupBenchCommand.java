package dev.corroborate.eval.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.dedup.CopyDetector;
import dev.corroborate.dedup.Fingerprint;
import dev.corroborate.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "dedup-bench", mixinStandardHelpOptions = true,
        description = "Whole-run copy detection benchmark on a JSONL corpus of real articles and edited copies: "
                + "articles/s, peak heap, memory per indexed article; peer: Lucene MinHashFilter + BooleanQuery "
                + "candidates with the same verification, in the same run.")
public final class DedupBenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "100000", description = "Corpus size (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--data", defaultValue = "eval/data", description = "Evaluation data folder.")
    Path data;

    @Option(names = "--reuters", defaultValue = "eval/target/reuters/package/data/fullFileStream/full.str",
            description = "Reuters-21578 full.str (fetched by eval/dedup-fetch-reuters.sh; optional).")
    Path reuters;

    @Option(names = "--work", defaultValue = "eval/target/dedup-bench", description = "Scratch folder.")
    Path work;

    @Option(names = "--no-peer", description = "Skip the Lucene peer.")
    boolean noPeer;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(work);
        List<RealArticles.Text> bases = new ArrayList<>(RealArticles.reuters(reuters));
        bases.addAll(RealArticles.ecbPlus(data));
        bases.addAll(RealArticles.extractionBodies(data));
        Path corpus = work.resolve("corpus-" + articles + ".jsonl");
        BenchCorpus.Stats st = BenchCorpus.write(corpus, articles, bases, 7);
        System.out.printf("corpus %s: %d articles (%d real originals: Reuters-21578 %s, ECB+ dev, extraction "
                        + "benchmark; %d edited copies), %.0f MB%n", corpus, st.articles(), st.originals(),
                Files.isRegularFile(reuters) ? "yes" : "NOT FETCHED", st.copies(), Files.size(corpus) / 1e6);

        signatureStep();

        // Ours: read, fingerprint, index, verify; one thread.
        long base = settledHeap();
        resetPeaks();
        long t0 = System.nanoTime();
        long c0 = cpu();
        int[] copies = {0};
        long indexBytes;
        long heapWithIndex;
        try (CopyDetector d = CopyDetector.lean(work)) {
            forEach(corpus, a -> {
                if (d.add(a).stream().anyMatch(r -> r.copy().equals(a.id()))) copies[0]++;
            });
            double s = (System.nanoTime() - t0) / 1e9;
            double cs = (cpu() - c0) / 1e9;
            long peak = peakHeap();
            heapWithIndex = settledHeap();
            indexBytes = d.indexBytes();
            System.out.printf("corroborate (hash4j SuperMinHash, %dx%d LSH, exact verification): %.1f s, %.0f articles/s (%.0f per CPU-second of the run's thread), "
                            + "%d copies found, peak heap %.0f MB, index %.0f bytes/article (heap after GC %.0f bytes/article)%n",
                    dev.corroborate.dedup.Fingerprint.BANDS, dev.corroborate.dedup.Fingerprint.ROWS, s,
                    st.articles() / s, st.articles() / cs, copies[0], peak / 1e6, (double) indexBytes / st.articles(),
                    (double) (heapWithIndex - base) / st.articles());
            if (noPeer) return 0;
            double ours = st.articles() / s;

            // Peer, same corpus, same JVM, after ours is closed.
            d.close();
            settledHeap();
            resetPeaks();
            Path idx = work.resolve("lucene-peer");
            deleteTree(idx);
            long p0 = System.nanoTime();
            long pc0 = cpu();
            LuceneMinHashPeer peer = new LuceneMinHashPeer(idx);
            forEach(corpus, a -> {
                try {
                    peer.index(a);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            peer.startQueries();
            int[] peerCopies = {0};
            int[] i = {0};
            forEach(corpus, a -> {
                try {
                    if (peer.queryOne(i[0]++, a.text())) peerCopies[0]++;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            double ps = (System.nanoTime() - p0) / 1e9;
            double pcs = (cpu() - pc0) / 1e9;
            long ppeak = peakHeap();
            peer.close();
            System.out.printf("peer (Lucene %s MinHashFilter 96 buckets, BooleanQuery >= 10 of 96, same verification): "
                            + "%.1f s, %.0f articles/s (%.0f per CPU-second of the run's thread), %d copies found, peak heap %.0f MB%n",
                    org.apache.lucene.util.Version.LATEST, ps, st.articles() / ps, st.articles() / pcs, peerCopies[0], ppeak / 1e6);
            System.out.printf("speed ratio corroborate / peer: %.1fx wall clock, %.1fx CPU time%n",
                    ours / (st.articles() / ps), pcs / cs);
        }
        return 0;
    }

    /**
     * Streams the corpus as clean articles. The corpus holds article bodies already, so the cleaning
     * stage (benchmarked on its own) is left out of both runs: they measure the dedup stage alone.
     */
    private void forEach(Path corpus, java.util.function.Consumer<Article> action) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode n = json.readTree(line);
                String text = n.get("text").asText();
                action.accept(new Article(n.get("id").asText(), null, null, null,
                        Instant.parse(n.get("published").asText()), null, "eng", text,
                        List.of(PARAGRAPHS.split(text)), List.of()));
            }
        }
    }

    private static final java.util.regex.Pattern PARAGRAPHS = java.util.regex.Pattern.compile("\\n\\s*\\n");

    /**
     * The signature step alone, as the JMH benchmark FingerprintBenchmark but timed on this thread's CPU
     * clock too: on a shared machine wall time says more about the neighbours than about the code.
     */
    private void signatureStep() {
        List<Article> six = RealArticles.sixHundredWordArticles(data);
        long sink = 0;
        for (int i = 0; i < 20_000; i++) sink += Fingerprint.of(six.get(i % six.size())).wordCount(); // warm-up
        int n = 100_000;
        long t0 = System.nanoTime(), c0 = cpu();
        for (int i = 0; i < n; i++) sink += Fingerprint.of(six.get(i % six.size())).wordCount();
        double s = (System.nanoTime() - t0) / 1e9, cs = (cpu() - c0) / 1e9;
        System.out.printf("signature step (Fingerprint.of, %d real 600-word articles, %d calls, one thread): "
                + "%.0f articles per CPU-second, %.0f articles/s wall clock (%d words)%n", six.size(), n, n / cs, n / s, sink);
    }

    /** CPU time of this thread: the machine is shared, so wall time alone under-reports both runs. */
    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long settledHeap() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks (an upper bound of the true peak, pools peak at different times). */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum;
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
