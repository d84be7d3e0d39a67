package dev.corroborate.spark;

import dev.corroborate.Corroborate;
import dev.corroborate.ingest.ReadOptions;
import dev.corroborate.model.Analysis;
import dev.corroborate.model.RawArticle;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Throughput of the whole pipeline on one corpus: optionally the single-machine facade ({@code
 * Corroborate.analyze}, with the embedding and dossiers) as a peer, then the Spark job in local mode on 1, 2,
 * ... cores with any further job options. Prints articles per second, peak heap, shuffle bytes written, and
 * the scaling efficiency. Run by spark/bench.sh, which times the CLI as the single-machine peer instead.
 */
@Command(name = "spark-bench", mixinStandardHelpOptions = true)
public final class SparkBench implements Callable<Integer> {

    @Option(names = "--size", defaultValue = "100000", description = "Articles in the corpus.")
    int size;

    @Option(names = "--cores", split = ",", defaultValue = "1,2", description = "Local cores per Spark run.")
    List<Integer> cores;

    @Option(names = "--partitions-per-core", defaultValue = "4")
    int partitionsPerCore;

    @Option(names = "--data", defaultValue = "eval/data", description = "The project's evaluation data.")
    Path data;

    @Option(names = "--work", defaultValue = "spark/target/bench", description = "Corpus and outputs go here.")
    Path work;

    @Option(names = "--story-blocking", defaultValue = "keys")
    String storyBlocking;

    @Option(names = "--skip-single", description = "Do not run the single-machine peer.")
    boolean skipSingle;

    @Option(names = "--skip-spark", description = "Run only the single-machine peer.")
    boolean skipSpark;

    /** Further options of the job, e.g. --no-embedding --no-dossiers. */
    @CommandLine.Unmatched
    List<String> jobOptions = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(work);
        Path input = work.resolve("corpus-" + size + ".jsonl");
        // The corpus is a function of its size: written once, then reused by the runs of each configuration.
        if (!Files.exists(input)) {
            List<RawArticle> corpus = EditedCorpus.ofSize(data.resolve("ecbplus-dev/articles.jsonl"),
                    data.resolve("article-extraction-benchmark/ground-truth.json"), size, 7);
            Path partial = work.resolve(input.getFileName() + ".partial");
            EditedCorpus.writeJsonl(corpus, partial);
            Files.move(partial, input, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        System.out.printf("corpus: %d articles, %.1f MB of JSONL (%s)%n", size, Files.size(input) / 1e6, input);
        System.out.printf("%-28s %8s %9s %12s %14s %16s%n", "run", "articles", "seconds", "articles/s", "peak heap MB",
                "shuffle write MB");

        if (!skipSingle) {
            resetPeaks();
            long t0 = System.nanoTime();
            Analysis a = Corroborate.analyze(List.of(input.toString()), ReadOptions.defaults());
            double s = (System.nanoTime() - t0) / 1e9;
            row("single machine (analyze)", a.articles().size(), s, peakHeapMb(), -1);
        }
        double first = 0;
        int firstCores = 0;
        for (int c : skipSpark ? List.<Integer>of() : cores) {
            resetPeaks();
            AtomicLong shuffle = new AtomicLong();
            Map<String, Long> stageMillis = new java.util.concurrent.ConcurrentHashMap<>();
            Map<Integer, String> stageSites = new java.util.concurrent.ConcurrentHashMap<>();
            long n;
            double s;
            try (SparkSession spark = CorroborateJob.session("local[" + c + "]")) {
                spark.sparkContext().addSparkListener(new SparkListener() {
                    @Override
                    public void onTaskEnd(SparkListenerTaskEnd end) {
                        if (end.taskMetrics() != null) {
                            shuffle.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
                            // Task run time summed per call site: where the executors' time goes.
                            String site = stageSites.getOrDefault(end.stageId(), "?");
                            stageMillis.merge(site, end.taskMetrics().executorRunTime(), Long::sum);
                        }
                    }

                    @Override
                    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
                        stageSites.put(submitted.stageInfo().stageId(), submitted.stageInfo().name());
                    }
                });
                List<String> args = new ArrayList<>(List.of("--input", input.toString(),
                        "--output", work.resolve("out-" + c).toString(), "--partitions", String.valueOf(c * partitionsPerCore),
                        "--story-blocking", storyBlocking));
                args.addAll(jobOptions);
                CorroborateJob job = CorroborateJob.parse(args.toArray(String[]::new));
                long t0 = System.nanoTime();
                CorroborateJob.Summary summary = job.run(spark);
                s = (System.nanoTime() - t0) / 1e9;
                n = summary.articles();
                System.out.printf("  %d stories in %d blocks, the largest of %d articles%n", summary.stories(),
                        summary.blocks(), summary.largestBlock());
            }
            row("spark local[" + c + "]", n, s, peakHeapMb(), shuffle.get() / 1e6);
            stageMillis.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                    .forEach(e -> System.out.printf("  task time %7.1f s  %s%n", e.getValue() / 1e3, e.getKey()));
            double rate = n / s;
            if (first == 0) {
                first = rate;
                firstCores = c;
            } else {
                System.out.printf("scaling efficiency local[%d] vs local[%d]: %.2f%n", c, firstCores,
                        (rate / first) / ((double) c / firstCores));
            }
        }
        return 0;
    }

    private static void row(String name, long n, double seconds, double peakMb, double shuffleMb) {
        System.out.printf("%-28s %8d %9.1f %12.1f %14.0f %16s%n", name, n, seconds, n / seconds, peakMb,
                shuffleMb < 0 ? "-" : String.format("%.1f", shuffleMb));
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    /** Sum of the heap pools' peaks since the last reset: driver and local executors share this JVM. */
    private static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum / 1e6;
    }
}
