package dev.corroborate.cluster;

import dev.corroborate.model.Article;
import dev.corroborate.model.Story;

import java.util.ArrayList;
import java.util.List;

/** Online story clustering over articles in publication order. */
public final class StoryClusterer {

    private final List<Article> articles = new ArrayList<>();

    // PLACEHOLDER until the cluster work lands: one story holding everything.
    public String add(Article article, String origin) {
        articles.add(article);
        return "s1";
    }

    public List<Story> stories() {
        if (articles.isEmpty()) return List.of();
        return List.of(new Story("s1", articles.get(0).title(), articles.stream().map(Article::id).toList(),
                null, null, List.of(), null));
    }
}
