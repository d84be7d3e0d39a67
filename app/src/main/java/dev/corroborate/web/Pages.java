package dev.corroborate.web;

import dev.corroborate.store.SearchHit;
import dev.corroborate.store.Store;
import dev.corroborate.store.StorySummary;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The web pages: story list, story page, search results. */
final class Pages {

    private static final int LIST_SIZE = 200;
    private static final byte[] CSS = Layout.CSS.getBytes(StandardCharsets.UTF_8);

    private final Store store;

    Pages(Store store) {
        this.store = store;
    }

    void routes(RoutesConfig r) {
        r.get("/", this::list);
        r.get("/stories/{id}", ctx -> ctx.html(StoryPage.render(store.story(ctx.pathParam("id"), StoryPage.MAX_ARTICLES)
                .orElseThrow(() -> new HttpResponseException(404, "no story " + ctx.pathParam("id"))), false)));
        r.get("/search", this::search);
        r.get("/static/style.css", ctx -> ctx.contentType("text/css; charset=utf-8")
                .header("Cache-Control", "max-age=3600").result(CSS));
    }

    private void list(Context ctx) {
        Document doc = Layout.page("Stories", false);
        Element main = Layout.main(doc);
        main.appendElement("h1").text("Stories");
        List<StorySummary> stories = store.stories(TimeParam.since(ctx.queryParam("since")), LIST_SIZE);
        if (stories.isEmpty()) {
            main.appendElement("p").addClass("empty").text("No stories yet: add articles with 'corroborate ingest' "
                    + "or POST /api/articles.");
        } else {
            Element table = main.appendElement("table").addClass("stories");
            Element head = table.appendElement("thead").appendElement("tr");
            for (String h : List.of("Story", "Updated", "Articles", "Outlets", "Conflicts")) head.appendElement("th").text(h);
            Element body = table.appendElement("tbody");
            for (StorySummary s : stories) {
                Element tr = body.appendElement("tr");
                tr.appendElement("td").appendElement("a").attr("href", "/stories/" + encode(s.id()))
                        .text(StoryPage.orUntitled(s.headline()));
                tr.appendElement("td").appendElement("time").attr("datetime", s.time().toString()).text(s.time().toString());
                tr.appendElement("td").addClass("count").text(Integer.toString(s.articles()));
                tr.appendElement("td").addClass("count").text(Integer.toString(s.outlets()));
                Element c = tr.appendElement("td").addClass("count").text(Integer.toString(s.conflicts()));
                if (s.conflicts() > 0) c.addClass("has-conflicts");
            }
        }
        ctx.html(Layout.html(doc));
    }

    private void search(Context ctx) {
        String q = ctx.queryParam("q");
        Document doc = Layout.page(q == null ? "Search" : "Search: " + q, false);
        Element main = Layout.main(doc);
        main.appendElement("h1").text("Search");
        if (q == null || q.isBlank()) {
            main.appendElement("p").addClass("empty").text("Type words to find articles and stories.");
            ctx.html(Layout.html(doc));
            return;
        }
        doc.selectFirst("input[name=q]").attr("value", q);
        List<SearchHit> hits = store.search(q, Api.DEFAULT_LIMIT);
        main.appendElement("p").addClass("meta").text(hits.size() + (hits.size() == Api.DEFAULT_LIMIT ? "+" : "")
                + (hits.size() == 1 ? " result for " : " results for ") + q);
        Element ol = main.appendElement("ol").addClass("hits");
        for (SearchHit h : hits) {
            Element li = ol.appendElement("li").addClass(h.kind());
            li.appendElement("span").addClass("kind").text(h.kind());
            String title = StoryPage.orUntitled(h.title());
            if (h.storyId() != null) {
                li.appendElement("a").attr("href", "/stories/" + encode(h.storyId())).text(title);
            } else {
                li.appendElement("span").text(title);
            }
            li.appendElement("p").addClass("snippet").text(h.snippet());
        }
        ctx.html(Layout.html(doc));
    }

    static String errorPage(int status, String message) {
        Document doc = Layout.page("Error " + status, false);
        Element main = Layout.main(doc);
        main.appendElement("h1").text("Error " + status);
        main.appendElement("p").text(message == null ? "" : message);
        return Layout.html(doc);
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
