package dev.corroborate.dedup;

import dev.corroborate.clean.Cleaner;
import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.RawArticle;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared seeds: 001 is a shortened, edited copy of 000; 002-004 report the same call independently. */
class SeedCopiesTest {

    static List<Article> seeds() throws IOException {
        Path dir = Path.of("..", "..", "shared", "seeds");
        if (!Files.isDirectory(dir)) dir = Path.of("..", "shared", "seeds");
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String id = f.getFileName().toString().substring(0, 3);
                out.add(new Cleaner().clean(new RawArticle(id, f.toString(), 0, null, null, null, null, null,
                        Files.readString(f), null)));
            }
        }
        return out;
    }

    @Test
    void exactlyOneRelationOneCopyOfZero() throws IOException {
        List<CopyRelation> all = new ArrayList<>();
        try (CopyDetector d = new CopyDetector()) {
            for (Article a : seeds()) all.addAll(d.add(a));
            assertEquals(1, all.size(), () -> "relations: " + all);
            CopyRelation r = all.get(0);
            assertEquals("001", r.copy());
            assertEquals("000", r.original());
            assertTrue(r.containment() > 0.65 && r.containment() < 0.85, "containment " + r.containment());
            assertTrue(r.jaccard() > 0.25 && r.jaccard() < 0.45, "jaccard " + r.jaccard());
            assertFalse(r.passages().isEmpty());
            assertTrue(r.passages().stream().anyMatch(p -> p.edited()), "the copy respells and rewords");
            assertTrue(r.passages().stream().anyMatch(p -> !p.edited()), "most sentences are kept as is");
            assertEquals("000", d.origins().get("001"));
            for (String id : List.of("000", "002", "003", "004")) assertEquals(id, d.origins().get(id));
        }
    }

    @Test
    void sameEventReportsStayFarBelowTheThreshold() throws IOException {
        List<Article> s = seeds();
        for (int i = 0; i < s.size(); i++) {
            for (int j = i + 1; j < s.size(); j++) {
                if (i == 0 && j == 1) continue;
                CopyVerifier.Overlap o = CopyVerifier.overlap(Fingerprint.of(s.get(i)).shingles(),
                        Fingerprint.of(s.get(j)).shingles());
                assertTrue(Math.max(o.containmentOfA(), o.containmentOfB()) < 0.25, i + "-" + j + ": " + o);
            }
        }
    }
}
