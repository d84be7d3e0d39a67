package dev.corroborate.model;

import java.util.List;

/**
 * A verified copy relation: {@code copy} reuses text of {@code original}.
 *
 * @param jaccard     word-shingle Jaccard similarity of the two articles
 * @param containment share of the copy's shingles found in the original
 */
public record CopyRelation(String copy, String original, double jaccard, double containment,
                           List<Passage> passages) {

    public CopyRelation {
        passages = List.copyOf(passages);
    }
}
