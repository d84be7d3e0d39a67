package dev.corroborate.web;

import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.Passage;
import dev.corroborate.model.Story;
import dev.corroborate.store.StoredArticle;
import dev.corroborate.store.StoredStory;
import dev.corroborate.store.StorySummary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The story page's rendering of what the dedup and compare stages produce: shared passages, facts, quotes. */
class StoryPageTest {

    private static Article article(String id, String source, String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        return new Article(id, source, "javascript:alert(1)", "Title " + id, Instant.parse("2024-05-01T08:00:00Z"),
                null, "eng", text, List.of(paragraphs), List.of());
    }

    @Test
    void marksSharedPassagesAndShowsTheDossier() {
        Article wire = article("wire", "Wire", "The bridge closed at noon.", "Engineers found <b>cracks</b>.");
        Article copy = article("copy", "Local", "Traffic was diverted.", "Engineers found <b>cracks</b>.");
        CopyRelation rel = new CopyRelation("copy", "wire", 0.4, 0.5,
                List.of(new Passage("Engineers found <b>cracks</b>.", "Engineers found <b>cracks</b>.", false)));
        Dossier dossier = new Dossier(
                List.of(new Dossier.Fact("The bridge closed", List.of(), List.of("wire", "copy"), 1)),
                List.of(),
                List.of(new Dossier.Quote("It is unsafe", "Mayor <i>Lee</i>", List.of("wire")),
                        new Dossier.Quote("We will reopen soon", "Mayor <i>Lee</i>", List.of("copy"))),
                List.of(new Dossier.TimelineEvent("2024-05-01", "Bridge closed", List.of("wire"))),
                List.of(new Dossier.SummarySentence("A bridge closed after cracks were found.", List.of("wire", "copy"))));
        Story story = new Story("s9", "Bridge closed", List.of("wire", "copy"), null, null, List.of(), dossier);
        StoredStory st = new StoredStory(new StorySummary("s9", "Bridge closed", 2, 2, 0, Instant.parse("2024-05-01T08:00:00Z")),
                story, List.of(new StoredArticle(wire, "wire", "s9", 1), new StoredArticle(copy, "wire", "s9", 2)), List.of(rel));

        String html = StoryPage.render(st, true);
        Document doc = Jsoup.parse(html);
        List<Element> marks = doc.select("#articles mark");
        assertEquals(2, marks.size(), "the shared sentence is marked in both articles");
        assertEquals("Engineers found <b>cracks</b>.", marks.get(0).text());
        assertTrue(marks.get(0).attr("title").contains("copy"), marks.get(0).attr("title"));
        assertTrue(doc.select("#articles b").isEmpty(), "article markup stays text");
        assertEquals("Copies [1]", doc.select("#a-2 .copy-note").text());
        assertNull(doc.selectFirst("#articles a[href^=javascript]"), "only http(s) links to originals");

        assertEquals("1", doc.select("#facts td.count").text());
        assertEquals(1, doc.select("#quotes h3").size(), "quotes grouped by speaker");
        assertEquals("Mayor <i>Lee</i>", doc.select("#quotes h3").text());
        assertEquals(2, doc.select("#quotes li").size());
        assertEquals("2024-05-01", doc.select("#timeline time").attr("datetime"));
        assertEquals(List.of("#a-1", "#a-2"), doc.select("#summary a.cite").eachAttr("href"));
        assertTrue(html.contains("<style>"), "standalone pages carry their stylesheet");
    }
}
