package dev.corroborate.cluster;

import java.time.Duration;

/**
 * Settings of the story clusterer.
 *
 * @param threshold       an article joins the most similar open story when the combined similarity (0..1) is
 *                        at least this, otherwise it opens a new story
 * @param quietPeriod     a story that has had no article for this long (publication time) closes: later
 *                        articles can no longer join it; it also scales the time penalty
 * @param useEmbeddings   whether the dense embedding of title and lead takes part (about 2 ms an article)
 * @param termWeight      weight of the TF-IDF cosine over title and body
 * @param nameWeight      weight of the cosine over names and numbers
 * @param embeddingWeight weight of the embedding cosine (ignored when embeddings are off)
 * @param mergeThreshold  after an article joins a story, that story absorbs an open story whose centroid
 *                        is at least this similar (second pass over whole stories); above 1 turns it off
 * @param keyCapacity     how many articles may register one {@link StoryKeys key} (a word in a time
 *                        window): the first ones do, later ones only look it up. A story is found through
 *                        the key as long as one of its members registered it, and this bounds the stories
 *                        one article is compared with
 * @param checks          the name checks that refuse joins and divide stories mixing two events of one kind
 */
public record ClusterConfig(double threshold, Duration quietPeriod, boolean useEmbeddings, double termWeight,
                            double nameWeight, double embeddingWeight, double mergeThreshold,
                            int keyCapacity, EventChecks checks) {

    public ClusterConfig {
        if (!(threshold >= 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in 0..1");
        if (quietPeriod == null || quietPeriod.isNegative() || quietPeriod.isZero())
            throw new IllegalArgumentException("quiet period must be positive");
        if (termWeight < 0 || nameWeight < 0 || embeddingWeight < 0 || termWeight + nameWeight <= 0)
            throw new IllegalArgumentException("weights must be non-negative, terms and names not both zero");
        if (keyCapacity < 1) throw new IllegalArgumentException("keyCapacity must be at least 1");
        if (checks == null) throw new IllegalArgumentException("checks must be given (EventChecks.off() for none)");
    }

    /** Defaults tuned on ECB+ topics 1-11 only (see eval/run cluster-quality). */
    public static ClusterConfig defaults() {
        return new ClusterConfig(0.17, Duration.ofDays(3), true, 0.3, 0.6, 0.1, 0.42, 100,
                new EventChecks(0.5, 3, 0.5, 0.1));
    }

    public ClusterConfig withThreshold(double t) {
        return new ClusterConfig(t, quietPeriod, useEmbeddings, termWeight, nameWeight, embeddingWeight,
                mergeThreshold, keyCapacity, checks);
    }

    public ClusterConfig withEmbeddings(boolean on) {
        return new ClusterConfig(threshold, quietPeriod, on, termWeight, nameWeight, embeddingWeight,
                mergeThreshold, keyCapacity, checks);
    }

    public ClusterConfig withWeights(double terms, double names, double embedding) {
        return new ClusterConfig(threshold, quietPeriod, useEmbeddings, terms, names, embedding, mergeThreshold,
                keyCapacity, checks);
    }

    public ClusterConfig withMergeThreshold(double m) {
        return new ClusterConfig(threshold, quietPeriod, useEmbeddings, termWeight, nameWeight, embeddingWeight,
                m, keyCapacity, checks);
    }

    public ClusterConfig withQuietPeriod(Duration d) {
        return new ClusterConfig(threshold, d, useEmbeddings, termWeight, nameWeight, embeddingWeight,
                mergeThreshold, keyCapacity, checks);
    }

    public ClusterConfig withKeyCapacity(int capacity) {
        return new ClusterConfig(threshold, quietPeriod, useEmbeddings, termWeight, nameWeight, embeddingWeight,
                mergeThreshold, capacity, checks);
    }

    public ClusterConfig withChecks(EventChecks c) {
        return new ClusterConfig(threshold, quietPeriod, useEmbeddings, termWeight, nameWeight, embeddingWeight,
                mergeThreshold, keyCapacity, c);
    }
}
