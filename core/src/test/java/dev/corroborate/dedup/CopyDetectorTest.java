package dev.corroborate.dedup;

import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CopyDetectorTest {

    private static Article article(String id, Instant published, String text) {
        List<String> sentences = Arrays.stream(text.split("(?<=[.!?])\\s+")).toList();
        return new Article(id, null, null, null, published, null, "eng", text, sentences, List.of());
    }

    private static String seed(int n) throws IOException {
        Path dir = Path.of("..", "..", "shared", "seeds");
        if (!Files.isDirectory(dir)) dir = Path.of("..", "shared", "seeds");
        try (var s = Files.list(dir)) {
            return Files.readString(s.filter(p -> p.getFileName().toString().startsWith(String.format("%03d", n)))
                    .findFirst().orElseThrow());
        }
    }

    @Test
    void normalisationIgnoresCasePunctuationAndSpacing() {
        Fingerprint a = Fingerprint.of("The U.S. finalized a deal, officials said: \"It is done.\"");
        Fingerprint b = Fingerprint.of("the u s   finalized a deal officials said it is done");
        assertEquals(a.textHash(), b.textHash());
        assertTrue(Arrays.equals(a.shingles(), b.shingles()));
        assertEquals(Fingerprint.BANDS, a.bandKeys().length);
    }

    @Test
    void exactDuplicateIsFoundWithPassagesUnedited() throws IOException {
        String text = seed(0);
        try (CopyDetector d = new CopyDetector()) {
            assertTrue(d.add(article("a", Instant.parse("2025-03-18T10:00:00Z"), text)).isEmpty());
            List<CopyRelation> r = d.add(article("b", Instant.parse("2025-03-18T11:00:00Z"), text.toUpperCase()));
            assertEquals(1, r.size());
            assertEquals("b", r.get(0).copy());
            assertEquals(1.0, r.get(0).jaccard());
            assertTrue(r.get(0).passages().stream().noneMatch(p -> p.edited()));
        }
    }

    @Test
    void laterPublishedIsTheCopyEvenWhenLonger() throws IOException {
        String text = seed(0);
        try (CopyDetector d = new CopyDetector()) {
            d.add(article("short", Instant.parse("2025-03-18T10:00:00Z"), text.substring(0, text.length() * 2 / 3)));
            List<CopyRelation> r = d.add(article("long", Instant.parse("2025-03-18T12:00:00Z"), text));
            // The later one holds only two thirds of its shingles from the earlier one: a copy at >= 0.5.
            assertEquals(1, r.size());
            assertEquals("long", r.get(0).copy());
            assertEquals("short", d.origins().get("long"));
        }
    }

    @Test
    void noTransitiveChainingThroughADriftedCopy() {
        // c copies b, b copies a, but c shares too little with a: c must not join a's group.
        List<CopyRelation> rel = List.of(
                new CopyRelation("b", "a", 0.5, 0.7, List.of()),
                new CopyRelation("c", "b", 0.5, 0.6, List.of()));
        Map<String, String> origins = OriginGroups.resolve(List.of("a", "b", "c"), rel);
        assertEquals("a", origins.get("b"));
        assertEquals("c", origins.get("c"));
        List<CopyRelation> withRoot = new ArrayList<>(rel);
        withRoot.add(new CopyRelation("c", "a", 0.4, 0.55, List.of()));
        assertEquals("a", OriginGroups.resolve(List.of("a", "b", "c"), withRoot).get("c"));
    }

    @Test
    void leanDetectorAgreesWithTheDefaultOne(@TempDir Path tmp) throws IOException {
        List<Article> as = new ArrayList<>();
        for (int i = 0; i < 5; i++) as.add(article("s" + i, null, seed(i)));
        as.add(article("dup", null, seed(2)));
        try (CopyDetector full = new CopyDetector(); CopyDetector lean = CopyDetector.lean(tmp)) {
            for (Article a : as) {
                List<CopyRelation> f = full.add(a);
                List<CopyRelation> l = lean.add(a);
                assertEquals(f.size(), l.size());
                for (int i = 0; i < f.size(); i++) {
                    assertEquals(f.get(i).copy(), l.get(i).copy());
                    assertEquals(f.get(i).containment(), l.get(i).containment());
                    assertFalse(f.get(i).passages().isEmpty());
                    assertTrue(l.get(i).passages().isEmpty());
                }
            }
            assertEquals(full.origins(), lean.origins());
            assertEquals("s0", lean.origins().get("s1"));
            assertEquals("s2", lean.origins().get("dup"));
        }
    }

    @Test
    void shingleStoreOnDiskRoundTrips(@TempDir Path tmp) {
        try (ShingleStore s = ShingleStore.onDisk(tmp)) {
            long h1 = s.append(new int[]{-5, 1, 7});
            long h2 = s.append(new int[]{});
            long h3 = s.append(new int[]{Integer.MAX_VALUE});
            assertTrue(Arrays.equals(new int[]{-5, 1, 7}, s.get(h1)));
            assertEquals(0, s.get(h2).length);
            assertTrue(Arrays.equals(new int[]{Integer.MAX_VALUE}, s.get(h3)));
        }
    }

    @Test
    void bandIndexFindsEveryValueOfAKeyAcrossGrowth() {
        BandIndex idx = new BandIndex(4);
        for (int i = 0; i < 10_000; i++) idx.put(i % 100, i);
        List<Integer> got = new ArrayList<>();
        idx.forEach(42, got::add);
        assertEquals(100, got.size());
        assertTrue(got.stream().allMatch(v -> v % 100 == 42));
    }

    @Test
    void candidatesLookUpWithoutAdding() throws IOException {
        try (CopyDetector d = new CopyDetector()) {
            for (int i = 0; i < 4; i++) d.add(article("s" + i, null, seed(i)));
            String text = seed(2);
            Fingerprint shortened = Fingerprint.of(text.substring(0, text.length() * 7 / 10));
            assertTrue(d.candidates(shortened).contains("s2"), d.candidates(shortened).toString());
            assertEquals(4, d.size());
            assertTrue(d.candidates(Fingerprint.of("Shares of the mining company closed higher on Tuesday after results.")).isEmpty());
        }
    }
}
