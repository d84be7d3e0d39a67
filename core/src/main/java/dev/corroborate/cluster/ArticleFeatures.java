package dev.corroborate.cluster;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * What the clusterer compares of one article, before corpus statistics are applied.
 *
 * @param terms     analysed term (stemmed, stop words out) to its count over title and body; title terms
 *                  count twice because a title states the event
 * @param names     normalised name or number to its count
 * @param display   normalised name to its form as first written ("Vladimir Putin")
 * @param embedding unit vector of title and lead, or null when embeddings are off
 * @param headline  the title, or the first sentence when there is none
 * @param published publication time, or null
 */
public record ArticleFeatures(String id, Map<String, Integer> terms, Map<String, Integer> names,
                              Map<String, String> display, float[] embedding, String headline,
                              Instant published) implements Serializable {

    public ArticleFeatures {
        terms = Map.copyOf(terms);
        names = Map.copyOf(names);
        display = Map.copyOf(display);
    }
}
