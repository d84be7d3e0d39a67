package dev.corroborate.cluster;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * What the clusterer knows of the stream when one original article arrives: how many originals it has had
 * up to and including this one, in how many of those each of the article's terms and names occurs, the
 * publication time of the last dated article to arrive, and how many originals offered each of its keys. The clusterer keeps these itself as articles arrive; a distributed
 * run computes the same prefix values (one shuffle of term and global rank) and hands them in, so that a
 * block of the stream is weighed, and its stories closed, as in the whole stream.
 *
 * @param documents originals so far, this one included
 * @param terms     each of the article's terms to its document frequency so far, this article included
 * @param names     each of the article's names to its document frequency so far, this article included
 * @param clock     the publication time of the last dated article so far (copies and this one included;
 *                  in a stream in publication order, the latest), or null when none was dated
 * @param keys      each key the article offers its story ({@link StoryKeys#offered()}) to the number of
 *                  originals that offered it so far, this one included; empty where the clusterer counts
 *                  them itself
 */
public record StreamState(long documents, Map<String, Integer> terms, Map<String, Integer> names, Instant clock,
                          Map<String, Integer> keys) implements Serializable {

    public StreamState {
        if (documents < 1) throw new IllegalArgumentException("documents counts the article itself: at least 1");
        terms = Map.copyOf(terms);
        names = Map.copyOf(names);
        keys = Map.copyOf(keys);
    }

    /** The same state with the key counts filled in. */
    public StreamState withKeys(Map<String, Integer> counted) {
        return new StreamState(documents, terms, names, clock, counted);
    }
}
