package dev.corroborate.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbedderTest {

    @Test
    void cachedVectorsEqualFreshOnesAndKeepTheBatchOrder() {
        String a = "Rescuers pulled 80 survivors from the water near the island.";
        String b = "The ferry had 120 passengers on board, the operator said.";
        Embedder.clearCache();
        List<float[]> fresh = Embedder.embedAll(List.of(a, b));
        List<float[]> mixed = Embedder.embedAll(List.of(b, "An unrelated sentence about football results.", a));
        assertArrayEquals(fresh.get(1), mixed.get(0), 1e-6f);
        assertArrayEquals(fresh.get(0), mixed.get(2), 1e-6f);
        assertEquals(1.0f, Embedder.cosine(fresh.get(0), fresh.get(0)), 1e-4f);
        assertTrue(Embedder.cosine(fresh.get(0), fresh.get(1)) > Embedder.cosine(fresh.get(0), mixed.get(1)),
                "two ferry sentences are closer than a ferry and a football sentence");
    }
}
