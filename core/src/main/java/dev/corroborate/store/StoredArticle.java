package dev.corroborate.store;

import dev.corroborate.model.Article;

/**
 * An article as the store holds it.
 *
 * @param origin  id of the original of its copy group (its own id when it is one)
 * @param storyId the story it belongs to, null while no story holds it
 * @param seq     1-based ingest order
 */
public record StoredArticle(Article article, String origin, String storyId, long seq) {
}
