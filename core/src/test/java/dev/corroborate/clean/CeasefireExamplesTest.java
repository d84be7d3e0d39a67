package dev.corroborate.clean;

import dev.corroborate.ingest.ArticleSink;
import dev.corroborate.ingest.Inputs;
import dev.corroborate.ingest.ReadOptions;
import dev.corroborate.model.Article;
import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;
import dev.corroborate.model.Removed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five example reports: the boilerplate listed here is removed, every other sentence of the real text
 * survives, and the metadata in the heads becomes fields.
 */
class CeasefireExamplesTest {

    private static final Path DIR = Path.of("../examples/ceasefire-call");

    /** Per file (id prefix): lines of the original that are not article text. */
    private static final Map<String, List<String>> EXPECTED_REMOVED = new LinkedHashMap<>();

    static {
        EXPECTED_REMOVED.put("000", List.of("By Anjali Sharma", "Comments are closed."));
        EXPECTED_REMOVED.put("001", List.of());
        EXPECTED_REMOVED.put("002", List.of("https://www.themoscowtimes.com/author/afp-3",
                "Related article: Takeaways from Trump-Putin Call",
                "Related article: Russia Open to Western Companies’ Return, Officials Say, But on Moscow’s Terms"));
        EXPECTED_REMOVED.put("003", List.of(
                "(With inputs from agencies)Discover the latest Business News, Sensex, and Nifty updates. Obtain Personal "
                        + "Finance insights, tax queries, and expert opinions on Moneycontrol or download the Moneycontrol App to stay updated!",
                "Find the best of Al News in one place, specially curated for you every weekend.",
                "Stay on top of the latest tech trends and biggest startup news."));
        EXPECTED_REMOVED.put("004", List.of("Catch all the Business News , Breaking News Events and Latest News Updates on "
                + "Live Mint. Download The Mint News App to get Daily Market Updates."));
    }

    /** Metadata prefixes the head holds, taken out of the first body line rather than removed as lines. */
    private static final List<String> HEAD_PREFIXES = List.of("WASHINGTON – ", "date 2025-03-19 ");

    private static final Map<String, Article> BY_PREFIX = new LinkedHashMap<>();
    private static final Map<String, String> ORIGINAL = new LinkedHashMap<>();

    @BeforeAll
    static void readAndClean() throws IOException {
        List<RawArticle> raw = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        Inputs.read(List.of(DIR.toString()), ReadOptions.defaults(), new ArticleSink() {
            @Override
            public void article(RawArticle article) {
                raw.add(article);
            }

            @Override
            public void error(InputError error) {
                errors.add(error);
            }
        });
        assertEquals(List.of(), errors);
        List<Article> articles = new Cleaner().cleanBatch(raw, errors::add);
        assertEquals(List.of(), errors);
        for (Article a : articles) BY_PREFIX.put(a.id().substring(0, 3), a);
        try (var files = Files.list(DIR)) {
            for (Path f : files.sorted().toList()) ORIGINAL.put(f.getFileName().toString().substring(0, 3), Files.readString(f));
        }
        assertEquals(EXPECTED_REMOVED.keySet(), BY_PREFIX.keySet());
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void everyListedBoilerplateLineIsRemoved() {
        EXPECTED_REMOVED.forEach((prefix, lines) -> {
            Article a = BY_PREFIX.get(prefix);
            String removed = squash(String.join("", a.removed().stream().map(Removed::text).toList()));
            for (String line : lines) {
                assertTrue(removed.contains(squash(line)), prefix + ": not removed: " + line + "\nremoved: " + a.removed());
                assertFalse(squash(a.text()).contains(squash(line)), prefix + ": still in text: " + line);
            }
            for (Removed r : a.removed()) assertFalse(r.reason().isBlank());
        });
    }

    @Test
    void everyOtherSentenceSurvives() {
        SentenceSplitter splitter = new SentenceSplitter();
        ORIGINAL.forEach((prefix, original) -> {
            Article a = BY_PREFIX.get(prefix);
            List<String> expected = new ArrayList<>();
            for (String paragraph : paragraphsOf(original)) {
                String p = paragraph;
                for (String head : HEAD_PREFIXES) if (p.startsWith(head)) p = p.substring(head.length());
                if (EXPECTED_REMOVED.get(prefix).contains(p)) continue;
                expected.addAll(splitter.split(p));
            }
            assertFalse(expected.isEmpty());
            for (String sentence : expected) {
                assertTrue(a.sentences().contains(sentence), prefix + ": sentence lost: " + sentence);
            }
            assertEquals(expected.size(), a.sentences().size(), prefix + ": sentence count");
        });
    }

    /** The originals' paragraphs: blank-line blocks where the file has blank lines, else single lines. */
    private static List<String> paragraphsOf(String text) {
        boolean blocks = text.contains("\n\n");
        return Arrays.stream(text.split(blocks ? "\\n\\s*\\n" : "\\n"))
                .map(p -> p.strip().replaceAll("\\s+", " ")).filter(p -> !p.isEmpty()).toList();
    }

    @Test
    void bylineDatelineAndDateLineBecomeFields() {
        Article a000 = BY_PREFIX.get("000");
        assertEquals("Anjali Sharma", a000.author());
        assertTrue(a000.removed().contains(new Removed("WASHINGTON –", "dateline")), a000.removed().toString());
        assertTrue(a000.text().startsWith("US President Donald Trump on Tuesday"), a000.text());
        assertFalse(a000.text().contains("Anjali"));

        Article a001 = BY_PREFIX.get("001");
        assertEquals(Instant.parse("2025-03-19T00:00:00Z"), a001.published());
        assertTrue(a001.text().startsWith("US President Donald Trump could not convince"), a001.text());
        assertNull(a001.author());
    }

    @Test
    void hardWrappedReportIsReflowedIntoParagraphs() {
        Article a = BY_PREFIX.get("002");
        String[] paragraphs = a.text().split("\n\n");
        assertEquals("Russian President Vladimir Putin agreed in a phone call with U.S. President Donald Trump on "
                + "Tuesday to pause strikes on Ukrainian energy infrastructure, but their highly anticipated "
                + "conversation failed to produce a broader ceasefire agreement.", paragraphs[0]);
        for (String p : paragraphs) assertFalse(p.contains("\n"), p);
        assertTrue(a.sentences().contains("\"It is time for Russia to show whether it really wants peace,\" Ukrainian "
                + "Foreign Minister Andrii Sybiha said ahead of the call."));
        long originalBlocks = paragraphsOf(ORIGINAL.get("002")).size();
        assertEquals(originalBlocks - EXPECTED_REMOVED.get("002").size(), paragraphs.length);
    }

    @Test
    void allExamplesAreEnglishFromTheFolderOutlet() {
        for (Article a : BY_PREFIX.values()) {
            assertEquals("eng", a.language(), a.id());
            assertEquals("ceasefire-call", a.source(), a.id());
        }
    }
}
