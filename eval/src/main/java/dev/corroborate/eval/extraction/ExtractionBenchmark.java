package dev.corroborate.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * The committed article-extraction benchmark (eval/data/article-extraction-benchmark): pages with gold bodies,
 * and the scoring of an extractor over them.
 */
public final class ExtractionBenchmark {

    public static final Path DEFAULT_DIR = Path.of("eval/data/article-extraction-benchmark");

    /** One benchmark page; {@code tuning} marks the half used while tuning (even position in id order). */
    public record Page(String id, String url, String html, String gold, boolean tuning) {
    }

    /** One page's outcome. */
    public record PageResult(Page page, String predicted, ShingleScore score) {
    }

    /** Averages the benchmark way: precision and recall averaged over pages, F1 from the averages. */
    public record Summary(int pages, double precision, double recall, double f1) {
        static Summary of(List<PageResult> results) {
            double p = results.stream().mapToDouble(r -> r.score().precision()).filter(x -> !Double.isNaN(x))
                    .average().orElse(0);
            double r = results.stream().mapToDouble(x -> x.score().recall()).filter(x -> !Double.isNaN(x))
                    .average().orElse(0);
            return new Summary(results.size(), p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /** Loads every page listed in ground-truth.json; pages are read as UTF-8, as the benchmark does. */
    public static List<Page> load(Path dir) {
        try {
            JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
            List<String> ids = new ArrayList<>();
            for (Iterator<String> it = truth.fieldNames(); it.hasNext(); ) ids.add(it.next());
            ids.sort(null);
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                JsonNode entry = truth.get(id);
                Path file = dir.resolve("html").resolve(id + ".html.gz");
                pages.add(new Page(id, entry.path("url").asText(""), gunzip(file),
                        entry.path("articleBody").asText(""), i % 2 == 0));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Runs one extractor (page to text) over the pages; a page that throws scores as empty output. */
    public static List<PageResult> run(List<Page> pages, Function<Page, String> extractor) {
        List<PageResult> out = new ArrayList<>(pages.size());
        for (Page page : pages) {
            String text;
            try {
                text = extractor.apply(page);
            } catch (RuntimeException e) {
                System.err.println("extraction: page " + page.id() + " failed: " + e);
                text = "";
            }
            if (text == null) text = "";
            out.add(new PageResult(page, text, ShingleScore.of(page.gold(), text)));
        }
        return out;
    }

    /** Summaries for the tuning half, the held-out half and all pages. */
    public static Map<String, Summary> summarise(List<PageResult> results) {
        return Map.of(
                "tuning", Summary.of(results.stream().filter(r -> r.page().tuning()).toList()),
                "held-out", Summary.of(results.stream().filter(r -> !r.page().tuning()).toList()),
                "all", Summary.of(results));
    }

    private ExtractionBenchmark() {
    }
}
