package dev.corroborate.web;

import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.Passage;
import dev.corroborate.store.StoredArticle;
import dev.corroborate.store.StoredStory;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The page of one story: its dossier, then its articles with the passages they share marked. */
public final class StoryPage {

    /** Articles shown in full on a page; a bigger story lists the rest by count (its dossier covers them all). */
    public static final int MAX_ARTICLES = 300;

    private final StoredStory story;
    /** Article id to its 1-based number on the page, which citations show. */
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, StoredArticle> byId = new HashMap<>();

    private StoryPage(StoredStory story) {
        this.story = story;
        for (StoredArticle a : story.articles()) {
            numbers.put(a.article().id(), numbers.size() + 1);
            byId.put(a.article().id(), a);
        }
    }

    /** The whole page as HTML; {@code standalone} inlines the stylesheet (for {@code show --format html}). */
    public static String render(StoredStory story, boolean standalone) {
        return new StoryPage(story).render(standalone);
    }

    private String render(boolean standalone) {
        String headline = orUntitled(story.summary().headline());
        Document doc = Layout.page(headline, standalone);
        Element main = Layout.main(doc).addClass("story");
        main.appendElement("h1").text(headline);
        main.appendElement("p").addClass("meta").text(story.summary().articles() + " articles from "
                + story.summary().outlets() + " outlets · " + story.summary().conflicts() + " conflicts · story "
                + story.story().id() + " · updated " + story.summary().time());
        Dossier d = story.story().dossier() == null ? Dossier.empty() : story.story().dossier();
        summary(main, d.summary());
        conflicts(main, d.conflicts());
        facts(main, d.facts());
        quotes(main, d.quotes());
        timeline(main, d.timeline());
        articles(main);
        return Layout.html(doc);
    }

    private void summary(Element main, List<Dossier.SummarySentence> summary) {
        Element sec = section(main, "summary", "Summary");
        if (summary.isEmpty()) {
            sec.appendElement("p").addClass("empty").text("No summary yet.");
            return;
        }
        Element p = sec.appendElement("p");
        for (Dossier.SummarySentence s : summary) {
            p.appendText(s.text());
            cite(p, s.sources());
            p.appendText(" ");
        }
    }

    private void conflicts(Element main, List<Dossier.Conflict> conflicts) {
        Element sec = section(main, "conflicts", "Conflicts");
        if (conflicts.isEmpty()) {
            sec.appendElement("p").addClass("empty").text("The reports do not contradict each other on any number found.");
            return;
        }
        for (Dossier.Conflict c : conflicts) {
            Element box = sec.appendElement("div").addClass("conflict");
            box.appendElement("h3").text(c.about());
            Element sides = box.appendElement("div").addClass("sides");
            for (Dossier.ConflictValue v : c.values()) {
                Element side = sides.appendElement("div").addClass("side");
                side.appendElement("strong").addClass("value").text(v.value());
                if (v.fromCopy()) side.appendElement("span").addClass("badge").text("only from copies");
                side.appendElement("blockquote").text(v.text());
                cite(side.appendElement("p").addClass("sources"), v.sources());
            }
        }
    }

    private void facts(Element main, List<Dossier.Fact> facts) {
        Element sec = section(main, "facts", "Facts");
        if (facts.isEmpty()) {
            sec.appendElement("p").addClass("empty").text("No facts extracted yet.");
            return;
        }
        Element table = sec.appendElement("table");
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").text("Fact");
        head.appendElement("th").text("Independent sources");
        head.appendElement("th").text("Reported by");
        Element body = table.appendElement("tbody");
        for (Dossier.Fact f : facts) {
            Element tr = body.appendElement("tr");
            tr.appendElement("td").text(f.text());
            tr.appendElement("td").addClass("count").text(Integer.toString(f.independent()));
            cite(tr.appendElement("td"), f.sources());
        }
    }

    private void quotes(Element main, List<Dossier.Quote> quotes) {
        Element sec = section(main, "quotes", "Quotes by speaker");
        if (quotes.isEmpty()) {
            sec.appendElement("p").addClass("empty").text("No quotes found.");
            return;
        }
        Map<String, List<Dossier.Quote>> bySpeaker = new LinkedHashMap<>();
        for (Dossier.Quote q : quotes) {
            String who = q.speaker() == null || q.speaker().isBlank() ? "Unattributed" : q.speaker();
            bySpeaker.computeIfAbsent(who, k -> new java.util.ArrayList<>()).add(q);
        }
        bySpeaker.forEach((speaker, qs) -> {
            sec.appendElement("h3").text(speaker);
            Element ul = sec.appendElement("ul");
            for (Dossier.Quote q : qs) {
                Element li = ul.appendElement("li");
                li.appendElement("q").text(q.text());
                cite(li, q.sources());
            }
        });
    }

