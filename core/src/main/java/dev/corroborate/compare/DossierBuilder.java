package dev.corroborate.compare;

import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.Dossier;

import java.util.List;
import java.util.Map;

/** Builds the dossier of one story from its articles. */
public final class DossierBuilder {

    // PLACEHOLDER until the compare work lands.
    public Dossier build(List<Article> articles, Map<String, String> origins, List<CopyRelation> duplicates) {
        return Dossier.empty();
    }
}
