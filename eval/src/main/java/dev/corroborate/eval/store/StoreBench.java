package dev.corroborate.eval.store;

import dev.corroborate.eval.report.Heap;
import dev.corroborate.eval.report.Plot;
import dev.corroborate.model.RawArticle;
import dev.corroborate.render.Json;
import dev.corroborate.store.IngestReport;
import dev.corroborate.store.Store;
import dev.corroborate.store.StorySummary;
import dev.corroborate.web.ServerOptions;
import dev.corroborate.web.WebServer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code eval/run store-bench}: ingest throughput and memory of the store against plain Lucene indexing of the
 * same articles (the peer: the floor any Lucene store pays), size on disk, reopen cost, API latency under wrk
 * from a second process, and the store after a kill -9 during ingest.
 */
@Command(name = "store-bench", mixinStandardHelpOptions = true,
        description = "Benchmark the store: ingest throughput and heap vs plain Lucene, bytes per article, reopen "
                + "(replay) time, GET /api/stories/{id} and /api/articles/{id} latency under wrk, state after kill -9.")
public final class StoreBench implements Callable<Integer> {

    private static final Pattern ACK = Pattern.compile("^stored \\d+ \\(skipped (\\d+), total (\\d+),");

    @Option(names = "--count", defaultValue = "100000", description = "Articles to ingest (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--batch", defaultValue = "1000", description = "Articles per commit (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--data", defaultValue = "eval/data", description = "Evaluation data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--work", defaultValue = "eval/target/store-bench", description = "Scratch folder, emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--wrk-seconds", defaultValue = "10", description = "Duration of each wrk run (default: ${DEFAULT-VALUE}).")
    int wrkSeconds;

    @Option(names = "--connections", defaultValue = "16", description = "Concurrent wrk connections (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--kill-articles", defaultValue = "3000", description = "Articles in the kill -9 run (default: ${DEFAULT-VALUE}).")
    int killArticles;

    @Option(names = "--dossier-sample", defaultValue = "0", paramLabel = "N",
            description = "Build the dossiers of only N stories drawn at random (seeded) after the ingest, by reading "
                    + "them, and extrapolate the whole run from their mean (0, the default: build them all).")
    int dossierSample;

    @Option(names = "--skip-kill", description = "Leave out the kill -9 run.")
    boolean skipKill;

