package dev.corroborate.clean;

import dev.corroborate.model.Article;
import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Turns raw articles into clean ones. */
public final class Cleaner {

    /** Cleans a batch; boilerplate repeated across one outlet's articles in the batch is learned. */
    public List<Article> cleanBatch(List<RawArticle> raw, Consumer<InputError> errors) {
        return raw.stream().map(this::clean).toList();
    }

    // PLACEHOLDER until the clean work lands: paragraphs as sentences, nothing removed.
    /** Cleans one article on its own (rules only): the streaming path for corpus-scale commands. */
    public Article clean(RawArticle r) {
        {
            String text = r.text() == null ? "" : r.text().strip();
            List<String> sentences = Arrays.stream(text.split("\\n+")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            return new Article(r.id(), r.source(), r.url(), r.title(), r.published(), r.author(), "und", text,
                    sentences, List.of());
        }
    }
}
