package dev.corroborate.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many originals offered each story key so far, kept per time window so that windows the stream has
 * left behind can be forgotten. In a stream in publication order no article offers a key of a window before
 * the clock's, so forgetting those changes no count; an article that arrives late for its window starts
 * those counts again.
 */
final class KeyHolders {

    private final TreeMap<Long, Map<String, Integer>> byWindow = new TreeMap<>();

    /** Counts the article's offered keys and returns each one's count, this article included. */
    Map<String, Integer> add(List<String> offered) {
        Map<String, Integer> out = new HashMap<>(offered.size() * 2);
        for (String k : offered) {
            out.put(k, byWindow.computeIfAbsent(StoryKeys.windowOf(k), w -> new HashMap<>()).merge(k, 1, Integer::sum));
        }
        return out;
    }

    /** Forgets the counts of windows before {@code window}. */
    void forgetBefore(long window) {
        byWindow.headMap(window).clear();
    }
}
