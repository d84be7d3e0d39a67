package dev.corroborate.eval.report;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs every evaluation and benchmark, each in its own JVM (so memory figures are its own), and writes
 * {@code report/REPORT.md} with their output and PNG plots of the series they hand over.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Run all quality evaluations and whole-run benchmarks and write report/REPORT.md with plots.")
public final class ReportCommand implements Callable<Integer> {

    /** One section of the report: a heading, what it measures, and the eval subcommand that produces it. */
    record Section(String heading, String about, List<String> args) {
    }

    @Option(names = "--out", defaultValue = "report", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--only", split = ",", description = "Run only the sections whose subcommand is listed.")
    List<String> only;

    @Option(names = "--timeout-minutes", defaultValue = "8", description = "Limit for one section (default: ${DEFAULT-VALUE}).")
    int timeoutMinutes;

    static final List<Section> SECTIONS = List.of(
            new Section("HTML main-content extraction (issue 2)",
                    "181 real pages of the Scrapinghub/Zyte article-extraction benchmark; F1 over word 4-gram shingles. "
                            + "Peer in the same run: Readability4J used as is.",
                    List.of("extraction")),
            new Section("Read and clean throughput (issue 2)",
                    "10,000 JSONL articles built from real text (ECB+ dev, extraction-benchmark gold bodies). "
                            + "Peer in the same run: Jackson parsing alone.",
                    List.of("read-clean")),
            new Section("Copy detection quality (issue 3)",
                    "ECB+ reprints labelled by hand plus real articles turned into copies by real-world edits; "
                            + "same-event different reports as hard negatives.",
                    List.of("dedup-quality")),
            new Section("Copy detection speed and memory (issue 3)",
                    "100,000 articles (real originals and edited copies). Peer in the same run: Lucene MinHashFilter.",
                    List.of("dedup-bench", "--articles", "100000")),
            new Section("Story clustering quality (issue 4)",
                    "ECB+ dev (462 real articles, 40 stories); tuned on topics 1-11, headline figure on 12-22. "
                            + "Peer in the same run: plain TF-IDF single-pass clusterer.",
                    List.of("cluster-quality")),
            new Section("Story clustering speed (issue 4)",
                    "A stream built from real texts; throughput by stream length, with and without the embedding. "
                            + "Peer in the same run: plain TF-IDF single pass.",
                    List.of("cluster-bench", "--articles", "20000", "--embedding-articles", "2000",
                            "--baseline-articles", "5000")),
            new Section("Dossier quality (issue 5)",
                    "10 real multi-outlet ECB+ stories with hand-written gold conflicts, quotes and fact counts.",
                    List.of("dossier-quality")),
            new Section("Dossier speed (issue 5)",
                    "10-article ECB+ stories. Peer in the same run: embedding the same sentences alone.",
                    List.of("dossier-bench")),
            new Section("Store ingest, size, API latency and kill -9 (issue 6)",
                    "Articles from real text into the Lucene store; wrk from a second process on loopback. "
                            + "Peer in the same run: a plain Lucene IndexWriter.",
                    List.of("store-bench", "--count", "3000", "--wrk-seconds", "10")),
            new Section("Microbenchmarks of the hot kernels (JMH, issue 8)", "Real text inputs (ECB+ dev, extraction-benchmark bodies); short runs, one thread. Peers in the same run: Lucene MinHashFilter query, OpenNLP SentenceDetectorME, one embedding call per sentence.", List.of("microbench")));

    @Override
    public Integer call() throws Exception {
        Path plots = out.resolve("data");
        Files.createDirectories(plots);
        try (Stream<Path> old = Files.list(plots)) {
            for (Path p : old.toList()) Files.delete(p);
        }
        StringBuilder md = new StringBuilder();
        md.append("# Corroborate: evidence report\n\n");
        md.append("Generated ").append(Instant.now()).append(" by `eval/run report`.\n\n");
        md.append("## Machine\n\n").append(Machine.describe()).append("\n");
        int failures = 0;
        for (Section s : SECTIONS) {
            if (only != null && !only.contains(s.args().get(0))) continue;
            System.err.println("report: running " + String.join(" ", s.args()));
            Instant t0 = Instant.now();
            Result r = run(s.args(), plots);
            Duration took = Duration.between(t0, Instant.now());
            md.append("## ").append(s.heading()).append("\n\n").append(s.about()).append("\n\n");
            md.append("Command: `eval/run ").append(String.join(" ", s.args())).append("` (")
                    .append(took.toSeconds()).append(" s, exit ").append(r.exit()).append(")\n\n");
            md.append("```\n").append(r.output().strip()).append("\n```\n\n");
            if (r.exit() != 0) failures++;
            // Written after every section, so a later failure never loses what was measured.
            Files.writeString(out.resolve("REPORT.md"), md.toString());
        }
        md.append("## Plots\n\n");
        try (Stream<Path> csvs = Files.list(plots)) {
            for (Path csv : csvs.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                Plot p = Plot.load(csv);
                Path png = out.resolve(p.name() + ".png");
                try {
                    Charts.png(p, png, Machine.oneLine());
                } catch (RuntimeException e) {
                    md.append("Plot ").append(p.name()).append(" could not be drawn: ").append(e.getMessage()).append("\n\n");
                    continue;
                }
                md.append("### ").append(p.title()).append("\n\n![").append(p.title()).append("](")
                        .append(png.getFileName()).append(")\n\n");
                if (!p.note().isEmpty()) md.append(p.note()).append(". ");
                md.append("Machine: ").append(Machine.oneLine()).append(". Plotted data: `data/").append(csv.getFileName())
                        .append("`\n\n");
            }
        }
        Files.writeString(out.resolve("REPORT.md"), md.toString());
        System.out.println("wrote " + out.resolve("REPORT.md") + (failures > 0 ? " (" + failures + " sections failed)" : ""));
        return failures == 0 ? 0 : 1;
    }

    record Result(int exit, String output) {
    }

    private Result run(List<String> args, Path plots) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx")).toList());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.corroborate.eval.EvalMain");
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put(Plot.DIR_ENV, plots.toAbsolutePath().toString());
        // Output goes to a file so that the time limit holds even when the section never closes its stdout.
        Path log = Files.createTempFile("corroborate-report", ".log");
        try {
            pb.redirectOutput(log.toFile());
            Process p = pb.start();
            boolean done = p.waitFor(timeoutMinutes, TimeUnit.MINUTES);
            if (!done) {
                p.destroyForcibly().waitFor();
            }
            String text = Files.readString(log, StandardCharsets.UTF_8);
            return done ? new Result(p.exitValue(), text)
                    : new Result(124, text + "\n(stopped after " + timeoutMinutes + " minutes)");
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
