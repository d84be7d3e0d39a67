package dev.corroborate.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corroborate.clean.Cleaner;
import dev.corroborate.model.Article;
import dev.corroborate.model.RawArticle;
import dev.corroborate.model.Story;
import dev.corroborate.render.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The name checks on real reports: ECB+ topic 7 holds two title defences of Wladimir Klitschko, against
 * Hasim Rahman (2008) and against Tony Thompson (2012), whose reports share nearly all their words; in the
 * file order they alternate, so one wrong early join used to pull both fights into one story.
 */
class EventChecksTest {

    private static final Path ECBPLUS = Path.of("../eval/data/ecbplus-dev/articles.jsonl");
    private static final List<Article> FIGHTS = new ArrayList<>();
    private static final Map<String, String> GOLD = new HashMap<>();

    @BeforeAll
    static void load() throws IOException {
        Cleaner cleaner = new Cleaner();
        for (String line : Files.readAllLines(ECBPLUS, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode j = Json.mapper().readTree(line);
            String story = j.path("story").asText();
            if (!story.startsWith("7-")) continue;
            String id = j.path("id").asText();
            FIGHTS.add(cleaner.clean(new RawArticle(id, ECBPLUS.toString(), 0, null, null, null, null, null,
                    j.path("text").asText(), null)));
            GOLD.put(id, story);
        }
    }

    private static Article fight(String id) {
        return FIGHTS.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    /** Gold events found in each story. */
    private static List<Set<String>> eventsPerStory(List<Story> stories) {
        return stories.stream().map(s -> {
            Set<String> events = new HashSet<>();
            s.articles().forEach(a -> events.add(GOLD.get(a)));
            return events;
        }).toList();
    }

    @Test
    void theTwoFightsStayApartWithTheChecksAndMixWithout() {
        assertEquals(21, FIGHTS.size());
        StoryClusterer checked = new StoryClusterer(ClusterConfig.defaults());
        FIGHTS.forEach(a -> checked.add(a, null));
        List<Set<String>> events = eventsPerStory(checked.stories());
        assertTrue(events.stream().allMatch(e -> e.size() == 1), "a story mixes the two fights: " + events);
        assertTrue(events.size() <= 4, "each fight should be told in one or two stories: " + events);

        StoryClusterer unchecked = new StoryClusterer(ClusterConfig.defaults().withChecks(EventChecks.off()));
        FIGHTS.forEach(a -> unchecked.add(a, null));
        assertTrue(eventsPerStory(unchecked.stories()).stream().anyMatch(e -> e.size() == 2),
                "without the checks the alternating reports should snowball into one story");
    }

    @Test
    void keyNamesAreTheProtagonistsNotSideNamesOrWeekdays() {
        ArticleFeatures f = new FeatureExtractor(false).apply(fight("7_1ecbplus"));
        Set<String> keys = NameClash.keyNames(f.names(), Map.of());
        assertTrue(keys.contains("thompson") && keys.contains("klitschko"), keys.toString());
        assertFalse(keys.contains("saturday"), keys.toString());
        assertFalse(keys.contains("ibf"), "said twice beside eleven Thompsons: " + keys);
    }

    @Test
    void aStoryMixingTheFightsDividesAlongTheBoxersNames() {
        FeatureExtractor fx = new FeatureExtractor(false);
        DocumentFrequencies df = new DocumentFrequencies();
        List<Member> members = new ArrayList<>();
        for (Article a : FIGHTS) {
            ArticleFeatures f = fx.apply(a);
            StreamState c = df.add(f, null);
            Map<String, Double> nv = DocumentFrequencies.weigh(f.names(), c.names(), c.documents(), true);
            members.add(new Member(f, DocumentFrequencies.weigh(f.terms(), c.terms(), c.documents(), false), nv,
                    List.of(), NameClash.keyNames(f.names(), nv), new ArrayList<>()));
        }
        EventChecks checks = ClusterConfig.defaults().checks();
        StorySplitter splitter = new StorySplitter(checks,
                (x, y) -> 0.3 * StoryState.dot(x.terms(), y.terms()) + 0.6 * StoryState.dot(x.names(), y.names()));
        List<Member> off = splitter.divide(story(members, splitter));
        assertFalse(off.isEmpty(), "the mixed story should divide");
        Set<String> offEvents = new HashSet<>();
        off.forEach(m -> offEvents.add(GOLD.get(m.id())));
        assertEquals(Set.of("7-ecbplus"), offEvents, "the part split off is the other fight, whole");
        long thompsonLeft = members.stream().filter(m -> !off.contains(m) && GOLD.get(m.id()).equals("7-ecbplus")).count();
        assertTrue(thompsonLeft <= 1, "Thompson reports left with Rahman's: " + thompsonLeft);

        List<Member> oneFight = members.stream().filter(m -> GOLD.get(m.id()).equals("7-ecb")).toList();
        assertTrue(splitter.divide(story(oneFight, splitter)).isEmpty(), "one fight's reports form one story");
    }

    private static StoryState story(List<Member> members, StorySplitter splitter) {
        StoryState s = new StoryState("s", 0, splitter::similarity);
        members.forEach(s::add);
        return s;
    }
}
