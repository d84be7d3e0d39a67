package dev.corroborate.eval.extraction;

import dev.corroborate.eval.extraction.ExtractionBenchmark.Page;
import dev.corroborate.eval.extraction.ExtractionBenchmark.PageResult;
import dev.corroborate.eval.extraction.ExtractionBenchmark.Summary;
import dev.corroborate.ingest.html.HtmlExtractor;
import net.dankito.readability4j.Readability4J;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * {@code eval/run extraction}: main-content quality and time of our HTML extractor against Readability4J used as
 * is, on the article-extraction benchmark (F1 over word 4-gram shingles averaged per page).
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "HTML main-content extraction: P/R/F1 and time, ours vs Readability4J, on the "
                + "article-extraction benchmark (tuning half = even ids in sorted order, held-out = odd).")
public final class ExtractionCommand implements Callable<Integer> {

    @Option(names = "--data", description = "benchmark folder (default: ${DEFAULT-VALUE})")
    Path data = ExtractionBenchmark.DEFAULT_DIR;

    @Option(names = "--worst", description = "print the N pages where ours scores the lowest F1")
    int worst;

    @Option(names = "--show", description = "print our output for this page id (prefix) with the paragraphs "
            + "that are not in the gold marked '-' and the gold sentences we missed marked '+'")
    String show;

    @Option(names = "--warm", description = "run each extractor once untimed before the timed run")
    boolean warm;

    @Override
    public Integer call() {
        List<Page> pages = ExtractionBenchmark.load(data);
        HtmlExtractor ours = new HtmlExtractor();
        Function<Page, String> oursFn = p -> ours.extract(p.html(), p.url()).text();
        Function<Page, String> peerFn = p -> new Readability4J(p.url(), p.html()).parse().getTextContent();
        System.out.printf("article-extraction benchmark: %d pages, %s JVM, load average %.1f on %d cores%n",
                pages.size(), warm ? "warm" : "cold", ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage(), Runtime.getRuntime().availableProcessors());
        List<PageResult> oursResults = report("ours (HtmlExtractor)", pages, oursFn);
        report("peer (Readability4J 1.0.8 as is)", pages, peerFn);
        if (worst > 0) printWorst(oursResults);
        if (show != null) oursResults.stream().filter(r -> r.page().id().startsWith(show)).findFirst()
                .ifPresentOrElse(ExtractionCommand::printPage, () -> System.out.println("no page " + show));
        return 0;
    }

    private List<PageResult> report(String name, List<Page> pages, Function<Page, String> fn) {
        if (warm) ExtractionBenchmark.run(pages, fn);
        // CPU time and allocation of this thread as well as wall time: on a shared machine the wall time
        // mostly measures the neighbours.
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        long cpu0 = threads.getCurrentThreadCpuTime(), alloc0 = threads.getThreadAllocatedBytes(tid);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long t0 = System.nanoTime();
        List<PageResult> results = ExtractionBenchmark.run(pages, fn);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double allocMb = (threads.getThreadAllocatedBytes(tid) - alloc0) / 1e6;
        // peak of the heap pools during the run (the pages themselves, ~100 MB, are held throughout)
        double peakMb = heap.stream().mapToLong(m -> m.getPeakUsage().getUsed()).sum() / 1e6;
        Map<String, Summary> s = ExtractionBenchmark.summarise(results);
        System.out.printf("%s: %.2f s wall, %.2f s CPU for %d pages (%.0f pages/s CPU), %.0f MB allocated, "
                + "heap peak %.0f MB%n", name, seconds, cpu, pages.size(), pages.size() / cpu, allocMb, peakMb);
        for (String half : List.of("tuning", "held-out", "all")) {
            Summary x = s.get(half);
            System.out.printf("  %-9s %3d pages  P %.3f  R %.3f  F1 %.3f%n", half, x.pages(), x.precision(),
                    x.recall(), x.f1());
        }
        return results;
    }

    private void printWorst(List<PageResult> results) {
        System.out.println("worst pages (ours):");
        results.stream().sorted(Comparator.comparingDouble(r -> r.score().f1())).limit(worst).forEach(r ->
                System.out.printf("  %s %s  P %.3f  R %.3f  F1 %.3f  %s%n", r.page().id().substring(0, 12),
                        r.page().tuning() ? "tune" : "held", r.score().precision(), r.score().recall(),
                        r.score().f1(), r.page().url()));
    }

    // A paragraph is "not in gold" when most of its 4-grams are absent from the gold, and vice versa.
    private static void printPage(PageResult r) {
        System.out.printf("%s %s  P %.3f R %.3f%n", r.page().id(), r.page().url(), r.score().precision(),
                r.score().recall());
        Set<String> gold = grams(r.page().gold());
        Set<String> pred = grams(r.predicted());
        for (String para : r.predicted().split("\n\n")) {
            System.out.println((covered(para, gold) ? "  " : "- ") + para);
        }
        System.out.println("---- gold paragraphs missed:");
        for (String para : r.page().gold().split("\n+")) {
            if (!covered(para, pred)) System.out.println("+ " + para);
        }
    }

    private static boolean covered(String para, Set<String> grams) {
        Set<String> own = grams(para);
        if (own.isEmpty()) return true;
        return own.stream().filter(grams::contains).count() * 2 >= own.size();
    }

    private static Set<String> grams(String text) {
        List<String> t = ShingleScore.tokens(text);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 4 <= t.size(); i++) out.add(String.join(" ", t.subList(i, i + 4)));
        if (t.size() < 4 && !t.isEmpty()) out.add(String.join(" ", t));
        return out;
    }
}
