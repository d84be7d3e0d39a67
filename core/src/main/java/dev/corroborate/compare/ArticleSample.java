package dev.corroborate.compare;

import dev.corroborate.model.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The articles a dossier compares when a story holds more than {@link #MAX_ARTICLES}: comparing is quadratic
 * in sentences, and a story of thousands of reports (a long war, a feed that repeats itself) would take
 * minutes. Originals come first, since a copy adds no fact and no independent source, spread evenly over the
 * story's time so that its start, middle and latest reports are all read; copies fill what room is left.
 */
final class ArticleSample {

    static final int MAX_ARTICLES = 50;

    private ArticleSample() {
    }

    static List<Article> of(List<Article> articles, Map<String, String> origins) {
        return of(articles, origins, MAX_ARTICLES);
    }

    static List<Article> of(List<Article> articles, Map<String, String> origins, int max) {
        if (articles.size() <= max) return articles;
        List<Article> originals = new ArrayList<>();
        List<Article> copies = new ArrayList<>();
        for (Article a : articles) {
            (origins.getOrDefault(a.id(), a.id()).equals(a.id()) ? originals : copies).add(a);
        }
        Comparator<Article> byTime = Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()));
        originals.sort(byTime);
        copies.sort(byTime);
        Set<Article> chosen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        chosen.addAll(spread(originals, max));
        chosen.addAll(spread(copies, max - chosen.size()));
        // The builder's own order (oldest first in the store, arrival order elsewhere) is kept.
        return articles.stream().filter(chosen::contains).toList();
    }

    /** {@code n} items evenly spaced over the list, its first and last included. */
    static <T> List<T> spread(List<T> list, int n) {
        if (n <= 0) return List.of();
        if (list.size() <= n) return list;
        if (n == 1) return List.of(list.get(0));
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(list.get((int) ((long) i * (list.size() - 1) / (n - 1))));
        return out;
    }
}
