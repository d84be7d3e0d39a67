package dev.corroborate.dedup;

import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Incremental copy detection: add articles one at a time, get the copy relations each one makes. */
public final class CopyDetector {

    private final Map<String, String> origins = new LinkedHashMap<>();

    // PLACEHOLDER until the dedup work lands: every article is its own origin.
    public List<CopyRelation> add(Article article) {
        origins.put(article.id(), article.id());
        return List.of();
    }

    /** Article id to its origin group's original id. */
    public Map<String, String> origins() {
        return Map.copyOf(origins);
    }
}
