package dev.corroborate.eval.dedup;

import dev.corroborate.clean.Cleaner;
import dev.corroborate.dedup.CopyDetector;
import dev.corroborate.dedup.CopyVerifier;
import dev.corroborate.dedup.Fingerprint;
import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.RawArticle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Precision and recall of copy relations on real news: the ECB+ reprint pairs confirmed by reading
 * (eval/data/dedup-gold/ecbplus-reprints.tsv) and one copy of every real article made by real-world edits.
 * Every other same-story ECB+ pair is a hard negative (different reports of one event).
 */
final class DedupQuality {

    /** Figures of one run. */
    record Result(int articles, int goldPairs, int goldNatural, int foundNatural, int goldEdited, int foundEdited,
                  int predicted, int correct, int wrong, int ignored, int hardNegativePairs, int hardNegativeMatches,
                  List<String> misses, List<String> errors, List<ThresholdSweep.Point> sweep) {
        double precision() {
            return correct + wrong == 0 ? 1 : (double) correct / (correct + wrong);
        }

        double recall() {
            return goldPairs == 0 ? 1 : (double) (foundNatural + foundEdited) / goldPairs;
        }
    }

    static final int MIN_WORDS_TO_COPY = 30;
    /** Thresholds of the precision/recall sweep: 0.05 to 0.95. */
    static final double[] SWEEP_THRESHOLDS = java.util.stream.IntStream.rangeClosed(1, 19).mapToDouble(i -> i / 20.0).toArray();

    private DedupQuality() {
    }

