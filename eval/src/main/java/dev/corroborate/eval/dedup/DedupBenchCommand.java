package dev.corroborate.eval.dedup;

import dev.corroborate.eval.report.Heap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.dedup.CopyDetector;
import dev.corroborate.dedup.Fingerprint;
import dev.corroborate.eval.report.Plot;
import dev.corroborate.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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

    @Option(names = "--curve", split = ",", defaultValue = "5000,20000",
            description = "Smaller corpus sizes run first, for the plots against corpus size (default: ${DEFAULT-VALUE}).")
    List<Integer> curve;

    /** Figures of one corpus size; the peer's are NaN when it did not run. */
    private record Run(int articles, double wall, double cpu, long peakHeap, double heapPerArticle, double indexPerArticle,
                       double peerWall, double peerCpu, long peerPeakHeap) {
    }

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(work);
        List<RealArticles.Text> bases = new ArrayList<>(RealArticles.reuters(reuters));
        bases.addAll(RealArticles.ecbPlus(data));
        bases.addAll(RealArticles.extractionBodies(data));
        signatureStep();
        // The smaller sizes first, one line each, so that a time limit during the long full run keeps them;
        // the plots are written after every size for the same reason.
        List<Run> runs = new ArrayList<>();
        for (int n : curve) {
            if (n >= articles) continue;
            runs.add(runAt(n, bases, false));
            plots(runs, bases.size());
        }
        runs.add(runAt(articles, bases, true));
        plots(runs, bases.size());
        return 0;
    }

    private Run runAt(int size, List<RealArticles.Text> bases, boolean full) throws IOException {
        Path corpus = work.resolve("corpus-" + size + ".jsonl");
        BenchCorpus.Stats st = BenchCorpus.write(corpus, size, bases, 7);
        if (full) {
            System.out.printf("corpus %s: %d articles (%d real originals: Reuters-21578 %s, ECB+ dev, extraction "
                            + "benchmark; %d edited copies), %.0f MB%n", corpus, st.articles(), st.originals(),
                    Files.isRegularFile(reuters) ? "yes" : "NOT FETCHED", st.copies(), Files.size(corpus) / 1e6);
        }

        // Ours: read, fingerprint, index, verify; one thread.
        long base = settledHeap();
        Heap.resetPeaks();
        long t0 = System.nanoTime();
        long c0 = cpu();
        int[] copies = {0};
        double s, cs, ours;
        long peak, heapWithIndex, indexBytes;
        try (CopyDetector d = CopyDetector.lean(work)) {
            forEach(corpus, a -> {
                if (d.add(a).stream().anyMatch(r -> r.copy().equals(a.id()))) copies[0]++;
            });
            s = (System.nanoTime() - t0) / 1e9;
            cs = (cpu() - c0) / 1e9;
            peak = Heap.peakBytes();
            heapWithIndex = settledHeap();
            indexBytes = d.indexBytes();
            ours = st.articles() / s;
        }
        String oursLine = String.format("corroborate (hash4j SuperMinHash, %dx%d LSH, exact verification): %.1f s, %.0f articles/s (%.0f per CPU-second of the run's thread), "
                        + "%d copies found, peak heap %.0f MB, index %.0f bytes/article (heap after GC %.0f bytes/article)",
                Fingerprint.BANDS, Fingerprint.ROWS, s, ours, st.articles() / cs, copies[0], peak / 1e6,
                (double) indexBytes / st.articles(), (double) (heapWithIndex - base) / st.articles());
        if (full) System.out.println(oursLine);
        if (noPeer) {
            if (!full) System.out.printf("%d articles: %s%n", size, oursLine);
            return new Run(size, ours, st.articles() / cs, peak, (double) (heapWithIndex - base) / st.articles(),
                    (double) indexBytes / st.articles(), Double.NaN, Double.NaN, -1);
        }

        // Peer, same corpus, same JVM, after ours is closed.
        settledHeap();
        Heap.resetPeaks();
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
        long ppeak = Heap.peakBytes();
        peer.close();
        if (full) {
            System.out.printf("peer (Lucene %s MinHashFilter 96 buckets, BooleanQuery >= 10 of 96, same verification): "
                            + "%.1f s, %.0f articles/s (%.0f per CPU-second of the run's thread), %d copies found, peak heap %.0f MB%n",
                    org.apache.lucene.util.Version.LATEST, ps, st.articles() / ps, st.articles() / pcs, peerCopies[0], ppeak / 1e6);
            System.out.printf("speed ratio corroborate / peer: %.1fx wall clock, %.1fx CPU time%n",
                    ours / (st.articles() / ps), pcs / cs);
        } else {
            System.out.printf("%6d articles: corroborate %.0f articles/s (%.0f per CPU-s), peak heap %.0f MB, %d copies; "
                            + "peer %.0f articles/s (%.0f per CPU-s), peak heap %.0f MB, %d copies%n", size, ours,
                    st.articles() / cs, peak / 1e6, copies[0], st.articles() / ps, st.articles() / pcs, ppeak / 1e6,
                    peerCopies[0]);
        }
        Files.deleteIfExists(corpus);
        return new Run(size, ours, st.articles() / cs, peak, (double) (heapWithIndex - base) / st.articles(),
                (double) indexBytes / st.articles(), st.articles() / ps, st.articles() / pcs, ppeak);
    }

    /** Throughput and memory against corpus size, ours and the peer's, for the report. */
    private static void plots(List<Run> runs, int realTexts) {
        List<double[]> rates = new ArrayList<>();
        List<double[]> memory = new ArrayList<>();
        for (Run r : runs) {
            rates.add(new double[]{r.articles(), r.wall(), r.cpu(), r.peerWall(), r.peerCpu()});
            memory.add(new double[]{r.articles(), r.peakHeap() / 1e6, r.heapPerArticle() * r.articles() / 1e6,
                    r.peerPeakHeap() < 0 ? Double.NaN : r.peerPeakHeap() / 1e6});
        }
        String note = "Data: JSONL corpus of " + realTexts + " real articles (ECB+ dev, extraction-benchmark bodies; "
                + "Reuters-21578 when fetched) and edited copies of them. Peer in the same run: Lucene MinHashFilter "
                + "96 buckets with BooleanQuery candidates and the same verification";
        new Plot("dedup-throughput", "Copy detection throughput against corpus size", "articles",
                "articles/s", List.of("corroborate (wall)", "corroborate (per CPU-s)", "peer Lucene MinHash (wall)",
                "peer Lucene MinHash (per CPU-s)"), rates, note).saveIfRequested();
        new Plot("dedup-memory", "Copy detection memory against corpus size", "articles", "MB",
                List.of("corroborate peak heap", "corroborate heap held after GC", "peer Lucene MinHash peak heap"),
                memory, note).saveIfRequested();
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



    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
