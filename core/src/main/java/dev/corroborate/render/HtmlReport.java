package dev.corroborate.render;

import dev.corroborate.model.Analysis;
import dev.corroborate.model.Article;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.Dossier.Conflict;
import dev.corroborate.model.Dossier.ConflictValue;
import dev.corroborate.model.Dossier.Fact;
import dev.corroborate.model.Dossier.Quote;
import dev.corroborate.model.Dossier.SummarySentence;
import dev.corroborate.model.Dossier.TimelineEvent;
import dev.corroborate.model.Story;
import org.jsoup.nodes.Entities;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code analyze --format html}: one self-contained page (inline style, no scripts, nothing fetched) with
 * each story's dossier. Every piece of article text is HTML-escaped; citations link to the article list.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
            h1,h2,h3{line-height:1.2}h2{border-top:2px solid #ddd;padding-top:1rem}
            .cite{font-size:.8em;color:#555}.cite a{color:#1a5fb4;text-decoration:none}
            .conflict{background:#fff4e5;border-left:4px solid #e66100;padding:.3rem .8rem;margin:.5rem 0}
            .copy{color:#a51d2d;font-size:.8em}blockquote{margin:.3rem 0 .3rem 1rem;font-style:italic}
            td,th{padding:.2rem .5rem;text-align:left;vertical-align:top}table{border-collapse:collapse}
            """;

    private HtmlReport() {
    }

    public static void write(Analysis analysis, PrintWriter out) {
        Map<String, Article> byId = analysis.articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity(), (a, b) -> a));
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        out.println("<title>Corroborate report</title><style>" + STYLE + "</style></head><body>");
        out.printf("<h1>Corroborate report</h1><p>%d articles, %d copies folded, %d stories</p>%n",
                analysis.articles().size(), analysis.duplicates().size(), analysis.stories().size());
        for (Story s : analysis.stories()) {
            out.printf("<h2>%s</h2>%n", esc(s.headline() == null ? "(untitled)" : s.headline()));
            if (s.dossier() != null) dossier(s.dossier(), out);
            out.println("<h3>Articles</h3><table><tr><th>id</th><th>outlet</th><th>title</th><th>date</th></tr>");
            for (String id : s.articles()) {
                Article a = byId.get(id);
                if (a == null) continue;
                String origin = analysis.originOf(id);
                out.printf("<tr id=\"a-%s\"><td>%s%s</td><td>%s</td><td>%s</td><td>%s</td></tr>%n", esc(id), esc(id),
                        origin.equals(id) ? "" : " <span class=\"copy\">copy of " + esc(origin) + "</span>",
                        esc(orDash(a.source())), esc(orDash(a.title())), a.published() == null ? "-" : esc(a.published().toString()));
            }
            out.println("</table>");
        }
        if (!analysis.errors().isEmpty()) {
            out.println("<h2>Inputs that could not be read</h2><ul>");
            analysis.errors().forEach(e -> out.printf("<li>%s</li>%n", esc(e.toString())));
            out.println("</ul>");
        }
        out.println("</body></html>");
        out.flush();
    }

    private static void dossier(Dossier d, PrintWriter out) {
        if (!d.summary().isEmpty()) {
            out.println("<h3>Summary</h3><ul>");
            for (SummarySentence s : d.summary()) out.printf("<li>%s %s</li>%n", esc(s.text()), cite(s.sources()));
            out.println("</ul>");
        }
        if (!d.conflicts().isEmpty()) {
            out.println("<h3>Where the sources differ</h3>");
            for (Conflict c : d.conflicts()) {
                out.printf("<div class=\"conflict\"><strong>%s</strong><ul>%n", esc(c.about()));
                for (ConflictValue v : c.values()) {
                    out.printf("<li>%s (%s) %s%s<blockquote>%s</blockquote></li>%n", esc(v.value()), esc(v.normalized()),
                            cite(v.sources()), v.fromCopy() ? " <span class=\"copy\">from a copy</span>" : "", esc(v.text()));
                }
                out.println("</ul></div>");
            }
        }
        List<Fact> facts = d.facts();
        if (!facts.isEmpty()) {
            out.println("<h3>Facts</h3><table><tr><th>independent sources</th><th>fact</th></tr>");
            for (Fact f : facts) {
                out.printf("<tr><td>%d</td><td>%s %s</td></tr>%n", f.independent(), esc(f.text()), cite(f.sources()));
            }
            out.println("</table>");
        }
        if (!d.quotes().isEmpty()) {
            out.println("<h3>Quotes</h3><ul>");
            for (Quote q : d.quotes()) {
                out.printf("<li><blockquote>%s</blockquote>%s %s</li>%n", esc(q.text()),
                        q.speaker().isEmpty() ? "speaker unknown" : "— " + esc(q.speaker()), cite(q.sources()));
            }
            out.println("</ul>");
        }
        if (!d.timeline().isEmpty()) {
            out.println("<h3>Timeline</h3><table>");
            for (TimelineEvent e : d.timeline()) {
                out.printf("<tr><td>%s</td><td>%s %s</td></tr>%n", esc(e.when()), esc(e.what()), cite(e.sources()));
            }
            out.println("</table>");
        }
    }

    private static String cite(List<String> sources) {
        return "<span class=\"cite\">[" + sources.stream().map(id -> "<a href=\"#a-" + esc(id) + "\">" + esc(id) + "</a>")
                .collect(Collectors.joining(", ")) + "]</span>";
    }

    private static String esc(String s) {
        return Entities.escape(s == null ? "" : s);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