    /**
     * @param topics     which ECB+ topics to use (1 to 22 are committed)
     * @param extraction how many extraction-benchmark bodies to add (181 for all)
     */
    static Result run(Path data, IntPredicate topics, int extraction, long seed) {
        List<RealArticles.Text> bases = new ArrayList<>();
        for (RealArticles.Text t : RealArticles.ecbPlus(data)) {
            if (topics.test(Integer.parseInt(t.story().substring(0, t.story().indexOf('-'))))) bases.add(t);
        }
        bases.addAll(RealArticles.extractionBodies(data).stream().limit(extraction).toList());
        Set<String> ids = new HashSet<>();
        bases.forEach(b -> ids.add(b.id()));

        Map<String, String> family = new HashMap<>();
        Set<String> gold = new HashSet<>();
        Set<String> ignored = new HashSet<>();
        Set<String> natural = new HashSet<>();
        for (String[] p : naturalPairs(data)) {
            if (ids.contains(p[0]) && ids.contains(p[1])) {
                gold.add(key(p[0], p[1]));
                natural.add(key(p[0], p[1]));
                union(family, p[0], p[1]);
            }
        }
        Cleaner cleaner = new Cleaner();
        Random rnd = new Random(seed);
        List<Article> stream = new ArrayList<>();
        Map<String, String> storyOf = new HashMap<>();
        Map<String, Fingerprint> fps = new HashMap<>();
        for (RealArticles.Text b : bases) {
            Article base = cleaner.clean(raw(b.id(), b.text()));
            stream.add(base);
            storyOf.put(base.id(), b.story());
            Fingerprint fb = Fingerprint.of(base);
            fps.put(base.id(), fb);
            // Headline-sized bases get no copy: an added footer would be most of it, and outlet footers
            // are boilerplate that the cleaning stage removes before dedup.
            if (base.wordCount() < MIN_WORDS_TO_COPY) continue;
            CopyEdits.Copy c = CopyEdits.copy(b.text(), rnd);
            Article copy = cleaner.clean(raw(b.id() + "~copy", c.text()));
            stream.add(copy);
            storyOf.put(copy.id(), b.story());
            Fingerprint fc = Fingerprint.of(copy);
            fps.put(copy.id(), fc);
            // The copy is the shorter of the two unless the edits made it longer (no dates in ECB+).
            boolean copyIsCopy = CopyVerifier.isCopy(null, fc.wordCount(), null, fb.wordCount());
            CopyVerifier.Overlap o = CopyVerifier.overlap(copyIsCopy ? fc.shingles() : fb.shingles(),
                    copyIsCopy ? fb.shingles() : fc.shingles());
            if (o.containmentOfA() >= CopyVerifier.MIN_CONTAINMENT && o.sizeA() >= CopyVerifier.MIN_SHINGLES) {
                gold.add(key(base.id(), copy.id()));
                union(family, base.id(), copy.id());
            } else {
                ignored.add(key(base.id(), copy.id()));
            }
        }
        // Natural pairs of partial reuse (0.3 to 0.5 of the shorter) are neither copies nor independent.
        for (int i = 0; i < bases.size(); i++) {
            for (int j = i + 1; j < bases.size(); j++) {
                String a = bases.get(i).id(), b = bases.get(j).id();
                if (bases.get(i).story() == null || !bases.get(i).story().equals(bases.get(j).story())) continue;
                Fingerprint fa = fps.get(a), fb = fps.get(b);
                boolean aIsCopy = fa.wordCount() <= fb.wordCount();
                CopyVerifier.Overlap o = CopyVerifier.overlap(aIsCopy ? fa.shingles() : fb.shingles(),
                        aIsCopy ? fb.shingles() : fa.shingles());
                if (o.containmentOfA() >= 0.3 && !gold.contains(key(a, b))) ignored.add(key(a, b));
            }
        }

        // A copy made from one side of a partial-reuse pair may keep mostly the shared part: not scored.
        Set<String> partialFamilies = new HashSet<>();
        for (String k : ignored) {
            String[] p = k.split("\t");
            partialFamilies.add(key(find(family, p[0]), find(family, p[1])));
        }
        List<CopyRelation> relations = new ArrayList<>();
        Map<String, String> origins;
        try (CopyDetector d = new CopyDetector()) {
            for (Article a : stream) relations.addAll(d.add(a));
            origins = d.origins();
        }
        int correct = 0, wrong = 0, ign = 0, hardMatches = 0;
        List<String> errors = new ArrayList<>();
        Set<String> predictedPairs = new HashSet<>();
        for (CopyRelation r : relations) {
            String k = key(r.copy(), r.original());
            predictedPairs.add(k);
            if (find(family, r.copy()).equals(find(family, r.original()))) correct++;
            else if (ignored.contains(k) || partialFamilies.contains(key(find(family, r.copy()), find(family, r.original())))) ign++;
            else {
                wrong++;
                errors.add(String.format("false match %s -> %s (J %.2f, C %.2f)", r.copy(), r.original(),
                        r.jaccard(), r.containment()));
                String s1 = storyOf.get(r.copy()), s2 = storyOf.get(r.original());
                if (s1 != null && s1.equals(s2)) hardMatches++;
            }
        }
        int goldNatural = 0, foundNatural = 0, goldEdited = 0, foundEdited = 0;
        List<String> misses = new ArrayList<>();
        for (String k : gold) {
            String[] p = k.split("\t");
            boolean found = predictedPairs.contains(k) || origins.get(p[0]).equals(origins.get(p[1]));
            if (natural.contains(k)) {
                goldNatural++;
                if (found) foundNatural++;
            } else {
                goldEdited++;
                if (found) foundEdited++;
            }
            if (!found) {
                CopyVerifier.Overlap o = CopyVerifier.overlap(fps.get(p[0]).shingles(), fps.get(p[1]).shingles());
                misses.add(String.format("missed %s ~ %s (J %.2f)", p[0], p[1], o.jaccard()));
            }
        }
        int hardPairs = 0;
        for (int i = 0; i < stream.size(); i++) {
            for (int j = i + 1; j < stream.size(); j++) {
                String a = stream.get(i).id(), b = stream.get(j).id();
                String s = storyOf.get(a);
                if (s != null && s.equals(storyOf.get(b)) && !find(family, a).equals(find(family, b))
                        && !ignored.contains(key(a, b))
                        && !partialFamilies.contains(key(find(family, a), find(family, b)))) hardPairs++;
            }
        }
        ThresholdSweep.Judge judge = (a, b) -> find(family, a).equals(find(family, b)) ? ThresholdSweep.Label.COPY
                : ignored.contains(key(a, b)) || partialFamilies.contains(key(find(family, a), find(family, b)))
                ? ThresholdSweep.Label.UNSCORED : ThresholdSweep.Label.NOT_COPY;
        List<ThresholdSweep.Point> sweep = ThresholdSweep.run(stream.stream().map(Article::id).toList(), fps, judge,
                SWEEP_THRESHOLDS);
        return new Result(stream.size(), gold.size(), goldNatural, foundNatural, goldEdited, foundEdited,
                relations.size(), correct, wrong, ign, hardPairs, hardMatches, misses, errors, sweep);
    }

    static List<String[]> naturalPairs(Path data) {
        try {
            return Files.readAllLines(data.resolve("dedup-gold/ecbplus-reprints.tsv")).stream()
                    .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RawArticle raw(String id, String text) {
        return new RawArticle(id, "eval", 0, null, null, null, null, null, text, null);
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a;
    }

    private static String find(Map<String, String> parent, String x) {
        String p = parent.getOrDefault(x, x);
        while (!p.equals(parent.getOrDefault(p, p))) p = parent.getOrDefault(p, p);
        return p;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a), rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(ra, rb);
    }
}
