package dev.corroborate.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;

/**
 * The page shell every page shares. Pages are built as jsoup trees: text goes in through {@code text()} and
 * attributes through {@code attr()}, which escape it, so nothing from an article can become markup.
 */
final class Layout {

    static final String CSS = new String(Api.resource("/web/style.css"), StandardCharsets.UTF_8);

    private Layout() {
    }

    /** A page with the site header and search box; {@code inlineCss} for files opened without the server. */
    static Document page(String title, boolean inlineCss) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8);
        doc.title(title + " · Corroborate");
        doc.head().prependElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        if (inlineCss) {
            doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
        } else {
            doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/static/style.css");
        }
        Element header = doc.body().appendElement("header");
        header.appendElement("a").addClass("brand").attr("href", "/").text("Corroborate");
        Element form = header.appendElement("form").attr("action", "/search").attr("method", "get").attr("role", "search");
        form.appendElement("input").attr("type", "search").attr("name", "q").attr("placeholder", "Search articles and stories")
                .attr("aria-label", "Search");
        form.appendElement("button").attr("type", "submit").text("Search");
        doc.body().appendElement("main");
        return doc;
    }

    static Element main(Document doc) {
        return doc.body().selectFirst("main");
    }

    static String html(Document doc) {
        return "<!doctype html>\n" + doc.outerHtml();
    }
}
