package dev.corroborate.store;

import dev.corroborate.compare.DossierBuilder;
import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.Dossier;

import java.util.List;
import java.util.Map;

/** The compare stage as the store calls it; {@link #standard()} is the project's {@link DossierBuilder}. */
@FunctionalInterface
public interface DossierStage {

    Dossier build(List<Article> articles, Map<String, String> origins, List<CopyRelation> duplicates);

    static DossierStage standard() {
        DossierBuilder builder = new DossierBuilder();
        return builder::build;
    }
}
