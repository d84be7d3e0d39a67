package dev.corroborate.model;

import java.time.Instant;
import java.util.List;

/**
 * A clean article: metadata, body text without boilerplate, its sentences, and what was removed.
 *
 * @param text      the clean body, paragraphs separated by a blank line
 * @param sentences the body split into sentences, in order
 * @param language  ISO 639-3 code from language detection ("eng", "fra", ...), "und" when unknown
 */
public record Article(String id, String source, String url, String title, Instant published,
                      String author, String language, String text, List<String> sentences,
                      List<Removed> removed) {

    public Article {
        sentences = List.copyOf(sentences);
        removed = List.copyOf(removed);
    }

    public int wordCount() {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }
}
