package dev.corroborate;

import dev.corroborate.clean.Cleaner;
import dev.corroborate.cluster.StoryClusterer;
import dev.corroborate.compare.DossierBuilder;
import dev.corroborate.dedup.CopyDetector;
import dev.corroborate.ingest.ArticleSink;
import dev.corroborate.ingest.Inputs;
import dev.corroborate.ingest.ReadOptions;
import dev.corroborate.model.Analysis;
import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;
import dev.corroborate.model.Story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The pipeline in one call, in the spirit of {@code Jsoup.parse}: read → clean → fold copies → cluster →
 * compare. Each stage is also usable on its own.
 */
public final class Corroborate {

    private Corroborate() {
    }

    /** Reads the inputs (files, directories, globs, "-") and analyses everything found. */
    public static Analysis analyze(List<String> inputs, ReadOptions options) {
        List<RawArticle> raw = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        Inputs.read(inputs, options, new ArticleSink() {
            @Override
            public void article(RawArticle article) {
                raw.add(article);
            }

            @Override
            public void error(InputError error) {
                errors.add(error);
            }
        });
        return analyze(raw, errors);
    }

    /** Analyses articles already read; {@code readErrors} are carried into the result. */
    public static Analysis analyze(List<RawArticle> raw, List<InputError> readErrors) {
        List<InputError> errors = new ArrayList<>(readErrors);
        List<Article> articles = new Cleaner().cleanBatch(raw, errors::add);

        // Publication order drives the incremental stages; undated articles keep arrival order.
        List<Article> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));

        CopyDetector copies = new CopyDetector();
        List<CopyRelation> duplicates = new ArrayList<>();
        for (Article a : ordered) {
            duplicates.addAll(copies.add(a));
        }
        Map<String, String> origins = copies.origins();

        StoryClusterer clusterer = new StoryClusterer();
        for (Article a : ordered) {
            clusterer.add(a, origins.getOrDefault(a.id(), a.id()));
        }
        DossierBuilder dossiers = new DossierBuilder();
        List<Story> stories = new ArrayList<>();
        for (Story s : clusterer.stories()) {
            List<Article> members = ordered.stream().filter(a -> s.articles().contains(a.id())).toList();
            stories.add(s.withDossier(dossiers.build(members, origins, duplicates)));
        }
        return new Analysis(articles, origins, duplicates, stories, errors);
    }
}
