package dev.corroborate.eval.cluster;

import dev.corroborate.cluster.ClusterScores;
import dev.corroborate.cluster.ClusterConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntPredicate;

/**
 * Story clustering quality on ECB+ (topics 1-22): pairwise and BCubed P/R/F1 of the shipped clusterer, with
 * and without embeddings, and of the plain TF-IDF baseline, each on the tuning topics, the held-out topics
 * (the headline figure) and all; then a threshold sweep for the precision/recall plot.
 */
@Command(name = "cluster-quality", mixinStandardHelpOptions = true,
        description = "Story clustering on ECB+: pairwise and BCubed P/R/F1, baseline, threshold sweep.")
public final class ClusterQualityCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "eval/data/ecbplus-dev/articles.jsonl")
    Path data;

    @Option(names = "--tune-topics", defaultValue = "11",
            description = "Topics 1..N were tuned on; the rest are held out (default ${DEFAULT-VALUE}).")
    int tuneTopics;

    @Option(names = "--csv", description = "Also write the threshold sweep to this CSV file.")
    Path csv;

    @Option(names = "--confusion", description = "Also print which gold stories each predicted story holds, "
            + "for the TUNING topics only (error analysis must not look at the held-out ones).")
    boolean confusion;

    @Override
    public Integer call() throws Exception {
        LabelledCorpus corpus = LabelledCorpus.load(data);
        record Part(String name, IntPredicate topics) {
        }
        List<Part> parts = List.of(new Part("held-out topics " + (tuneTopics + 1) + "+", t -> t > tuneTopics),
                new Part("tuning topics 1-" + tuneTopics, t -> t <= tuneTopics), new Part("all topics", t -> true));
        var tune = corpus.select(t -> t <= tuneTopics);

        ClusterConfig shipped = ClusterConfig.defaults();
        ClusterConfig noEmb = shipped.withEmbeddings(false).withThreshold(
                bestThreshold(corpus, tune, shipped.withEmbeddings(false)));
        double baseT = bestBaselineThreshold(corpus, tune);
        System.out.printf("ECB+ %s: %d articles%n", data, corpus.select(t -> true).size());
        System.out.printf("clusterer (shipped defaults): terms %.2f names %.2f embedding %.2f threshold %.2f merge %s; %s%n",
                shipped.termWeight(), shipped.nameWeight(), shipped.embeddingWeight(), shipped.threshold(),
                shipped.mergeThreshold() > 1 ? "off" : String.valueOf(shipped.mergeThreshold()), shipped.checks());
        System.out.printf("clusterer without embedding: same weights, threshold %.2f (tuned on topics 1-%d)%n",
                noEmb.threshold(), tuneTopics);
        System.out.printf("baseline plain TF-IDF single pass, cosine to centroids: threshold %.2f (tuned on topics 1-%d)%n",
                baseT, tuneTopics);
        for (Part p : parts) {
            var part = corpus.select(p.topics());
            var gold = LabelledCorpus.gold(part);
            System.out.printf("%n== %s (%d articles)%n", p.name(), part.size());
            System.out.println("clusterer            " + ClusterScores.of(corpus.cluster(part, shipped), gold).line());
            System.out.println("clusterer, no embed. " + ClusterScores.of(corpus.cluster(part, noEmb), gold).line());
            System.out.println("baseline TF-IDF      " + ClusterScores.of(corpus.baseline(part, baseT), gold).line());
        }

        if (confusion) {
            System.out.printf("%n== tuning topics: gold stories in each predicted story%n");
            List<String> predicted = corpus.cluster(tune, shipped);
            java.util.Map<String, java.util.Map<String, Integer>> byStory = new java.util.TreeMap<>();
            for (int i = 0; i < tune.size(); i++) {
                byStory.computeIfAbsent(predicted.get(i), k -> new java.util.TreeMap<>())
                        .merge(tune.get(i).story(), 1, Integer::sum);
            }
            byStory.forEach((k, v) -> System.out.println(k + " " + v));
        }

        System.out.printf("%n== threshold sweep of the shipped clusterer (other settings as shipped)%n");
        String header = "part,threshold,pair_p,pair_r,pair_f1,b3_p,b3_r,b3_f1,stories";
        System.out.println(header);
        try (PrintWriter out = csv == null ? null : new PrintWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8))) {
            if (out != null) out.println(header);
            for (Part p : List.of(parts.get(0), parts.get(2))) {
                var part = corpus.select(p.topics());
                var gold = LabelledCorpus.gold(part);
                List<double[]> curve = new java.util.ArrayList<>();
                for (int ti = 10; ti <= 70; ti += 2) {
                    ClusterScores s = ClusterScores.of(corpus.cluster(part, shipped.withThreshold(ti / 100.0)), gold);
                    curve.add(new double[] {ti / 100.0, s.b3P(), s.b3R(), s.b3F1()});
                    String row = String.format("%s,%.2f,%.3f,%.3f,%.3f,%.3f,%.3f,%.3f,%d", p.name().split(" ")[0], ti / 100.0,
                            s.pairP(), s.pairR(), s.pairF1(), s.b3P(), s.b3R(), s.b3F1(), s.clusters());
                    System.out.println(row);
                    if (out != null) out.println(row);
                }
                String partName = p.name().split(" ")[0];
                new dev.corroborate.eval.report.Plot("cluster-threshold-" + partName,
                        "Story clustering on ECB+ (" + p.name() + "): BCubed precision/recall over the threshold",
                        "similarity threshold", "BCubed score", List.of("precision", "recall", "F1"), curve)
                        .saveIfRequested();
            }
        }
        return 0;
    }

    private static double bestThreshold(LabelledCorpus corpus, List<LabelledCorpus.Labelled> tune, ClusterConfig c) {
        var gold = LabelledCorpus.gold(tune);
        double best = c.threshold(), bestF = -1;
        for (int ti = 5; ti <= 90; ti++) {
            double f = ClusterScores.of(corpus.cluster(tune, c.withThreshold(ti / 100.0)), gold).b3F1();
            if (f > bestF) {
                bestF = f;
                best = ti / 100.0;
            }
        }
        return best;
    }

    private static double bestBaselineThreshold(LabelledCorpus corpus, List<LabelledCorpus.Labelled> tune) {
        var gold = LabelledCorpus.gold(tune);
        double best = 0, bestF = -1;
        for (int ti = 5; ti <= 90; ti++) {
            double f = ClusterScores.of(corpus.baseline(tune, ti / 100.0), gold).b3F1();
            if (f > bestF) {
                bestF = f;
                best = ti / 100.0;
            }
        }
        return best;
    }
}
