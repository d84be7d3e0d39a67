package dev.corroborate.spark;

import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;

import java.io.Serializable;
import java.time.Instant;

/**
 * What a reader produced for one record: an article ({@code article} set) or an error ({@code error}
 * set), with its place in the arrival order. Serializable mirrors of core's RawArticle and InputError.
 */
record Raw(long seq, Article article, Error error) implements Serializable {

    record Article(String id, String input, int line, String source, String url, String title, Long published,
                   String author, String text, String html) implements Serializable {

        static Article of(RawArticle r) {
            return new Article(r.id(), r.input(), r.line(), r.source(), r.url(), r.title(),
                    r.published() == null ? null : r.published().toEpochMilli(), r.author(), r.text(), r.html());
        }

        RawArticle toCore() {
            return new RawArticle(id, input, line, source, url, title,
                    published == null ? null : Instant.ofEpochMilli(published), author, text, html);
        }
    }

    record Error(String input, int line, String message) implements Serializable {
        static Error of(InputError e) {
            return new Error(e.input(), e.line(), e.message());
        }

        InputError toCore() {
            return new InputError(input, line, message);
        }
    }

    static Raw of(long seq, RawArticle r) {
        return new Raw(seq, Article.of(r), null);
    }

    static Raw of(long seq, InputError e) {
        return new Raw(seq, null, Error.of(e));
    }
}
