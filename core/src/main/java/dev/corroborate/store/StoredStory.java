package dev.corroborate.store;

import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.Story;

import java.util.List;

/**
 * A story with everything its page shows.
 *
 * @param story    the story and its dossier
 * @param articles its articles (all, or the first ones when the caller capped them), oldest first
 * @param copies   copy relations in which one of its articles is the copy
 */
public record StoredStory(StorySummary summary, Story story, List<StoredArticle> articles, List<CopyRelation> copies) {

    public StoredStory {
        articles = List.copyOf(articles);
        copies = List.copyOf(copies);
    }
}
