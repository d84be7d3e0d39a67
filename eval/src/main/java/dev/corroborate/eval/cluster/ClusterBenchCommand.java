package dev.corroborate.eval.cluster;

import dev.corroborate.eval.report.Heap;
import dev.corroborate.cluster.ClusterConfig;
import dev.corroborate.cluster.FeatureExtractor;
import dev.corroborate.cluster.StoryClusterer;
import dev.corroborate.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Throughput and memory of the clustering stage (feature extraction included) on a long dated stream built
 * from real text, with and without the dense embedding, beside the plain TF-IDF baseline that compares each
 * article with every story so far.
 */
@Command(name = "cluster-bench", mixinStandardHelpOptions = true,
        description = "Story clustering speed on a long stream of real-text articles: articles/s at checkpoints, memory.")
public final class ClusterBenchCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "100000", description = "Stream length without embedding (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--embedding-articles", defaultValue = "10000",
            description = "Prefix of the stream measured with the embedding (about 2 ms an article; default ${DEFAULT-VALUE}).")
    int embeddingArticles;

    @Option(names = "--skip-no-embedding", description = "Leave out the run without the embedding (for a long run of the one with it).")
    boolean skipNoEmbedding;

    @Option(names = "--baseline-articles", defaultValue = "20000",
            description = "Prefix measured with the plain TF-IDF baseline (its cost grows with the stream; default ${DEFAULT-VALUE}).")
    int baselineArticles;

    @Option(names = "--days", defaultValue = "50", description = "Days the stream spans (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--ecbplus", defaultValue = "eval/data/ecbplus-dev/articles.jsonl")
    Path ecbplus;

    @Option(names = "--extraction-gold", defaultValue = "eval/data/article-extraction-benchmark/ground-truth.json")
    Path extractionGold;

    @Override
    public Integer call() throws Exception {
        List<String[]> texts = SyntheticStream.realTexts(ecbplus, extractionGold);
        SyntheticStream stream = new SyntheticStream(texts, articles, Duration.ofDays(days));
        System.out.printf("stream: %d articles over %d days, from %d real texts (ECB+ and extraction-benchmark "
                + "gold bodies), %d reports a story%n", stream.size(), days, texts.size(), 10);
        System.out.printf("machine: %d processors, max heap %d MiB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));

        warmUp(stream);
        if (!skipNoEmbedding) run("clusterer, no embedding", stream, articles, ClusterConfig.defaults().withEmbeddings(false));
        run("clusterer, with embedding", stream, Math.min(embeddingArticles, articles), ClusterConfig.defaults());
        runBaseline(stream, Math.min(baselineArticles, articles));
        return 0;
    }

    private static void warmUp(SyntheticStream stream) {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults());
        for (int i = 0; i < Math.min(500, stream.size()); i++) c.add(stream.get(i), null);
    }

    private void run(String name, SyntheticStream stream, int n, ClusterConfig config) {
        System.out.printf("%n== %s: first %d articles%n", name, n);
        Heap.resetPeaks();
        StoryClusterer c = new StoryClusterer(config);
        Checkpoints cp = new Checkpoints(n);
        for (int i = 0; i < n; i++) {
            Article a = stream.get(i);
            c.add(a, null);
            cp.after(i + 1, () -> "open stories " + c.openStories());
        }
        System.out.printf("stories %d; peak heap %d MiB (heap in use after GC at the end %d MiB)%n",
                c.stories().size(), Heap.peakMiB(), Heap.usedAfterGcMiB());
        cp.plot("cluster-bench-" + name.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT),
                "Story clustering throughput and heap against stream length: " + name);
    }

    private void runBaseline(SyntheticStream stream, int n) {
        System.out.printf("%n== baseline plain TF-IDF single pass (cosine to every centroid): first %d articles%n", n);
        Heap.resetPeaks();
        FeatureExtractor fx = new FeatureExtractor(false);
        PlainTfIdfClusterer c = new PlainTfIdfClusterer(0.2);
        Checkpoints cp = new Checkpoints(n);
        int[] stories = {0};
        for (int i = 0; i < n; i++) {
            stories[0] = Math.max(stories[0], c.add(fx.apply(stream.get(i))) + 1);
            cp.after(i + 1, () -> String.format("stories %d", stories[0]));
        }
        System.out.printf("peak heap %d MiB (heap in use after GC at the end %d MiB)%n", Heap.peakMiB(), Heap.usedAfterGcMiB());
        cp.plot("cluster-bench-baseline", "Peer: plain TF-IDF single pass, throughput and heap against stream length");
    }

    /**
     * Prints cumulative and recent throughput at round counts, by wall clock and by this thread's CPU time
     * (the CPU figure holds steady when other processes share the machine; the wall figure does not).
     */
    private static final class Checkpoints {
        private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final long start = System.nanoTime();
        private final long cpuStart = THREADS.getCurrentThreadCpuTime();
        private final int window;
        private long windowStart = start;
        private long windowCpuStart = cpuStart;
        private int windowFrom;
        private final List<double[]> rows = new java.util.ArrayList<>();

        Checkpoints(int n) {
            this.window = Math.max(500, Math.min(5000, n / 10));
        }

        /** Hands the throughput and heap series to the evidence report (a no-op outside it). */
        void plot(String name, String title) {
            new dev.corroborate.eval.report.Plot(name, title, "articles seen",
                    "articles/s (recent window) | heap MiB",
                    List.of("articles/s by wall clock", "articles/s by thread CPU", "heap in use MiB"), rows).saveIfRequested();
        }

        void after(int done, java.util.function.Supplier<String> state) {
            if (done % window != 0) return;
            long now = System.nanoTime(), cpu = THREADS.getCurrentThreadCpuTime();
            double total = done / ((now - start) / 1e9);
            double recent = (done - windowFrom) / ((now - windowStart) / 1e9);
            double cpuTotal = done / ((cpu - cpuStart) / 1e9);
            double cpuRecent = (done - windowFrom) / ((cpu - windowCpuStart) / 1e9);
            System.out.printf("%7d articles: wall %5.0f/s overall, %5.0f/s last %d | CPU %5.0f/s overall, %5.0f/s last %d; %s%n",
                    done, total, recent, done - windowFrom, cpuTotal, cpuRecent, done - windowFrom, state.get());
            Runtime rt = Runtime.getRuntime();
            rows.add(new double[] {done, recent, cpuRecent, (rt.totalMemory() - rt.freeMemory()) / 1048576.0});
            windowStart = System.nanoTime(); // the state line above is not part of the clustering time
            windowCpuStart = THREADS.getCurrentThreadCpuTime();
            windowFrom = done;
        }
    }



}
