package dev.corroborate.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corroborate.clean.Cleaner;
import dev.corroborate.render.Json;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The property the Spark job stands on: cut a stream in publication order into the connected components of
 * its key graph, cluster each component alone with the whole stream's states, and the stories are exactly
 * those of the whole stream. Checked on the 462 real ECB+ reports, which carry no dates: as in a news
 * stream, each of the 40 events is given a day of one year and its reports hours after it; one report in
 * ten stays undated.
 */
class BlockedClusteringTest {

    private static final Path ECBPLUS = Path.of("../eval/data/ecbplus-dev/articles.jsonl");

    @Test
    void blocksClusteredApartGiveTheWholeStreamsStories() throws IOException {
        // A small key capacity, so that full keys (found, not registered) take part.
        ClusterConfig config = ClusterConfig.defaults().withEmbeddings(false).withKeyCapacity(3);
        List<Article> stream = reports();
        FeatureExtractor fx = new FeatureExtractor(false);
        Map<String, ArticleFeatures> features = new HashMap<>();
        stream.forEach(a -> features.put(a.id(), fx.apply(a)));

        StoryClusterer whole = new StoryClusterer(config, a -> features.get(a.id()));
        stream.forEach(a -> whole.add(a, null));

        // The stream's state as of each article (with how many originals offered each of its keys), and the
        // blocks: an article joined to every earlier one whose registered key it looks up.
        DocumentFrequencies counts = new DocumentFrequencies();
        Map<String, StreamState> states = new HashMap<>();
        Map<String, List<Integer>> offerers = new HashMap<>(), lookers = new HashMap<>();
        Instant recent = null;
        for (int i = 0; i < stream.size(); i++) {
            Article a = stream.get(i);
            int rank = i;
            if (a.published() != null) recent = a.published();
            StreamState s = counts.add(features.get(a.id()), recent);
            StoryKeys k = StoryKeys.of(features.get(a.id()), s, config);
            Map<String, Integer> offered = new HashMap<>();
            for (String key : k.offered()) {
                List<Integer> o = offerers.computeIfAbsent(key, x -> new ArrayList<>());
                o.add(rank);
                offered.put(key, o.size());
            }
            states.put(a.id(), s.withKeys(offered));
            k.lookups().forEach(key -> lookers.computeIfAbsent(key, x -> new ArrayList<>()).add(rank));
        }
        Map<String, String> parent = new HashMap<>();
        stream.forEach(a -> parent.put(a.id(), a.id()));
        // A looker finds a registrant (one of the key's first offerers) only when the registrant came first.
        offerers.forEach((key, o) -> {
            List<Integer> r = o.subList(0, Math.min(o.size(), config.keyCapacity()));
            int first = r.get(0);
            for (int l : lookers.getOrDefault(key, List.of())) {
                if (l <= first) continue;
                union(parent, stream.get(first).id(), stream.get(l).id());
                for (int x : r) if (x < l) union(parent, stream.get(first).id(), stream.get(x).id());
            }
        });
        Map<String, List<Article>> blocks = new HashMap<>();
        for (Article a : stream) blocks.computeIfAbsent(find(parent, a.id()), x -> new ArrayList<>()).add(a);

        List<Story> pieced = new ArrayList<>();
        for (List<Article> block : blocks.values()) {
            StoryClusterer part = new StoryClusterer(config, a -> features.get(a.id()));
            block.forEach(a -> part.add(a, null, states.get(a.id())));
            pieced.addAll(part.stories());
        }

        int largest = blocks.values().stream().mapToInt(List::size).max().orElseThrow();
        assertTrue(blocks.size() > 20 && largest < stream.size() / 2,
                blocks.size() + " blocks, the largest of " + largest + ": the cut should be real");
        assertEquals(partition(whole.stories()), partition(pieced));
        assertTrue(whole.stories().size() > 30, "stories: " + whole.stories().size());
    }

    private static Set<Set<String>> partition(List<Story> stories) {
        Set<Set<String>> out = new HashSet<>();
        stories.forEach(s -> out.add(Set.copyOf(s.articles())));
        return out;
    }

    private static String find(Map<String, String> parent, String x) {
        while (!parent.get(x).equals(x)) x = parent.get(x);
        return x;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(ra, rb);
    }

    /** The ECB+ reports, cleaned and dated, in publication order (undated last, then file order). */
    private static List<Article> reports() throws IOException {
        Cleaner cleaner = new Cleaner();
        Instant start = Instant.parse("2024-01-01T06:00:00Z");
        List<Article> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(ECBPLUS, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode j = Json.mapper().readTree(line);
            String story = j.path("story").asText();
            Instant day = start.plus(Duration.ofDays(Math.floorMod(story.hashCode(), 365)));
            Instant published = n++ % 10 == 9 ? null : day.plus(Duration.ofHours(n % 40));
            out.add(cleaner.clean(new RawArticle(j.path("id").asText(), ECBPLUS.toString(), 0, null, null, null,
                    published, null, j.path("text").asText(), null)));
        }
        out.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }
}
