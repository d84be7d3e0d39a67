package dev.corroborate.eval.compare;

import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@code eval/run dossier-quality} on the committed gold and fails below floors set a little under
 * the figures measured when the gold was written (see eval/data/dossier-gold/README.md).
 */
class DossierQualityTest {

    @Test
    void dossiersOfRealStoriesMeetTheFloors() throws Exception {
        Path root = Path.of("..");
        var stories = EcbStories.load(root.resolve("eval/data/ecbplus-dev/articles.jsonl"));
        var gold = DossierGold.load(root.resolve("eval/data/dossier-gold"));
        assertTrue(gold.size() >= 10, "gold covers at least 10 stories");
        DossierQuality.Scores s = DossierQuality.score(stories, gold, false, new PrintStream(OutputStream.nullOutputStream()));
        assertTrue(s.precision() >= 0.9, "conflict precision " + s.precision());
        assertTrue(s.recall() >= 0.9, "conflict recall " + s.recall());
        assertTrue(s.speakerAccuracy() >= 0.9, "speaker accuracy " + s.speakerAccuracy());
        assertTrue(s.quoteRecall() >= 0.9, "quote recall " + s.quoteRecall());
        assertTrue(s.independenceAccuracy() >= 0.6, "fact independence accuracy " + s.independenceAccuracy());
    }

    @Test
    void goldValuesAreNumbersOrNames() {
        assertTrue(DossierQuality.matches(java.util.List.of("5 people", "2 people"), java.util.List.of("5", "2")));
        assertTrue(DossierQuality.matches(java.util.List.of("90 minutes", "2 hours"), java.util.List.of("90", "120")));
        assertTrue(DossierQuality.matches(java.util.List.of("Maurice Cheeks", "Jim O'Brien"), java.util.List.of("Mo Cheeks", "O'Brien")));
        assertFalse(DossierQuality.matches(java.util.List.of("Maurice Cheeks", "Jim O'Brien"), java.util.List.of("Cheeks", "DiLeo")));
    }
}
