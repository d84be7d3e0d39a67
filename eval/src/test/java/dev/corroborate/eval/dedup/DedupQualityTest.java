package dev.corroborate.eval.dedup;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The copy-detection targets on a smaller run of eval/run dedup-quality (other seed, part of the data). */
class DedupQualityTest {

    @Test
    void meetsTheTargetsOnRealNews() {
        Path data = Files.isDirectory(Path.of("data")) ? Path.of("data") : Path.of("eval", "data");
        DedupQuality.Result r = DedupQuality.run(data, 22, 90, 42);
        assertTrue(r.goldPairs() > 300, "gold pairs " + r.goldPairs());
        assertTrue(r.goldNatural() >= 40, "ECB+ reprints " + r.goldNatural());
        assertTrue(r.precision() >= 0.98, () -> "precision " + r.precision() + " " + r.errors());
        assertTrue(r.recall() >= 0.95, () -> "recall " + r.recall() + " " + r.misses());
        assertEquals(0, r.hardNegativeMatches(), () -> "same-event false matches: " + r.errors());
        assertTrue(r.hardNegativePairs() > 5000, "hard negatives " + r.hardNegativePairs());
    }
}
