package dev.corroborate.eval.dedup;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The copy-detection targets on a smaller run of eval/run dedup-quality: another seed for the edits, the
 * even ECB+ topics and 30 extraction-benchmark bodies (the cleaner's cost decides the test's time).
 */
class DedupQualityTest {

    @Test
    void meetsTheTargetsOnRealNews() {
        Path data = Files.isDirectory(Path.of("data")) ? Path.of("data") : Path.of("eval", "data");
        DedupQuality.Result r = DedupQuality.run(data, topic -> topic % 2 == 0, 30, 42);
        assertTrue(r.goldPairs() > 200, "gold pairs " + r.goldPairs());
        assertTrue(r.goldNatural() >= 15, "ECB+ reprints " + r.goldNatural());
        assertTrue(r.precision() >= 0.98, () -> "precision " + r.precision() + " " + r.errors());
        assertTrue(r.recall() >= 0.95, () -> "recall " + r.recall() + " " + r.misses());
        assertEquals(0, r.hardNegativeMatches(), () -> "same-event false matches: " + r.errors());
        assertTrue(r.hardNegativePairs() > 2000, "hard negatives " + r.hardNegativePairs());
    }
}
