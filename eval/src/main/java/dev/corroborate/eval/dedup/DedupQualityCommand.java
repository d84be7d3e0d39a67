package dev.corroborate.eval.dedup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "dedup-quality", mixinStandardHelpOptions = true,
        description = "Precision/recall of copy relations on real news: ECB+ reprints confirmed by reading, and "
                + "copies of real articles made by real-world edits; false matches among same-event reports.")
public final class DedupQualityCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "eval/data", description = "Evaluation data folder.")
    Path data;

    @Option(names = "--seed", defaultValue = "20261123", description = "Seed of the copy edits.")
    long seed;

    @Option(names = "--verbose", description = "List every miss and false match.")
    boolean verbose;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        DedupQuality.Result r = DedupQuality.run(data, 22, 181, seed);
        System.out.printf("dedup-quality: %d articles (462 ECB+ dev + 181 extraction-benchmark bodies, one edited copy of each of at least 30 words)%n", r.articles());
        System.out.printf("gold copy pairs (containment >= 0.5): %d  (ECB+ reprints %d, edited copies %d)%n",
                r.goldPairs(), r.goldNatural(), r.goldEdited());
        System.out.printf("relations predicted: %d  correct %d  wrong %d  partial-reuse pairs (not scored) %d%n",
                r.predicted(), r.correct(), r.wrong(), r.ignored());
        System.out.printf("precision %.4f  recall %.4f  (ECB+ reprints %d/%d, edited copies %d/%d)%n",
                r.precision(), r.recall(), r.foundNatural(), r.goldNatural(), r.foundEdited(), r.goldEdited());
        System.out.printf("false matches among same-event different reports: %d of %d pairs%n",
                r.hardNegativeMatches(), r.hardNegativePairs());
        if (verbose) {
            r.misses().forEach(System.out::println);
            r.errors().forEach(System.out::println);
        }
        System.out.printf("time %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
