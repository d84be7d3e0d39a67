package dev.corroborate.compare;

import dev.corroborate.model.Dossier.ConflictValue;

import java.util.List;
import java.util.Map;

/** One side of a conflict built from the articles that state it. */
final class ConflictValues {

    private ConflictValues() {
    }

    /**
     * {@code articles} in the order their sentences were read, repeats allowed; the side comes from a copy
     * when every one of its sources copies another article.
     */
    static ConflictValue of(String value, String normalized, String text, List<String> articles, Map<String, String> origins) {
        List<String> sources = articles.stream().distinct().toList();
        boolean fromCopy = sources.stream().allMatch(id -> !origins.getOrDefault(id, id).equals(id));
        return new ConflictValue(value, normalized, text, sources, fromCopy);
    }
}
