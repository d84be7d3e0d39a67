package dev.corroborate.ingest.html;

import java.time.Instant;

/**
 * What an HTML page holds for us: the main article text (paragraphs separated by a blank line) and its
 * metadata. Any field but {@code text} may be null.
 */
public record HtmlPage(String title, String siteName, String canonicalUrl, Instant published, String author,
                       String text) {
}
