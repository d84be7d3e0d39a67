package dev.corroborate.eval.cluster;

import dev.corroborate.cluster.ClusterScores;
import dev.corroborate.cluster.ClusterConfig;
import dev.corroborate.cluster.EventChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Grid search of the clusterer's weights, threshold and merge threshold on the TUNING topics only; the
 * shipped {@link ClusterConfig#defaults()} come from its output. Held-out topics are never read here.
 */
@Command(name = "cluster-tune", mixinStandardHelpOptions = true,
        description = "Grid-search story clustering settings on ECB+ tuning topics (BCubed F1).")
public final class ClusterTuneCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "eval/data/ecbplus-dev/articles.jsonl")
    Path data;

    @Option(names = "--tune-topics", defaultValue = "11", description = "Topics 1..N are tuned on (default ${DEFAULT-VALUE}).")
    int tuneTopics;

    @Option(names = "--top", defaultValue = "15")
    int top;

    @Option(names = "--merge", split = ",", defaultValue = "0.42",
            description = "Merge thresholds to try, comma-separated; above 1 is off (default: ${DEFAULT-VALUE}).")
    double[] merges;

    @Option(names = "--weights", split = ",", description = "Only these term,name,embedding weight triples (tenths), e.g. 3,6,1,2,6,2.")
    int[] weights;

    @Option(names = "--embedding-only", description = "Do not tune the settings without embeddings.")
    boolean embeddingOnly;

    @Option(names = "--clash", split = ",", defaultValue = "0.5",
            description = "Name-clash factors to try, comma-separated; 1 is off (default: ${DEFAULT-VALUE}).")
    double[] clashes;

    @Option(names = "--split-min", split = ",", defaultValue = "3",
            description = "Smallest group a story is divided into, comma-separated; 0 is off (default: ${DEFAULT-VALUE}).")
    int[] splitMins;

    @Option(names = "--thresholds", defaultValue = "10-60",
            description = "Threshold range in hundredths, FROM-TO (default: ${DEFAULT-VALUE}).")
    String thresholds;

    record Result(ClusterConfig config, ClusterScores scores) {
    }

    private static String describe(ClusterConfig c) {
        return String.format("terms %.1f names %.1f emb %.1f threshold %.2f merge %s clash %.1f split %d", c.termWeight(),
                c.nameWeight(), c.embeddingWeight(), c.threshold(),
                c.mergeThreshold() > 1 ? "off" : String.format("%.2f", c.mergeThreshold()), c.checks().clashFactor(),
                c.checks().splitMinGroup());
    }

    private boolean listed(int wt, int wn, int we) {
        for (int i = 0; i + 2 < weights.length; i += 3)
            if (weights[i] == wt && weights[i + 1] == wn && weights[i + 2] == we) return true;
        return false;
    }

    @Override
    public Integer call() throws Exception {
        LabelledCorpus corpus = LabelledCorpus.load(data);
        var part = corpus.select(t -> t <= tuneTopics);
        var gold = LabelledCorpus.gold(part);
        int from = Integer.parseInt(thresholds.split("-")[0]), to = Integer.parseInt(thresholds.split("-")[1]);
        for (boolean emb : embeddingOnly ? new boolean[]{true} : new boolean[]{true, false}) {
            List<Result> results = new ArrayList<>();
            for (int wt = 1; wt <= 10; wt++) {
                for (int wn = 0; wn + wt <= 10; wn++) {
                    int we = 10 - wt - wn;
                    if (!emb && we != 0) continue;
                    if (weights != null && !listed(wt, wn, we)) continue;
                    for (double merge : merges) for (double clash : clashes) for (int splitMin : splitMins) {
                        EventChecks base = ClusterConfig.defaults().checks();
                        EventChecks checks = new EventChecks(clash, splitMin, base.splitShare(), base.splitLeak());
                        Result best = null;
                        for (int ti = from; ti <= to; ti += 1) {
                            ClusterConfig c = ClusterConfig.defaults().withEmbeddings(emb)
                                    .withWeights(wt / 10.0, wn / 10.0, we / 10.0).withThreshold(ti / 100.0)
                                    .withMergeThreshold(merge).withChecks(checks);
                            Result r = new Result(c, ClusterScores.of(corpus.cluster(part, c), gold));
                            results.add(r);
                            if (best == null || r.scores().b3F1() > best.scores().b3F1()) best = r;
                        }
                        System.err.println("best of " + describe(best.config()) + " " + best.scores().line());
                    }
                }
            }
            results.sort(Comparator.comparingDouble((Result r) -> r.scores().b3F1()).reversed());
            System.out.printf("%nTuning topics 1-%d, %d articles, embeddings %s: best %d of %d settings%n",
                    tuneTopics, part.size(), emb ? "on" : "off", top, results.size());
            for (Result r : results.subList(0, Math.min(top, results.size()))) {
                System.out.println(describe(r.config()) + "  " + r.scores().line());
            }
        }
        return 0;
    }
}
