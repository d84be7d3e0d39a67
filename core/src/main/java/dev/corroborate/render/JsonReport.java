package dev.corroborate.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.corroborate.model.Analysis;
import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.InputError;
import dev.corroborate.model.Removed;
import dev.corroborate.model.Story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * The documented {@code analyze --format json} object: {@code articles}, {@code duplicates}, {@code stories},
 * {@code errors}. Fields are only ever added, never renamed.
 */
public final class JsonReport {

    /** An article as published in JSON: the record's fields plus its origin group. */
    record ArticleJson(String id, String source, String url, String title, Instant published, String author,
                       String language, int words, String text, List<String> sentences, List<Removed> removed,
                       String origin) {
    }

    record Report(List<ArticleJson> articles, List<CopyRelation> duplicates, List<Story> stories,
                  List<InputError> errors) {
    }

    private JsonReport() {
    }

    public static void write(Analysis analysis, Writer out) {
        List<ArticleJson> articles = analysis.articles().stream().map(a -> toJson(a, analysis.originOf(a.id())))
                .toList();
        try {
            Json.mapper().writerWithDefaultPrettyPrinter()
                    .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, new Report(articles, analysis.duplicates(), analysis.stories(), analysis.errors()));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArticleJson toJson(Article a, String origin) {
        return new ArticleJson(a.id(), a.source(), a.url(), a.title(), a.published(), a.author(), a.language(),
                a.wordCount(), a.text(), a.sentences(), a.removed(), origin);
    }
}
