package dev.corroborate.model;

import java.time.Instant;

/**
 * An article as a reader found it, before cleaning. Any field but {@code id} and {@code input} may be
 * null; exactly one of {@code text} and {@code html} carries the body.
 *
 * @param id        stable id: the JSONL id, else the file name without extension
 * @param input     where it came from (file path, "-" for stdin, "file.jsonl:12" style not used: see line)
 * @param line      1-based line for JSONL/WARC record index, 0 when the whole file is the article
 */
public record RawArticle(String id, String input, int line, String source, String url, String title,
                         Instant published, String author, String text, String html) {

    public RawArticle {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("article id is required");
    }

    public boolean isHtml() {
        return text == null && html != null;
    }
}
