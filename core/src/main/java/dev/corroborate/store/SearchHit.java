package dev.corroborate.store;

/**
 * A search result.
 *
 * @param kind    "article" or "story"
 * @param storyId the story of an article hit (null when none), the story itself for a story hit
 * @param snippet the start of the text, for display
 */
public record SearchHit(String kind, String id, String title, String storyId, float score, String snippet) {
}