    /** The stories whose dossiers the sample built (empty when all were built). */
    private final List<StorySummary> sampled = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        deleteTree(work);
        Files.createDirectories(work);
        BenchCorpus corpus = BenchCorpus.load(data);
        System.out.printf("store-bench: %d articles from %d real bodies (ECB+ dev, extraction benchmark gold), batches of %d%n",
                count, corpus.bodies(), batch);
        System.out.printf("machine: %d cpus visible, load average %.1f, max heap %d MiB, java %s%n",
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));

        Path storeDir = work.resolve("store");
        ingest(corpus, storeDir);
        peer(corpus, work.resolve("plain-lucene"));
        reopen(storeDir);
        latency(storeDir);
        if (!skipKill) kill(corpus, work.resolve("kill"));
        return 0;
    }

    private void ingest(BenchCorpus corpus, Path dir) throws IOException {
        Heap.resetPeaks();
        long start = System.nanoTime();
        long stored = 0;
        long lastReport = start;
        java.util.Map<String, Long> timings;
        double cpu0 = cpuSeconds();
        List<double[]> growth = new ArrayList<>();
        long ingested;
        double ingestCpu;
        int dossiers = 0;
        long pending;
        try (Store store = Store.open(dir)) {
            for (int from = 0; from < count; from += batch) {
                List<RawArticle> raw = new ArrayList<>();
                for (int i = from; i < Math.min(count, from + batch); i++) raw.add(corpus.article(i));
                // As 'corroborate ingest' does: dossiers wait for the end of the run, then each touched story's is built once.
                IngestReport r = store.ingestRaw(raw, false);
                stored += r.stored();
                long now = System.nanoTime();
                if (now - lastReport > 15e9) {
                    System.err.printf("  ... %d stored, %.0f articles/s%n", stored, stored / ((now - start) / 1e9));
                    lastReport = now;
                }
                int done = Math.min(count, from + batch);
                if (done % 10_000 == 0 || done == count) {
                    // Throughput as the store grows: the cost of an article must not rise with what is stored.
                    double s = (now - start) / 1e9;
                    double c = cpuSeconds() - cpu0;
                    System.out.printf("  at %,d articles: %.0f articles/s since start (%.0f per CPU-second), heap used %d MiB%n",
                            done, stored / s, stored / c, Heap.usedMiB());
                    growth.add(new double[]{done, stored / s, stored / c, Heap.usedMiB()});
                }
            }
            ingested = System.nanoTime();
            ingestCpu = cpuSeconds();
            pending = store.pendingDossiers();
            if (dossierSample > 0) {
                // A seeded random sample of the stories, each built by reading it, as a first visitor would.
                List<StorySummary> all = new ArrayList<>(store.stories(null, (int) Math.max(1, pending)));
                java.util.Collections.shuffle(all, new java.util.Random(42));
                long members = 0;
                for (StorySummary st : all.subList(0, Math.min(dossierSample, all.size()))) {
                    store.storyJson(st.id());
                    sampled.add(st);
                    members += st.articles();
                    dossiers++;
                }
                System.out.printf("dossier sample: %d stories drawn at random of %d, %.1f articles each on average (all stories: %.1f)%n",
                        dossiers, all.size(), (double) members / Math.max(1, dossiers),
                        all.stream().mapToLong(StorySummary::articles).average().orElse(0));
            } else {
                dossiers = store.buildPendingDossiers(500, d -> { }).stories().size();
            }
            timings = store.ingestTimings();
        }
        new Plot("store-ingest", "Store ingest (dossiers deferred) as the store grows; real ECB+ and Zyte bodies; peer: plain Lucene (see table)",
                "articles stored", "articles/s | heap MiB", List.of("articles/s wall", "articles per CPU-second", "heap used MiB"),
                growth).saveIfRequested();
        double ingestSecs = (ingested - start) / 1e9;
        double secs = (System.nanoTime() - start) / 1e9;
        double cpu = cpuSeconds() - cpu0;
        long bytes = treeSize(dir);
        System.out.printf("%nstore ingest (clean + dedup + cluster + Lucene, commit per batch of %d): %d stored of %d in %.1f s = %.0f articles/s (process CPU %.1f s = %.0f articles per CPU-second)%n",
                batch, stored, count, ingestSecs, stored / ingestSecs, ingestCpu - cpu0, stored / (ingestCpu - cpu0));
        double perStory = (secs - ingestSecs) / Math.max(1, dossiers);
        System.out.printf("then the dossiers of %d of the %d stories, built once each: %.1f s = %.1f stories/s (process CPU %.1f s)%n",
                dossiers, pending, secs - ingestSecs, 1 / perStory, cpu - (ingestCpu - cpu0));
        if (dossiers < pending) {
            double whole = ingestSecs + perStory * pending;
            System.out.printf("whole run with every dossier, extrapolated at that rate: %.0f s = %.0f articles/s; peak heap %d MiB%n",
                    whole, stored / whole, Heap.peakMiB());
        } else {
            System.out.printf("whole run with dossiers: %.1f s = %.0f articles/s (process CPU %.1f s), peak heap %d MiB%n",
                    secs, stored / secs, cpu, Heap.peakMiB());
        }
        System.out.println("where the time went (ms): " + timings);
        System.out.printf("store size on disk: %.1f MiB = %.0f bytes/article%n", bytes / 1048576.0, (double) bytes / Math.max(1, stored));
    }

    /** The peer: the same articles indexed by a bare Lucene IndexWriter (id, title, text, stored JSON), same commits. */
    private void peer(BenchCorpus corpus, Path dir) throws IOException {
        Heap.resetPeaks();
        long start = System.nanoTime();
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64))) {
            for (int i = 0; i < count; i++) {
                RawArticle a = corpus.article(i);
                Document doc = new Document();
                doc.add(new StringField("id", a.id(), Field.Store.YES));
                doc.add(new TextField("title", a.title(), Field.Store.NO));
                doc.add(new TextField("text", a.text(), Field.Store.NO));
                doc.add(new StoredField("json", Json.mapper().writeValueAsString(a)));
                w.addDocument(doc);
                if ((i + 1) % batch == 0) w.commit();
            }
            w.commit();
        }
        double secs = (System.nanoTime() - start) / 1e9;
        long bytes = treeSize(dir);
        System.out.printf("peer, plain Lucene IndexWriter of the same articles, same commits: %.1f s = %.0f articles/s, peak heap %d MiB, %.0f bytes/article%n",
                secs, count / secs, Heap.peakMiB(), (double) bytes / count);
    }

    private void reopen(Path dir) {
        long start = System.nanoTime();
        long replay;
        try (Store store = Store.open(dir)) {
            replay = store.replayMillis();
        }
        double writeOpen = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        try (Store store = Store.openReadOnly(dir)) {
            store.articleCount();
        }
        double readOpen = (System.nanoTime() - start) / 1e6;
        System.out.printf("reopen for writing (replays every stored article into the copy detector and clusterer): %.0f ms (replay %d ms); read-only open: %.0f ms%n",
                writeOpen, replay, readOpen);
    }

    private void latency(Path dir) throws Exception {
        Path wrk = Path.of("/usr/bin/wrk");
        if (!Files.isExecutable(wrk)) {
            System.out.println("latency: skipped, /usr/bin/wrk not installed");
            return;
        }
        try (Store store = Store.open(dir);
             WebServer server = WebServer.start(store, new ServerOptions("127.0.0.1", 0, null, ServerOptions.DEFAULT_MAX_REQUEST_BYTES))) {
            // Only stories whose dossier is built: a pending one would time its building, not the read.
            List<StorySummary> stories = sampled.isEmpty() ? store.stories(null, 1000) : sampled;
            long maxStory = stories.stream().mapToLong(StorySummary::articles).max().orElse(0);
            StringBuilder lua = new StringBuilder("local ids = {");
            for (StorySummary s : stories) lua.append('"').append(s.id().replace("\"", "")).append("\",");
            lua.append("}\nrequest = function()\n  return wrk.format(\"GET\", \"/api/stories/\" .. ids[math.random(#ids)])\nend\n");
            Path storiesLua = Files.writeString(work.resolve("stories.lua"), lua);
            Path articlesLua = Files.writeString(work.resolve("articles.lua"), "request = function()\n  return wrk.format(\"GET\", "
                    + "\"/api/articles/bench-\" .. math.random(0, " + (count - 1) + "))\nend\n");
            String base = "http://127.0.0.1:" + server.port();
            System.out.printf("%nGET /api/stories/{id}: %d stories (largest holds %d articles), wrk %d connections, 2 threads, %d s:%n",
                    stories.size(), maxStory, connections, wrkSeconds);
            runWrk(wrk, storiesLua, base);
            System.out.printf("GET /api/articles/{id}, random ids among %d:%n", count);
            runWrk(wrk, articlesLua, base);
        }
    }

    private void runWrk(Path wrk, Path script, String base) throws IOException, InterruptedException {
        List<String> cmd = List.of(wrk.toString(), "-t2", "-c" + connections, "-d" + wrkSeconds + "s", "--latency",
                "-s", script.toString(), base);
        System.out.println("  $ " + String.join(" ", cmd));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.strip();
                if (t.startsWith("50%") || t.startsWith("99%") || t.startsWith("Requests/sec") || t.startsWith("Transfer/sec")
                        || t.contains("requests in") || t.startsWith("Non-2xx") || t.startsWith("Socket errors")) {
                    System.out.println("    " + t);
                }
            }
        }
        p.waitFor(wrkSeconds + 30L, TimeUnit.SECONDS);
    }

    /** Runs 'corroborate ingest' in a child JVM, SIGKILLs it mid-run, reopens the store and checks it. */
    private void kill(BenchCorpus corpus, Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < killArticles; i++) {
            RawArticle a = corpus.article(i);
            Files.writeString(in.resolve(String.format("k%06d.txt", i)), a.text());
        }
        Path store = dir.resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"), "dev.corroborate.cli.Main", "ingest",
                "--store", store.toString(), "--batch", "100", in.toString());
        Path errors = dir.resolve("ingest.err");
        Process p = new ProcessBuilder(cmd).redirectError(errors.toFile()).start();
        long acked = 0;
        long skipped = 0;
        int acks = 0;
        int killAfter = Math.max(1, killArticles / 100 / 2);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = ACK.matcher(line);
                if (m.find()) {
                    skipped += Long.parseLong(m.group(1));
                    acked = Long.parseLong(m.group(2));
                    if (++acks == killAfter) break;
                }
            }
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
        long start = System.nanoTime();
        try (Store s = Store.open(store)) {
            double openMs = (System.nanoTime() - start) / 1e6;
            long held = s.articleCount();
            // The child reads the files in sorted order: the acknowledged batches are the first acks * 100 files,
            // minus those it skipped as repeats of a stored text (the cleaner takes the varying dateline off).
            long files = acks * 100L;
            long present = 0;
            long refused = 0;
            String refusals = Files.readString(errors);
            for (int i = 0; i < files; i++) {
                String id = String.format("k%06d", i);
                if (s.article(id).isPresent()) present++;
                else if (refusals.contains(id)) refused++;   // reported by the ingest as an error, not acknowledged
            }
            System.out.printf("%nkill -9 during ingest ('corroborate ingest --batch 100' of %d files, SIGKILL after %d acknowledged batches, exit %d): "
                            + "reopened for writing in %.0f ms; acknowledged batches: %d files = %d stored (total) + %d skipped as repeats + %d refused with an error; "
                            + "held after reopening: %d articles, %d of the acknowledged files' articles, %d acknowledged missing%n",
                    killArticles, acks, p.exitValue(), openMs, files, acked, skipped, refused, held, present,
                    files - skipped - refused - present);
        }
    }

    /** CPU time of this process (all threads), seconds: the machine is shared, so wall time alone misleads. */
    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }




    private static long treeSize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
