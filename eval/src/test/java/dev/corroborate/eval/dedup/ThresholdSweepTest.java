package dev.corroborate.eval.dedup;

import dev.corroborate.dedup.Fingerprint;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThresholdSweepTest {

    private static String words(String prefix, int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> prefix + i).collect(Collectors.joining(" "));
    }

    @Test
    void scoresEveryCandidatePairAtEachThresholdByBothRules() {
        // A shortened copy (the first 120 of 200 words) and a different report that reuses 100 of its words:
        // every overlap is far above the LSH threshold, so the candidates do not depend on chance.
        Map<String, Fingerprint> fps = Map.of(
                "original", Fingerprint.of(words("w", 0, 200)),
                "copy", Fingerprint.of(words("w", 0, 120)),
                "reuse", Fingerprint.of(words("w", 0, 100) + " " + words("x", 0, 20)),
                "unrelated", Fingerprint.of(words("y", 0, 150)));
        ThresholdSweep.Judge judge = (a, b) -> Set.of(a, b).equals(Set.of("original", "copy"))
                ? ThresholdSweep.Label.COPY : ThresholdSweep.Label.NOT_COPY;
        List<ThresholdSweep.Point> sweep = ThresholdSweep.run(List.of("original", "copy", "reuse", "unrelated"), fps,
                judge, new double[]{0.3, 0.5, 0.7, 0.9});
        // 5-word shingles: copy in original C 1.0, J 116/196 = 0.59; reuse in original C 96/116 = 0.83,
        // J 96/216 = 0.44; copy and reuse (equal length) C 0.83, J 96/136 = 0.71.
        assertPoint(sweep.get(0), 1 / 3.0, 1, 1 / 3.0, 1);
        assertPoint(sweep.get(1), 1 / 3.0, 1, 1 / 2.0, 1);
        assertPoint(sweep.get(2), 1 / 3.0, 1, 0, 0);
        // Nothing predicted: precision 1.
        assertPoint(sweep.get(3), 1, 1, 1, 0);
    }

    private static void assertPoint(ThresholdSweep.Point p, double cp, double cr, double jp, double jr) {
        String at = "at " + p.threshold();
        assertEquals(cp, p.containmentPrecision(), 1e-9, at);
        assertEquals(cr, p.containmentRecall(), 1e-9, at);
        assertEquals(jp, p.jaccardPrecision(), 1e-9, at);
        assertEquals(jr, p.jaccardRecall(), 1e-9, at);
    }

    @Test
    void unscoredPairsCountNeitherWay() {
        Map<String, Fingerprint> fps = Map.of("a", Fingerprint.of(words("w", 0, 100)), "b", Fingerprint.of(words("w", 0, 90)));
        List<ThresholdSweep.Point> sweep = ThresholdSweep.run(List.of("a", "b"), fps,
                (x, y) -> ThresholdSweep.Label.UNSCORED, new double[]{0.5});
        assertEquals(1.0, sweep.get(0).containmentPrecision());
        assertEquals(1.0, sweep.get(0).containmentRecall(), "no gold copies: recall 1");
    }
}
