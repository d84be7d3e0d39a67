package dev.corroborate.eval.extraction;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShingleScoreTest {

    @Test
    void identicalTextsScorePerfectly() {
        ShingleScore s = ShingleScore.of("one two three four five", "one, two; three four five!");
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
    }

    @Test
    void extraTextLowersPrecisionOnly() {
        // gold: 2 shingles; predicted: the same 2 plus 2 more -> tp 2, fp 2, fn 0, normalised by 4
        ShingleScore s = ShingleScore.of("a b c d e", "a b c d e f g");
        assertEquals(0.5, s.tp(), 1e-9);
        assertEquals(0.5, s.fp(), 1e-9);
        assertEquals(0.0, s.fn(), 1e-9);
        assertEquals(0.5, s.precision(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
    }

    @Test
    void casesAndUnicodeWordsCount() {
        assertTrue(ShingleScore.of("Über die Brücke gehen wir", "über die Brücke gehen wir").precision() < 1);
        assertEquals(1.0, ShingleScore.of("Über die Brücke gehen", "Über die Brücke gehen").recall());
    }

    @Test
    void emptyPredictionHasNoPrecisionAndZeroRecall() {
        ShingleScore s = ShingleScore.of("a b c d e", "");
        assertTrue(Double.isNaN(s.precision()));
        assertEquals(0.0, s.recall());
    }

    @Test
    void shortTextIsOneShingle() {
        assertEquals(1.0, ShingleScore.of("a b", "a b").recall());
        assertEquals(0.0, ShingleScore.of("a b", "a c").recall());
    }
}
