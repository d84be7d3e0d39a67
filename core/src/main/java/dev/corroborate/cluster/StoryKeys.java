package dev.corroborate.cluster;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The keys through which an article finds open stories, and through which its story is found: its 20
 * heaviest terms (TF-IDF) and its 10 most mentioned names, each tied to a time window. A story is a
 * candidate for an article only when one of the article's lookups is a key that a member of the story
 * registered; nothing else is ever compared. An article offers its story its keys, and registers those that
 * fewer than {@link ClusterConfig#keyCapacity()} earlier originals offered: a story of a big event is found
 * through the keys its first reports registered, and no key leads to more stories than the capacity.
 *
 * <p>That rule is what lets a run be cut into independent blocks without changing any decision: join an
 * article to every earlier article whose registered key it looks up, and the connected components hold
 * every story an article could join, so core's clusterer over each component, fed the whole stream's
 * {@link StreamState}, decides exactly as over the whole stream (the Spark job does that). Every count
 * involved is a count over earlier articles, so nothing needs knowledge of later ones.
 *
 * <p>A window is one quiet period long; an article keys its word in its own window and the next, so two
 * reports up to a window apart always meet and reports weeks apart never do. An undated report is placed
 * with the last dated one to arrive (as the clusterer places it when it asks whether a story is still
 * open) and also offers its word under a timeless key, {@code @u}, which every report looks up: an undated
 * report that came first is still found. In a stream in publication order undated reports come last, so no
 * dated report ever finds one that way and the timeless keys join nothing across time.
 *
 * @param offered the keys the article offers its story (it registers those not yet full); all of them are
 *                also among its lookups
 * @param lookups the keys the article looks up
 */
public record StoryKeys(List<String> offered, List<String> lookups) implements Serializable {

    /** Terms and names per article that become keys. */
    static final int KEY_TERMS = 20;
    static final int KEY_NAMES = 10;
    /** Marks the timeless key of a word. */
    static final String TIMELESS = "u";

    public StoryKeys {
        offered = List.copyOf(offered);
        lookups = List.copyOf(lookups);
    }

    /** An article's keys, weighing its terms with {@code stream} as the clusterer does. */
    public static StoryKeys of(ArticleFeatures f, StreamState stream, ClusterConfig config) {
        return of(f, DocumentFrequencies.weigh(f.terms(), stream.terms(), stream.documents(), false), stream, config);
    }

    static StoryKeys of(ArticleFeatures f, Map<String, Double> termVector, StreamState stream, ClusterConfig config) {
        List<String> words = new ArrayList<>(KEY_TERMS + KEY_NAMES);
        top(termVector, KEY_TERMS).forEach(t -> words.add("t:" + t));
        top(f.names(), KEY_NAMES).forEach(n -> words.add("n:" + n));
        List<String> placed = new ArrayList<>(words.size() * 2);
        Instant t = f.published() != null ? f.published() : stream.clock();
        if (t != null) {
            long window = window(t, config);
            for (String w : words) {
                placed.add(w + "@" + window);
                placed.add(w + "@" + (window + 1));
            }
        }
        List<String> lookups = new ArrayList<>(placed);
        words.forEach(w -> lookups.add(w + "@" + TIMELESS));
        return new StoryKeys(f.published() == null ? lookups : placed, lookups);
    }

    /** The window a time falls in. */
    static long window(Instant t, ClusterConfig config) {
        return Math.floorDiv(t.toEpochMilli(), config.quietPeriod().toMillis());
    }

    /** The window of a key, or {@link Long#MAX_VALUE} for a timeless one. */
    static long windowOf(String key) {
        String w = key.substring(key.lastIndexOf('@') + 1);
        return w.equals(TIMELESS) ? Long.MAX_VALUE : Long.parseLong(w);
    }

    private static <N extends Number & Comparable<N>> List<String> top(Map<String, N> v, int n) {
        return v.entrySet().stream()
                .sorted(Map.Entry.<String, N>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }
}
