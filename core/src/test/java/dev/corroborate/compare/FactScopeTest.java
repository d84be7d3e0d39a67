package dev.corroborate.compare;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentences of the ECB+ piracy and quake stories: when different figures make different facts. */
class FactScopeTest {

    private static StorySentence sentence(String article, String text) {
        return new StorySentence(article, 0, text, new float[0], Words.content(text), QuantityParser.parse(text));
    }

    @Test
    void oneOperationAndTheTotalOfFiveAreTwoFacts() {
        assertTrue(FactGrouper.differentScope(
                sentence("a", "During the operation, six AK-47 rifles, 12 magazines and about 300 rounds of ammunition were found and confiscated."),
                sentence("b", "INS Sukanya has seized a total of 14 AK-47 rifles, 31 magazines and 923 rounds of ammunition during the five operations it carried out there, the officer said.")));
    }

    @Test
    void oneDifferingFigureIsAConflictInsideOneFact() {
        assertFalse(FactGrouper.differentScope(
                sentence("a", "The tremor struck an area around the town of Dargahan on Qeshm island, at the entrance to the Persian Gulf, injuring five people and damaging buildings."),
                sentence("b", "According to the student ISNA news agency, the quake on the outskirts of Dargahan, a small town on the island, injured two people.")));
        // the same figures written twice are one fact
        assertFalse(FactGrouper.differentScope(
                sentence("a", "The Navy confiscated 14 AK-47 rifles, 31 magazines and 923 rounds from the boat, Nambiar said."),
                sentence("b", "So far, the Indian Navy has confiscated 14 AK 47 Rifles, 31 magazines and 923 rounds of ammunition from pirates.")));
    }
}
