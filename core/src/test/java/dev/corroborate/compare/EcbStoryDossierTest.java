package dev.corroborate.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.model.Article;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.Dossier.Conflict;
import dev.corroborate.model.Dossier.ConflictValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same mechanisms on other real news: ECB+ story 20-ecb, five reports of a quake on Qeshm island
 * (one paragraph per sentence in the corpus), and 8-ecb, eight reports of a bank bombing in Oregon.
 */
class EcbStoryDossierTest {

    private static Dossier quake, bombing;

    @BeforeAll
    static void build() throws Exception {
        Map<String, List<Article>> stories = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(Path.of("../eval/data/ecbplus-dev/articles.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode n = json.readTree(line);
            String story = n.get("story").asText();
            if (!story.equals("20-ecb") && !story.equals("8-ecb")) continue;
            List<String> sentences = new ArrayList<>();
            for (String p : n.get("text").asText().split("\\n\\s*\\n")) if (!p.isBlank()) sentences.add(p.strip());
            String id = n.get("id").asText();
            stories.computeIfAbsent(story, k -> new ArrayList<>()).add(new Article(id, id, null, sentences.getFirst(), null,
                    null, "eng", String.join("\n\n", sentences), sentences, List.of()));
        }
        DossierBuilder builder = new DossierBuilder();
        quake = builder.build(stories.get("20-ecb"), Map.of(), List.of());
        bombing = builder.build(stories.get("8-ecb"), Map.of(), List.of());
    }

    @Test
    void injuredCountsThatDisagreeAcrossOutlets() {
        Conflict c = quake.conflicts().stream().filter(k -> k.values().stream().anyMatch(v -> v.normalized().equals("5 injured"))
                && k.values().stream().anyMatch(v -> v.normalized().equals("2 injured"))).findFirst().orElse(null);
        assertNotNull(c, () -> "no five vs two injured in " + quake.conflicts());
        ConflictValue five = c.values().stream().filter(v -> v.normalized().equals("5 injured")).findFirst().orElseThrow();
        assertEquals(Set.of("20_1ecb", "20_2ecb"), Set.copyOf(five.sources()));
    }

    @Test
    void noConflictBetweenTheMagnitudesOfTwoDifferentQuakes() {
        // 20_5 reports Monday's 5.2 quake (5.4 by the USGS: a real disagreement) and, in passing, Sunday's 5.6 quake
        for (Conflict c : quake.conflicts()) {
            Set<String> values = c.values().stream().map(ConflictValue::normalized).collect(Collectors.toSet());
            assertFalse(values.contains("magnitude 5.6") && values.contains("magnitude 5.2"), c.toString());
        }
        assertTrue(bombing.conflicts().isEmpty(), () -> "the bombing reports agree on every figure: " + bombing.conflicts());
    }

    @Test
    void sameQuoteFromTwoOutletsWithItsSpeaker() {
        Dossier.Quote q = quake.quotes().stream().filter(x -> x.text().startsWith("So far only the collapse")).findFirst().orElseThrow();
        assertEquals(Set.of("20_1ecb", "20_2ecb"), Set.copyOf(q.sources()));
        assertEquals("Qeshm Governor Mehdi Irannejad", q.speaker());
    }

    @Test
    void speakersByRulesOverNeighbouringSentences() {
        Map<String, String> speakerOf = bombing.quotes().stream().collect(Collectors.toMap(Dossier.Quote::text, Dossier.Quote::speaker, (a, b) -> a));
        String ifReward = speakerOf.keySet().stream().filter(t -> t.startsWith("If it takes a $35,000 reward")).findFirst().orElseThrow();
        assertTrue(speakerOf.get(ifReward).contains("Hastings"), "a quote of its own continues the last speaker");
        String thunder = speakerOf.keySet().stream().filter(t -> t.startsWith("At first I thought it was thunder")).findFirst().orElseThrow();
        assertEquals("T.J. Simons", speakerOf.get(thunder), "a quote after a sentence about a named person");
        String dumpster = speakerOf.keySet().stream().filter(t -> t.startsWith("It sounded like somebody")).findFirst().orElseThrow();
        assertEquals("Jan Olson", speakerOf.get(dumpster), "said NAME, appositive after");
    }

    @Test
    void independentSourcesCountArticles() {
        Dossier.Fact reward = bombing.facts().stream().filter(f -> f.text().contains("$35,000 reward")).findFirst().orElseThrow();
        assertTrue(reward.independent() >= 3, reward.toString());
        assertEquals(reward.sources().size(), reward.independent(), "no copies given: every article is its own origin");
    }
}
