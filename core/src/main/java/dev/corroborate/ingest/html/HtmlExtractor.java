package dev.corroborate.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Main-content and metadata extraction from one HTML page. Thread-safe: holds no state between calls.
 * Metadata is read first because the content extraction edits the parsed page.
 */
public final class HtmlExtractor {

    /**
     * @param html    the page
     * @param baseUrl the page's address, used to resolve relative links and as the site name of last resort;
     *                may be null
     */
    public HtmlPage extract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html == null ? "" : html, baseUrl == null ? "" : baseUrl);
        JsonLd ld = JsonLd.of(doc);
        PageMetadata meta = PageMetadata.read(doc, ld, baseUrl);
        String text = MainContent.extract(doc, baseUrl, meta);
        return new HtmlPage(meta.title(), meta.siteName(), meta.canonicalUrl(), meta.published(), meta.author(),
                text);
    }
}
