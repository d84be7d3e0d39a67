package dev.corroborate.eval.readclean;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.clean.Cleaner;
import dev.corroborate.eval.report.Plot;
import dev.corroborate.ingest.ArticleSink;
import dev.corroborate.ingest.Inputs;
import dev.corroborate.ingest.ReadOptions;
import dev.corroborate.model.Article;
import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * Time and memory to read and clean a large JSON Lines file of real news text. The file is built in a
 * temporary folder from the ECB+ dev articles and the article bodies of the Zyte extraction benchmark's
 * gold set, cycled with fresh ids up to {@code --articles}. Phases, each on the same file in one JVM:
 * the peer (Jackson's own streaming parse of the same file, the floor any JSONL reader pays), our reader
 * alone, read + clean one article at a time (the streaming path), and read + clean as one batch (learns
 * per-outlet repeats, uses all cores). Peak heap is the sum of the heap pools' peaks during the phase; CPU
 * seconds are the process's, so articles per CPU-second holds steady on a loaded, shared machine.
 */
@Command(name = "read-clean", mixinStandardHelpOptions = true,
        description = "Benchmark: read and clean N articles from JSON Lines (articles/s, peak heap).")
public final class ReadCleanBenchmark implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "10000", description = "Articles in the generated file (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--data", defaultValue = "eval/data", description = "Folder of the evaluation data (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--curve", split = ",", defaultValue = "2500,5000",
            description = "Smaller corpus sizes measured too, for the plots against corpus size (default: ${DEFAULT-VALUE}).")
    List<Integer> curve;

    @Option(names = "--warmup", defaultValue = "1000", description = "Articles read and cleaned first, untimed, to load models and JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One text of the pool: an id and, when known, the page's URL. */
    private record Text(String id, String url, String text) {
    }

    /** What a phase did and cost. */
    private record Result(String phase, long articles, long errors, double seconds, double cpuSeconds, long peakHeapBytes,
                          long gcCount, long gcMillis) {
    }

    @Override
    public Integer call() throws IOException {
        List<Text> pool = pool();
        Path dir = Files.createTempDirectory("corroborate-read-clean");
        Path file = dir.resolve("articles.jsonl");
        Path warm = dir.resolve("warmup.jsonl");
        try {
            write(pool, articles, file);
            write(pool, warmup, warm);
            System.out.printf(Locale.ROOT, "read-clean: %d articles (%.1f MiB JSONL) from %d real texts; %d cores, max heap %d MiB, Java %s%n",
                    articles, Files.size(file) / (1024.0 * 1024), pool.size(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
            streamingReadClean(warm); // untimed: loads the OpenNLP models and warms the JIT
            batchReadClean(warm);
            List<Result> results = phases(file);
            // The smaller sizes after the full one, so that all run on warm code.
            Map<Integer, List<Result>> bySize = new TreeMap<>(Map.of(articles, results));
            for (int n : curve) {
                if (n >= articles) continue;
                write(pool, n, warm);
                bySize.put(n, phases(warm));
            }
            plots(bySize, pool.size());
            // The CPU columns do not move with other processes' load on a shared machine; wall time does.
            System.out.printf("%n%-26s %8s %6s %8s %11s %8s %13s %10s %5s%n", "phase", "articles", "errors", "wall s",
                    "articles/s", "CPU s", "per CPU-s", "peak heap", "GCs");
            for (Result r : results) {
                System.out.printf(Locale.ROOT, "%-26s %8d %6d %8.2f %11.0f %8.2f %13.0f %6d MiB %5d%n", r.phase(), r.articles(),
                        r.errors(), r.seconds(), r.articles() / r.seconds(), r.cpuSeconds(), r.articles() / r.cpuSeconds(),
                        r.peakHeapBytes() >> 20, r.gcCount());
            }
            System.out.printf(Locale.ROOT, "load average during the run: %.1f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            retention(pool);
            return results.stream().anyMatch(r -> r.articles() != articles) ? 1 : 0;
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(warm);
            Files.deleteIfExists(dir);
        }
    }

    private static List<Result> phases(Path file) {
        return List.of(
                measure("peer: Jackson parse only", () -> jacksonParse(file)),
                measure("read (Inputs)", () -> readOnly(file)),
                measure("read + clean, streaming", () -> streamingReadClean(file)),
                measure("read + cleanBatch", () -> batchReadClean(file)));
    }

    /** Throughput (wall clock and per CPU-second) and peak heap of each phase against the corpus size. */
    private static void plots(Map<Integer, List<Result>> bySize, int texts) {
        List<String> phases = bySize.values().iterator().next().stream().map(Result::phase).toList();
        List<String> rateSeries = new ArrayList<>();
        for (String p : phases) {
            rateSeries.add(p + " (wall)");
            rateSeries.add(p + " (per CPU-s)");
        }
        List<double[]> rates = new ArrayList<>();
        List<double[]> heaps = new ArrayList<>();
        for (Map.Entry<Integer, List<Result>> e : bySize.entrySet()) {
            double[] rate = new double[1 + 2 * phases.size()];
            double[] heap = new double[1 + phases.size()];
            rate[0] = heap[0] = e.getKey();
            for (int i = 0; i < phases.size(); i++) {
                Result r = e.getValue().get(i);
                rate[1 + 2 * i] = r.articles() / r.seconds();
                rate[2 + 2 * i] = r.articles() / r.cpuSeconds();
                heap[1 + i] = r.peakHeapBytes() / (1024.0 * 1024);
            }
            rates.add(rate);
            heaps.add(heap);
        }
        String note = "Data: JSONL articles cycling through " + texts + " real texts (ECB+ dev, extraction-benchmark gold bodies). "
                + "Peer in the same run: Jackson parsing the same file alone";
        new Plot("read-clean-throughput", "Read and clean throughput against corpus size", "articles in the file",
                "articles/s " + Plot.LOG_SCALE, rateSeries, rates, note).saveIfRequested();
        new Plot("read-clean-memory", "Read and clean peak heap against corpus size", "articles in the file",
                "peak heap (MiB)", phases, heaps, note).saveIfRequested();
    }

    /**
     * How much of the real texts cleaning keeps, as a guard that speed is not bought by dropping text: the
     * share of each source text's words (as a multiset) found in its clean text. The gold bodies are clean
     * article text, so what is missing there is mostly loss (datelines and the odd promo in a gold body).
     */
    private static void retention(List<Text> pool) {
        Cleaner cleaner = new Cleaner();
        long source = 0;
        long kept = 0;
        int removedParagraphs = 0;
        for (Text t : pool) {
            Article a = cleaner.clean(new RawArticle(t.id(), "pool", 1, null, t.url(), null, null, null, t.text(), null));
            Map<String, Integer> left = new java.util.HashMap<>();
            for (String w : words(a.text())) left.merge(w, 1, Integer::sum);
            for (String w : words(t.text())) {
                source++;
                Integer n = left.get(w);
                if (n != null && n > 0) {
                    kept++;
                    left.put(w, n - 1);
                }
            }
            removedParagraphs += a.removed().size();
        }
        System.out.printf(Locale.ROOT, "word retention on the %d source texts (each cleaned alone): %.2f%% of %d words kept, %d pieces removed%n",
                pool.size(), 100.0 * kept / source, source, removedParagraphs);
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).split("\\s+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    private List<Text> pool() throws IOException {
        List<Text> pool = new ArrayList<>();
        try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class)
                .readValues(data.resolve("ecbplus-dev/articles.jsonl").toFile())) {
            while (it.hasNext()) {
                JsonNode n = it.next();
                pool.add(new Text(n.get("id").asText(), n.path("url").isTextual() ? n.get("url").asText() : null, n.get("text").asText()));
            }
        }
        JsonNode gold = MAPPER.readTree(data.resolve("article-extraction-benchmark/ground-truth.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String body = e.getValue().path("articleBody").asText("");
            if (!body.isBlank()) pool.add(new Text(e.getKey().substring(0, 12), e.getValue().path("url").asText(null), body));
        }
        return pool;
    }

    /** n articles cycling through the pool; repeats get a fresh id so every article is distinct by id. */
    private static void write(List<Text> pool, int n, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             JsonGenerator g = MAPPER.getFactory().createGenerator(w)) {
            for (int i = 0; i < n; i++) {
                Text t = pool.get(i % pool.size());
                g.writeStartObject();
                g.writeStringField("id", t.id() + "-" + (i / pool.size()));
                if (t.url() != null) g.writeStringField("url", t.url());
                g.writeStringField("text", t.text());
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
    }

    private static long[] jacksonParse(Path file) {
        long n = 0;
        try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                if (it.next().has("text")) n++;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new long[]{n, 0};
    }

    private static long[] readOnly(Path file) {
        long[] counts = new long[2];
        Inputs.read(List.of(file.toString()), ReadOptions.defaults(), new ArticleSink() {
            @Override
            public void article(RawArticle article) {
                counts[0]++;
            }

            @Override
            public void error(InputError error) {
                counts[1]++;
            }
        });
        return counts;
    }

    private static long[] streamingReadClean(Path file) {
        Cleaner cleaner = new Cleaner();
        long[] counts = new long[2];
        long[] sentences = new long[1];
        Inputs.read(List.of(file.toString()), ReadOptions.defaults(), new ArticleSink() {
            @Override
            public void article(RawArticle article) {
                Article a = cleaner.clean(article);
                sentences[0] += a.sentences().size();
                counts[0]++;
            }

            @Override
            public void error(InputError error) {
                counts[1]++;
            }
        });
        return counts;
    }

    private static long[] batchReadClean(Path file) {
        List<RawArticle> raw = new ArrayList<>();
        long[] counts = new long[2];
        Inputs.read(List.of(file.toString()), ReadOptions.defaults(), new ArticleSink() {
            @Override
            public void article(RawArticle article) {
                raw.add(article);
            }

            @Override
            public void error(InputError error) {
                counts[1]++;
            }
        });
        List<Article> clean = new Cleaner().cleanBatch(raw, e -> counts[1]++);
        counts[0] = clean.size();
        return counts;
    }

    private static Result measure(String phase, Supplier<long[]> work) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long gcCount0 = gcCount();
        long gcTime0 = gcMillis();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        long[] counts = work.get();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Result(phase, counts[0], counts[1], seconds, cpuSeconds, peak, gcCount() - gcCount0, gcMillis() - gcTime0);
    }

    /** CPU time of the whole process (all threads, GC included). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
