package dev.corroborate.compare;

import dev.corroborate.model.Article;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleSampleTest {

    private static Article at(int hour) {
        String id = "a" + hour;
        return new Article(id, "Outlet " + (hour % 7), null, null, Instant.parse("2024-03-01T00:00:00Z").plusSeconds(3600L * hour),
                null, "en", "Report number " + hour + ".", List.of("Report number " + hour + "."), List.of());
    }

    @Test
    void aStoryWithinTheLimitIsReadWhole() {
        List<Article> story = List.of(at(1), at(2), at(3));
        assertSame(story, ArticleSample.of(story, Map.of(), 3));
    }

    @Test
    void originalsSpreadOverTimeComeBeforeCopies() {
        List<Article> story = new ArrayList<>();
        Map<String, String> origins = new HashMap<>();
        for (int h = 0; h < 100; h++) {
            Article a = at(h);
            story.add(a);
            if (h % 2 == 1) origins.put(a.id(), "a" + (h - 1)); // every odd hour reprints the report before it
        }
        List<Article> picked = ArticleSample.of(story, origins, 10);
        assertEquals(10, picked.size());
        assertTrue(picked.stream().allMatch(a -> origins.getOrDefault(a.id(), a.id()).equals(a.id())), "no copy while originals remain");
        assertEquals("a0", picked.get(0).id(), "the first report");
        assertEquals("a98", picked.get(9).id(), "the latest original");

        List<Article> roomy = ArticleSample.of(story, origins, 60);
        assertEquals(60, roomy.size());
        assertEquals(50, roomy.stream().filter(a -> origins.getOrDefault(a.id(), a.id()).equals(a.id())).count(),
                "every original, then copies in the room left");
        for (int i = 1; i < roomy.size(); i++) {
            assertTrue(story.indexOf(roomy.get(i - 1)) < story.indexOf(roomy.get(i)), "the caller's order is kept");
        }
    }
}