    private void timeline(Element main, List<Dossier.TimelineEvent> events) {
        Element sec = section(main, "timeline", "Timeline");
        if (events.isEmpty()) {
            sec.appendElement("p").addClass("empty").text("No dated events found.");
            return;
        }
        Element ol = sec.appendElement("ol").addClass("timeline");
        for (Dossier.TimelineEvent e : events) {
            Element li = ol.appendElement("li");
            li.appendElement("time").attr("datetime", e.when()).text(e.when());
            li.appendText(" " + e.what());
            cite(li, e.sources());
        }
    }

    private void articles(Element main) {
        Element sec = section(main, "articles", "Articles");
        Map<String, Map<String, Set<String>>> shared = sharedSentences();
        int hidden = story.story().articles().size() - story.articles().size();
        if (hidden > 0) {
            sec.appendElement("p").addClass("meta").text("Showing " + story.articles().size() + " of "
                    + story.story().articles().size() + " articles; " + hidden + " more are in the store.");
        }
        for (StoredArticle sa : story.articles()) {
            Article a = sa.article();
            int n = numbers.get(a.id());
            Element art = sec.appendElement("article").attr("id", "a-" + n);
            art.appendElement("h3").text("[" + n + "] " + orUntitled(a.title()));
            Element meta = art.appendElement("p").addClass("meta");
            meta.appendText(String.join(" · ", List.of(orDash(a.source()), a.published() == null ? "undated"
                    : a.published().toString(), orDash(a.author()), "id " + a.id())));
            if (a.url() != null && (a.url().startsWith("https://") || a.url().startsWith("http://"))) {
                meta.appendText(" · ");
                meta.appendElement("a").attr("href", a.url()).attr("rel", "noopener noreferrer nofollow").text("original");
            }
            if (!sa.origin().equals(a.id())) {
                Element note = art.appendElement("p").addClass("copy-note").appendText("Copies ");
                link(note, sa.origin());
            }
            body(art, a, shared.getOrDefault(a.id(), Map.of()));
        }
    }

    /** Article id to its sentences that another article of the story shares, each with those articles. */
    private Map<String, Map<String, Set<String>>> sharedSentences() {
        Map<String, Map<String, Set<String>>> out = new HashMap<>();
        for (CopyRelation r : story.copies()) {
            for (Passage p : r.passages()) {
                out.computeIfAbsent(r.copy(), k -> new HashMap<>())
                        .computeIfAbsent(p.copySentence(), k -> new LinkedHashSet<>()).add(r.original());
                out.computeIfAbsent(r.original(), k -> new HashMap<>())
                        .computeIfAbsent(p.originalSentence(), k -> new LinkedHashSet<>()).add(r.copy());
            }
        }
        return out;
    }

    /** The text by paragraph, each sentence found in order; shared ones are marked with where else they appear. */
    private void body(Element art, Article a, Map<String, Set<String>> shared) {
        int next = 0;
        List<String> sentences = a.sentences();
        for (String para : a.text().split("\\n\\s*\\n")) {
            Element p = art.appendElement("p");
            int cursor = 0;
            while (next < sentences.size()) {
                String s = sentences.get(next);
                int at = para.indexOf(s, cursor);
                if (at < 0) break;
                if (at > cursor) p.appendText(para.substring(cursor, at));
                Set<String> others = shared.get(s);
                if (others == null) {
                    p.appendText(s);
                } else {
                    p.appendElement("mark").attr("title", "also in " + String.join(", ", others.stream()
                            .map(o -> numbers.containsKey(o) ? "[" + numbers.get(o) + "] " + o : o).toList())).text(s);
                }
                cursor = at + s.length();
                next++;
            }
            if (cursor < para.length()) p.appendText(para.substring(cursor));
        }
    }

    private void cite(Element parent, List<String> sources) {
        for (String id : sources) {
            parent.appendText(" ");
            link(parent, id);
        }
    }

    private void link(Element parent, String id) {
        Integer n = numbers.get(id);
        if (n == null) {
            parent.appendElement("span").addClass("cite").text("[" + id + "]");
            return;
        }
        StoredArticle a = byId.get(id);
        parent.appendElement("a").addClass("cite").attr("href", "#a-" + n)
                .attr("title", orDash(a.article().source()) + ": " + orUntitled(a.article().title())).text("[" + n + "]");
    }

    private static Element section(Element main, String id, String title) {
        Element sec = main.appendElement("section").attr("id", id);
        sec.appendElement("h2").text(title);
        return sec;
    }

    static String orUntitled(String s) {
        return s == null || s.isBlank() ? "(untitled)" : s;
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
