package dev.corroborate.render;

import dev.corroborate.model.Analysis;
import dev.corroborate.model.Article;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.Story;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {

    @Test
    void everyTextIsEscapedAndThePageIsSelfContained() {
        String evil = "<script>alert('x')</script> & \"quotes\"";
        Dossier d = new Dossier(List.of(new Dossier.Fact(evil, List.of(new Dossier.SourceSentence("a<1>", evil)), List.of("a<1>"), 1)),
                List.of(new Dossier.Conflict("count", evil, List.of(new Dossier.ConflictValue(evil, "30 soldier", evil, List.of("a<1>"), false),
                        new Dossier.ConflictValue("23", "23 soldier", evil, List.of("b"), true)))),
                List.of(new Dossier.Quote(evil, evil, List.of("a<1>"))), List.of(new Dossier.TimelineEvent("2025-03-18", evil, List.of("b"))),
                List.of(new Dossier.SummarySentence(evil, List.of("a<1>"))));
        Article a = new Article("a<1>", evil, null, evil, null, null, "eng", evil, List.of(evil), List.of());
        Analysis analysis = new Analysis(List.of(a), Map.of(), List.of(), List.of(new Story("s1", evil, List.of("a<1>"), null, null, List.of(), d)),
                List.of());
        StringWriter s = new StringWriter();
        HtmlReport.write(analysis, new PrintWriter(s));
        String html = s.toString();
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;"));
        assertFalse(html.contains("src=") || html.contains("<link"), "nothing is fetched");
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.strip().endsWith("</html>"));
        String md = DossierMarkdown.render(d);
        assertTrue(md.contains("Where the sources differ") && md.contains("(copy)"), md);
    }
}
