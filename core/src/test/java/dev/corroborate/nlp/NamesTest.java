package dev.corroborate.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamesTest {

    @Test
    void findsProperNounPhrasesAndNumbersInOrder() {
        List<String> names = Names.of("Russian President Vladimir Putin agreed to halt attacks on energy sites "
                + "for 30 days. The talks in Jeddah, Saudi Arabia, involved 1,200 officials.");
        assertTrue(names.contains("Vladimir Putin"), names.toString());
        assertTrue(names.contains("Jeddah"), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.endsWith("Arabia")), names.toString());
        assertTrue(names.contains("30"), names.toString());
        assertTrue(names.contains("1200"), names.toString());
        assertTrue(names.indexOf("30") < names.indexOf("Jeddah"), "order of mention: " + names);
        assertFalse(names.contains("energy"), names.toString());
    }

    @Test
    void keepsRepeatsAndHandlesEmptyText() {
        List<String> names = Names.of("Lindsay Lohan left rehab. Lindsay Lohan then spoke.");
        assertEquals(2, names.stream().filter("Lindsay Lohan"::equals).count(), names.toString());
        assertEquals(List.of(), Names.of(""));
        assertEquals(List.of(), Names.of(null));
    }
}
