package dev.corroborate.ingest;

import dev.corroborate.ingest.html.HtmlExtractor;
import dev.corroborate.ingest.html.HtmlPage;
import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;

import java.time.Instant;

/** Turns one document found by a reader (text or HTML plus what its container said) into a raw article. */
final class Documents {

    /** An HTML page whose main content has fewer words than this holds no article (a hub, a login page). */
    static final int MIN_HTML_WORDS = 30;

    /** Metadata a container gave for a document (JSONL fields, WARC headers); any may be null. */
    record Fields(String id, String source, String url, String title, Instant published, String author) {
        static Fields of(String id) {
            return new Fields(id, null, null, null, null, null);
        }
    }

    private Documents() {
    }

    /**
     * Emits the article, or an error when an HTML page has no article in it.
     *
     * @param fallbackSource outlet when neither the fields nor the page name one (folder or file name)
     */
    static void emit(Fields f, String input, int line, String fallbackSource, String text, String html,
                     ArticleSink sink) {
        if (text != null) {
            sink.article(new RawArticle(f.id(), input, line, Sources.first(f.source(), Sources.host(f.url()),
                    fallbackSource, f.id()), f.url(), f.title(), f.published(), f.author(), text, null));
            return;
        }
        HtmlPage page;
        try {
            page = new HtmlExtractor().extract(html, f.url());
        } catch (RuntimeException e) {
            sink.error(new InputError(input, line, "cannot parse HTML: " + Inputs.oneLine(e)));
            return;
        }
        String body = page.text() == null ? "" : page.text().strip();
        int words = body.isEmpty() ? 0 : body.split("\\s+").length;
        if (words < MIN_HTML_WORDS) {
            sink.error(new InputError(input, line, "no article in this HTML page (" + words
                    + " words of main text, at least " + MIN_HTML_WORDS + " needed)"));
            return;
        }
        String url = Sources.first(f.url(), page.canonicalUrl());
        String source = Sources.first(f.source(), page.siteName(), Sources.host(url), fallbackSource, f.id());
        sink.article(new RawArticle(f.id(), input, line, source, url, Sources.first(f.title(), page.title()),
                f.published() != null ? f.published() : page.published(), Sources.first(f.author(), page.author()),
                body, null));
    }
}
