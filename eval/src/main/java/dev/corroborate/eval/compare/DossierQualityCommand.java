package dev.corroborate.eval.compare;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code eval/run dossier-quality}: dossiers of real ECB+ stories against hand-written gold. */
@Command(name = "dossier-quality", mixinStandardHelpOptions = true,
        description = "Score story dossiers (conflicts, quote speakers, fact independence) on ECB+ stories with hand-written gold.")
public final class DossierQualityCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "eval/data/ecbplus-dev/articles.jsonl")
    Path articles;

    @Option(names = "--gold", defaultValue = "eval/data/dossier-gold")
    Path gold;

    @Option(names = {"-v", "--verbose"}, description = "List every found, missed and wrong item.")
    boolean verbose;

    @Option(names = "--others", description = "Also list the conflicts found in the stories that have no gold (to judge by eye).")
    boolean others;

    @Override
    public Integer call() throws Exception {
        var stories = EcbStories.load(articles);
        var golds = DossierGold.load(gold);
        DossierQuality.Scores s = DossierQuality.score(stories, golds, verbose, System.out);
        System.out.printf("dossier-quality over %d ECB+ stories (gold: %s)%n", golds.size(), gold);
        System.out.printf("conflicts: precision %.3f (%d/%d), recall %.3f (%d/%d)   targets >= 0.9 and >= 0.8%n",
                s.precision(), s.conflictsRight(), s.conflictsFound(), s.recall(), s.goldConflictsFound(), s.goldConflicts());
        System.out.printf("quotes: found %d/%d (recall %.3f); speaker accuracy %.3f (%d/%d)   target >= 0.9%n",
                s.quotesFound(), s.goldQuotes(), s.quoteRecall(), s.speakerAccuracy(), s.speakersRight(), s.quotesFound());
        System.out.printf("facts: independent-source count right %d/%d (accuracy %.3f), fact found for %d%n",
                s.independenceRight(), s.goldFacts(), s.independenceAccuracy(), s.factsFound());
        if (others) {
            var annotated = new java.util.HashSet<String>();
            for (DossierGold g : golds) annotated.add(g.story());
            int stories0 = 0, conflicts = 0;
            var builder = new dev.corroborate.compare.DossierBuilder();
            for (var e : new java.util.TreeMap<>(stories).entrySet()) {
                if (annotated.contains(e.getKey())) continue;
                var origins = new java.util.HashMap<String, String>();
                for (var a : e.getValue()) origins.put(a.id(), a.id());
                var d = builder.build(e.getValue(), origins, java.util.List.of());
                stories0++;
                for (var c : d.conflicts()) {
                    conflicts++;
                    System.out.printf("  %s: %s%n", e.getKey(), c.about());
                    for (var v : c.values()) System.out.printf("      %s %s: %s%n", v.value(), v.sources(), v.text());
                }
            }
            System.out.printf("stories without gold: %d, conflicts found in them: %d%n", stories0, conflicts);
        }
        return 0;
    }
}
