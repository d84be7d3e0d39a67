package dev.corroborate.model;

import java.util.List;
import java.util.Map;

/**
 * The result of one pipeline run over a batch.
 *
 * @param origins article id to the id of its origin group's original (its own id when it is one)
 */
public record Analysis(List<Article> articles, Map<String, String> origins, List<CopyRelation> duplicates,
                       List<Story> stories, List<InputError> errors) {

    public Analysis {
        articles = List.copyOf(articles);
        origins = Map.copyOf(origins);
        duplicates = List.copyOf(duplicates);
        stories = List.copyOf(stories);
        errors = List.copyOf(errors);
    }

    public String originOf(String articleId) {
        return origins.getOrDefault(articleId, articleId);
    }
}
