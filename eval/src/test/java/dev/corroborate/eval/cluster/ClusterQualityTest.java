package dev.corroborate.eval.cluster;

import dev.corroborate.cluster.ClusterScores;
import dev.corroborate.cluster.ClusterConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the clustering evaluation on the committed ECB+ data; fails if quality drops below what was reached. */
class ClusterQualityTest {

    private static LabelledCorpus corpus;

    @BeforeAll
    static void load() throws Exception {
        corpus = LabelledCorpus.load(Path.of("data/ecbplus-dev/articles.jsonl"));
    }

    @Test
    void heldOutTopicsScoreAtLeastWhatWasMeasured() {
        List<LabelledCorpus.Labelled> heldOut = corpus.select(t -> t > 11);
        ClusterScores s = ClusterScores.of(corpus.cluster(heldOut, ClusterConfig.defaults()), LabelledCorpus.gold(heldOut));
        assertTrue(s.b3F1() >= MIN_HELD_OUT_B3_F1, s.line());
        ClusterScores base = ClusterScores.of(corpus.baseline(heldOut, 0.2), LabelledCorpus.gold(heldOut));
        assertTrue(s.b3F1() > base.b3F1(), "clusterer " + s.line() + " vs baseline " + base.line());
    }

    @Test
    void allTopicsScoreAtLeastWhatWasMeasured() {
        var all = corpus.select(t -> true);
        ClusterScores s = ClusterScores.of(corpus.cluster(all, ClusterConfig.defaults()), LabelledCorpus.gold(all));
        assertTrue(s.b3F1() >= MIN_ALL_B3_F1, s.line());
    }

    @Test
    void scoresArePerfectForTheGoldItselfAndLowForOneBigCluster() {
        var all = corpus.select(t -> true);
        var gold = LabelledCorpus.gold(all);
        assertEquals(1.0, ClusterScores.of(gold, gold).b3F1(), 1e-9);
        ClusterScores lump = ClusterScores.of(gold.stream().map(g -> "one").toList(), gold);
        assertEquals(1.0, lump.b3R(), 1e-9);
        assertTrue(lump.b3P() < 0.1, lump.line());
    }

    // Slightly under the figures of eval/run cluster-quality, so noise-free regressions show.
    private static final double MIN_HELD_OUT_B3_F1 = 0.96;
    private static final double MIN_ALL_B3_F1 = 0.90;
}
