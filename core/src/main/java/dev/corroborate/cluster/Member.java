package dev.corroborate.cluster;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One article of an open story with what the story was built from, kept so that the story can be divided
 * again (and rebuilt without it) when it turns out to mix two events.
 *
 * @param terms    its unit TF-IDF vector as weighed on arrival
 * @param names    its unit name vector as weighed on arrival
 * @param keys     the index keys it gave its story
 * @param keyNames its most mentioned names ({@link NameClash#keyNames})
 * @param copies   copies of it found by the dedup stage, which follow it wherever it goes (mutable)
 */
record Member(ArticleFeatures features, Map<String, Double> terms, Map<String, Double> names, List<String> keys,
              Set<String> keyNames, List<Copy> copies) {

    record Copy(String id, Instant published) {
    }

    String id() {
        return features.id();
    }

    boolean mentions(String name) {
        return features.names().containsKey(name);
    }
}
