package dev.corroborate.cluster;

import dev.corroborate.clean.Cleaner;
import dev.corroborate.model.Article;
import dev.corroborate.model.RawArticle;
import dev.corroborate.model.Story;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryClustererTest {

    private static final Path EXAMPLE = Path.of("../examples/ceasefire-call");

    private static List<Article> ceasefireReports() throws IOException {
        Cleaner cleaner = new Cleaner();
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            return files.sorted().map(f -> {
                try {
                    String name = f.getFileName().toString();
                    return cleaner.clean(new RawArticle(name.substring(0, name.indexOf('.')), f.toString(), 0, null,
                            null, null, null, null, Files.readString(f, StandardCharsets.UTF_8), null));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static Article article(String id, String title, String text, Instant published) {
        return new Article(id, null, null, title, published, null, "eng", text, List.of(text.split("(?<=\\.) ")), List.of());
    }

    private static final String QUAKE = "A magnitude 6.1 earthquake struck the island of Sumatra in Indonesia on "
            + "Monday, killing at least 12 people in the town of Padang. The Indonesian meteorology agency said the "
            + "quake was centred 40 km off the coast. Rescuers searched collapsed homes in Padang overnight.";
    private static final String REHAB = "Actress Tara Reid has entered the Promises Treatment Center in Malibu, "
            + "California, her representative Jack Ketsoyan said. Reid, 33, starred in American Pie. People "
            + "magazine first reported that Reid checked into the rehab facility on Friday.";

    @Test
    void theFiveCeasefireReportsFormOneStory() throws IOException {
        List<Article> reports = ceasefireReports();
        assertEquals(5, reports.size());
        StoryClusterer c = new StoryClusterer();
        Set<String> ids = new HashSet<>();
        for (Article a : reports) ids.add(c.add(a, a.id()));
        assertEquals(1, ids.size(), "story ids given: " + ids);
        List<Story> stories = c.stories();
        assertEquals(1, stories.size());
        Story s = stories.get(0);
        assertEquals(reports.stream().map(Article::id).toList(), s.articles());
        assertFalse(s.headline().isBlank());
        assertTrue(s.names().stream().anyMatch(n -> n.contains("Putin")), s.names().toString());
        assertNull(s.dossier());
    }

    @Test
    void differentEventsOpenDifferentStoriesAndIdsAreStable() throws IOException {
        List<Article> reports = ceasefireReports();
        Article quake = article("quake-1", "Earthquake kills 12 in Sumatra", QUAKE, null);
        Article rehab = article("rehab-1", "Tara Reid checks into rehab", REHAB, null);
        StoryClusterer first = new StoryClusterer(ClusterConfig.defaults().withEmbeddings(false));
        String s0 = first.add(reports.get(0), null);
        String sq = first.add(quake, null);
        String sr = first.add(rehab, null);
        String s1 = first.add(reports.get(1), null);
        assertEquals(s0, s1);
        assertEquals(3, Set.of(s0, sq, sr).size());

        StoryClusterer again = new StoryClusterer(ClusterConfig.defaults().withEmbeddings(false));
        assertEquals(s0, again.add(reports.get(0), null));
        assertEquals(sq, again.add(quake, null));
        assertTrue(s0.matches("s-[0-9a-f]{12}"), s0);
    }

    @Test
    void aCopyJoinsItsOriginalsStoryWhateverItsText() {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults().withEmbeddings(false));
        String quakeStory = c.add(article("quake-1", "Earthquake kills 12 in Sumatra", QUAKE, null), null);
        c.add(article("rehab-1", "Tara Reid checks into rehab", REHAB, null), null);
        // The copy's text is about the rehab, but dedup said it copies the quake report: the origin wins.
        assertEquals(quakeStory, c.add(article("copy-1", "Tara Reid in rehab", REHAB, null), "quake-1"));
        assertEquals(List.of("quake-1", "copy-1"), c.stories().get(0).articles());
    }

    @Test
    void aStoryClosesAfterItsQuietPeriod() {
        ClusterConfig config = ClusterConfig.defaults().withEmbeddings(false).withQuietPeriod(Duration.ofDays(2));
        StoryClusterer c = new StoryClusterer(config);
        Instant t0 = Instant.parse("2024-03-04T08:00:00Z");
        String a = c.add(article("q1", "Earthquake kills 12 in Sumatra", QUAKE, t0), null);
        String b = c.add(article("q2", "Earthquake kills 12 in Sumatra", QUAKE, t0.plus(Duration.ofHours(6))), null);
        assertEquals(a, b);
        // Enough later articles for the periodic sweep, then the same report a month on: a new story.
        for (int i = 0; i < 70; i++) {
            c.add(article("r" + i, "Tara Reid checks into rehab " + i, REHAB, t0.plus(Duration.ofDays(30))), null);
        }
        String late = c.add(article("q3", "Earthquake kills 12 in Sumatra", QUAKE, t0.plus(Duration.ofDays(30))), null);
        assertNotEquals(a, late);
        Story closed = c.stories().get(0);
        assertEquals(List.of("q1", "q2"), closed.articles());
        assertEquals(t0, closed.firstSeen());
        assertEquals(t0.plus(Duration.ofHours(6)), closed.lastSeen());
        assertEquals("Earthquake kills 12 in Sumatra", closed.headline());
    }

    @Test
    void keysAreCountedPerWindowAndOldWindowsForgotten() {
        KeyHolders holders = new KeyHolders();
        assertEquals(Map.of("t:quak@10", 1, "t:quak@11", 1), holders.add(List.of("t:quak@10", "t:quak@11")));
        assertEquals(Map.of("t:quak@11", 2, "t:quak@12", 1, "t:quak@u", 1),
                holders.add(List.of("t:quak@11", "t:quak@12", "t:quak@u")));
        holders.forgetBefore(12);
        assertEquals(Map.of("t:quak@11", 1, "t:quak@12", 2, "t:quak@u", 2),
                holders.add(List.of("t:quak@11", "t:quak@12", "t:quak@u")));
    }

    @Test
    void keysMeetWithinAdjacentWindowsAndAnUndatedReportIsPlacedWithTheLastDatedOne() {
        ClusterConfig config = ClusterConfig.defaults().withEmbeddings(false);
        FeatureExtractor fx = new FeatureExtractor(false);
        Instant t0 = Instant.parse("2024-03-04T08:00:00Z");
        StoryKeys now = keysOf(fx, config, article("q1", "Earthquake kills 12 in Sumatra", QUAKE, t0));
        StoryKeys soon = keysOf(fx, config, article("q2", "Earthquake kills 12 in Sumatra", QUAKE, t0.plus(Duration.ofDays(2))));
        StoryKeys later = keysOf(fx, config, article("q3", "Earthquake kills 12 in Sumatra", QUAKE, t0.plus(Duration.ofDays(20))));
        assertTrue(meet(soon, now));
        assertFalse(meet(later, now), "twenty days apart");
        assertTrue(now.offered().stream().anyMatch(k -> k.startsWith("n:sumatra@")), now.toString());
        // An undated report is placed with the last dated one to arrive...
        StoryKeys undated = keysOf(fx, config, article("q4", "Earthquake kills 12 in Sumatra", QUAKE, null), t0);
        assertTrue(meet(undated, now));
        assertFalse(meet(keysOf(fx, config, article("q5", "Earthquake kills 12 in Sumatra", QUAKE, null),
                t0.plus(Duration.ofDays(20))), now));
        // ... and any later report, dated or not, finds it under its timeless key.
        assertTrue(meet(later, undated) && meet(now, undated));
    }

    private static StoryKeys keysOf(FeatureExtractor fx, ClusterConfig config, Article a) {
        return keysOf(fx, config, a, a.published());
    }

    /** As if the article were the first of the stream, with the stream's clock. */
    private static StoryKeys keysOf(FeatureExtractor fx, ClusterConfig config, Article a, Instant clock) {
        ArticleFeatures f = fx.apply(a);
        return StoryKeys.of(f, new DocumentFrequencies().add(f, clock), config);
    }

    /** Whether {@code a} looks up a key that {@code b} offers. */
    private static boolean meet(StoryKeys a, StoryKeys b) {
        return a.lookups().stream().anyMatch(b.offered()::contains);
    }
}
