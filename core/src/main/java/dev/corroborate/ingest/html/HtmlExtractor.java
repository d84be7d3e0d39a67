package dev.corroborate.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Main-content and metadata extraction from one HTML page. */
public final class HtmlExtractor {

    // PLACEHOLDER until the extraction work lands: whole body text, <title> only.
    public HtmlPage extract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        return new HtmlPage(doc.title(), null, null, null, null, doc.body() == null ? "" : doc.body().text());
    }
}
