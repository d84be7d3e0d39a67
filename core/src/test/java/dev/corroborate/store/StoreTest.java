package dev.corroborate.store;

import dev.corroborate.model.Article;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.RawArticle;
import dev.corroborate.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreTest {

    @TempDir
    Path dir;

    private static RawArticle raw(String id, String source, String title, String published, String text) {
        return new RawArticle(id, "test", 0, source, "https://example.org/" + id, title,
                published == null ? null : Instant.parse(published), null, text, null);
    }

    private static List<RawArticle> twoReports() {
        return List.of(
                raw("a1", "Harbour Times", "Ferry sinks off the coast", "2024-03-01T10:00:00Z",
                        "A ferry carrying 120 passengers sank off the coast on Friday.\n\nRescuers pulled 80 people from the water."),
                raw("a2", "Coast Daily", "Rescue under way after ferry sinks", "2024-03-01T12:00:00Z",
                        "Coast guard boats searched for survivors after the ferry went down.\n\nOfficials said 95 people were rescued."));
    }

    @Test
    void storesArticlesStoriesAndFindsThemAfterReopening() {
        try (Store store = Store.open(dir)) {
            IngestReport report = store.ingestRaw(twoReports());
            assertEquals(2, report.stored());
            assertEquals(0, report.skipped());
            assertFalse(report.stories().isEmpty());
            assertEquals(2, report.total());
        }
        try (Store store = Store.openReadOnly(dir)) {
            assertEquals(2, store.articleCount());
            StoredArticle a1 = store.article("a1").orElseThrow();
            assertEquals("Harbour Times", a1.article().source());
            assertEquals(Instant.parse("2024-03-01T10:00:00Z"), a1.article().published());
            assertEquals("a1", a1.origin());
            assertNotNull(a1.storyId());

            List<StorySummary> stories = store.stories(null, 10);
            assertFalse(stories.isEmpty());
            StorySummary first = stories.get(0);
            StoredStory story = store.story(first.id()).orElseThrow();
            assertEquals(story.story().articles().size(), story.articles().size());
            assertEquals(1, store.story(first.id(), 1).orElseThrow().articles().size(), "a page can cap the articles");
            assertNotNull(story.story().dossier());
            assertTrue(store.storyJson(first.id()).orElseThrow().contains("\"dossier\""));

            // Stories are searched too (their dossier repeats the words), so look at the article hits.
            List<SearchHit> articleHits = store.search("survivors", 10).stream()
                    .filter(h -> h.kind().equals("article")).toList();
            assertEquals("a2", articleHits.get(0).id());
            assertFalse(store.search("ferry AND (\"coast guard\"", 10).isEmpty(),
                    "unbalanced syntax falls back to plain words, which match");
            assertTrue(store.article("nope").isEmpty());
        }
    }

    @Test
    void ingestingTheSameArticleAgainIsANoOp() {
        try (Store store = Store.open(dir)) {
            store.ingestRaw(twoReports());
        }
        try (Store store = Store.open(dir)) {
            IngestReport again = store.ingestRaw(twoReports());
            assertEquals(0, again.stored());
            assertEquals(2, again.skipped());
            // same body under a new id: the content hash catches it
            RawArticle renamed = twoReports().get(0);
            IngestReport copy = store.ingestRaw(List.of(new RawArticle("other-id", "x", 0, null, null, null, null, null,
                    "  " + renamed.text().replace("\n\n", "\n") + " ", null)));
            assertEquals(0, copy.stored());
            assertEquals(1, copy.skipped());
            assertEquals(2, store.articleCount());
        }
    }

    @Test
    void aCopyIngestedAfterReopeningIsFoldedIntoTheStoredOriginal() {
        String body = "The regional council approved a new flood defence plan on Tuesday after months of debate. "
                + "The plan raises the river walls by one metre along the old town and adds two pumping stations. "
                + "Work is due to start in the spring and should take three years to complete, officials said. "
                + "Residents who were flooded twice in the past decade welcomed the decision at a packed meeting. "
                + "The council will pay for most of the work, with the rest coming from a national fund.";
        try (Store store = Store.open(dir)) {
            store.ingestRaw(List.of(raw("orig", "River Gazette", "Flood plan approved", "2024-04-02T08:00:00Z", body)));
        }
        // a new process: the copy detector's state comes back by replaying the stored article
        try (Store store = Store.open(dir)) {
            IngestReport r = store.ingestRaw(List.of(raw("reprint", "Metro Herald", "Council backs flood plan",
                    "2024-04-02T11:00:00Z", body.replace("at a packed meeting", "at a crowded meeting")
                            + " A spokesman for the council declined to give a cost.")));
            assertEquals(1, r.stored());
            assertEquals("orig", store.article("reprint").orElseThrow().origin());
            StoredStory story = store.story(store.article("reprint").orElseThrow().storyId()).orElseThrow();
            assertEquals(1, story.copies().size(), "the copy relation is stored with the story");
            assertEquals("orig", story.copies().get(0).original());
        }
    }

    @Test
    void refusesASecondWriterAndLetsReadersIn() {
        try (Store writer = Store.open(dir)) {
            writer.ingestRaw(twoReports());
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> Store.open(dir));
            assertTrue(e.getMessage().contains("already open for writing"), e.getMessage());
            try (Store reader = Store.openReadOnly(dir)) {
                assertEquals(2, reader.articleCount());
                writer.ingestRaw(List.of(raw("a3", "Harbour Times", "Ferry inquiry opens", "2024-03-02T09:00:00Z",
                        "An inquiry into the ferry sinking opened on Saturday.")));
                assertEquals(3, reader.articleCount(), "a reader follows the writer's commits");
            }
        }
        try (Store again = Store.open(dir)) {
            assertEquals(3, again.articleCount());
        }
    }

    @Test
    void emptyArticlesAreReportedNotStored() {
        try (Store store = Store.open(dir)) {
            IngestReport r = store.ingestRaw(List.of(raw("blank", null, null, null, "   \n ")));
            assertEquals(0, r.stored());
            assertEquals(1, r.errors().size());
            assertEquals("test", r.errors().get(0).input(), "the error names where the article came from");
            Article empty = new Article("empty", null, null, null, null, null, "und", " ", List.of(), List.of());
            IngestReport direct = store.ingest(List.of(empty));
            assertEquals(0, direct.stored());
            assertTrue(direct.errors().get(0).message().contains("no text"), direct.errors().toString());
            assertEquals(0, store.articleCount());
        }
    }

    @Test
    void rebuildsTheDossiersOfTouchedStoriesWithEveryMember() {
        // Counts the articles each dossier was built from, to see that stored members are reloaded.
        DossierStage counting = (articles, origins, dups) -> new Dossier(List.of(), List.of(), List.of(), List.of(),
                List.of(new Dossier.SummarySentence(articles.size() + " reports", articles.stream().map(Article::id).toList())));
        try (Store store = Store.open(dir, counting)) {
            store.ingestRaw(twoReports());
        }
        try (Store store = Store.open(dir, counting)) {
            IngestReport r = store.ingestRaw(List.of(raw("a3", "Harbour Times", "Ferry inquiry opens",
                    "2024-03-02T09:00:00Z", "An inquiry into the ferry sinking opened on Saturday.")));
            assertTrue(store.ingestTimings().keySet().containsAll(List.of("clean", "dedup", "cluster", "dossier", "commit")));
            String storyId = store.article("a3").orElseThrow().storyId();
            assertTrue(r.stories().contains(storyId));
            Story s = store.story(storyId).orElseThrow().story();
            Dossier.SummarySentence line = s.dossier().summary().get(0);
            assertEquals(s.articles().size() + " reports", line.text());
            assertTrue(line.sources().contains("a3"));
        }
        try (Store store = Store.openReadOnly(dir)) {
            Optional<StorySummary> none = store.stories(Instant.parse("2100-01-01T00:00:00Z"), 10).stream().findFirst();
            assertTrue(none.isEmpty(), "--since after every story lists none");
            assertEquals(1, store.stories(Instant.parse("2024-03-02T09:00:00Z"), 10).size());
        }
    }

    @Test
    void deferredDossiersArePendingUntilBuiltOrRead() {
        DossierStage counting = (articles, origins, dups) -> new Dossier(List.of(), List.of(), List.of(), List.of(),
                List.of(new Dossier.SummarySentence(articles.size() + " reports", articles.stream().map(Article::id).toList())));
        String storyId;
        try (Store store = Store.open(dir, counting)) {
            IngestReport r = store.ingestRaw(twoReports(), false);
            assertEquals(2, r.stored());
            storyId = store.article("a1").orElseThrow().storyId();
            assertEquals(store.stories(null, 10).size(), store.pendingDossiers(), "every touched story waits for its dossier");
        }
        // A reader that cannot write (a writer may be busy) builds a pending dossier for itself and keeps nothing.
        try (Store reader = Store.openReadOnly(dir)) {
            // (a read-only store compares with the project's own dossier builder)
            Story s = reader.story(storyId).orElseThrow().story();
            assertFalse(s.dossier().summary().isEmpty());
            assertTrue(s.articles().containsAll(s.dossier().summary().get(0).sources()));
            assertTrue(reader.storyJson(storyId).orElseThrow().contains(s.dossier().summary().get(0).text()));
            assertTrue(reader.pendingDossiers() > 0);
        }
        try (Store store = Store.open(dir, counting)) {
            long pending = store.pendingDossiers();
            List<Integer> progress = new java.util.ArrayList<>();
            IngestReport built = store.buildPendingDossiers(1, progress::add);
            assertEquals(pending, built.stories().size());
            assertEquals(pending, progress.size(), "one commit (and one progress call) per story at 1 per commit");
            assertEquals(0, store.pendingDossiers());
            Story s = store.story(storyId).orElseThrow().story();
            assertEquals(s.articles().size() + " reports", s.dossier().summary().get(0).text());

            // A writer reading a pending story builds its dossier then and keeps it.
            store.ingestRaw(List.of(raw("a3", "Harbour Times", "Ferry inquiry opens", "2024-03-02T09:00:00Z",
                    "An inquiry into the ferry sinking opened on Saturday.")), false);
            String touched = store.article("a3").orElseThrow().storyId();
            assertTrue(store.pendingDossiers() > 0);
            Story again = store.story(touched).orElseThrow().story();
            assertTrue(again.dossier().summary().get(0).sources().contains("a3"));
            assertEquals(0, store.pendingDossiers());
        }
    }

    @Test
    void reopeningReplaysTheSameStoriesFromStoredVectors() throws Exception {
        List<RawArticle> first = new java.util.ArrayList<>(twoReports());
        List<RawArticle> second = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.list(Path.of("../examples/ceasefire-call"))) {
            for (Path f : files.sorted().toList()) {
                String id = f.getFileName().toString().replace(".txt", "");
                (first.size() < 4 ? first : second).add(raw(id, null, null, null, java.nio.file.Files.readString(f)));
            }
        }
        second.add(raw("a3", "Harbour Times", "Ferry inquiry opens", "2024-03-02T09:00:00Z",
                "An inquiry into the sinking of the ferry that carried 120 passengers opened on Saturday."));
        Path reopened = dir.resolve("reopened");
        Path once = dir.resolve("once");
        DossierStage none = (articles, origins, dups) -> Dossier.empty();
        try (Store store = Store.open(reopened, none)) {
            store.ingestRaw(first, false);
        }
        try (Store store = Store.open(reopened, none)) {
            store.ingestRaw(second, false);
        }
        try (Store store = Store.open(once, none)) {
            store.ingestRaw(first, false);
            store.ingestRaw(second, false);
        }
        try (Store a = Store.openReadOnly(reopened); Store b = Store.openReadOnly(once)) {
            assertEquals(members(b), members(a), "a replayed store clusters new articles as one that never closed");
            assertEquals(a.article("a1").orElseThrow().storyId(), a.article("a3").orElseThrow().storyId());
        }
    }

    private static java.util.Set<java.util.Set<String>> members(Store s) {
        java.util.Set<java.util.Set<String>> out = new java.util.HashSet<>();
        for (StorySummary summary : s.stories(null, 100)) {
            out.add(new java.util.HashSet<>(s.story(summary.id()).orElseThrow().story().articles()));
        }
        return out;
    }

    @Test
    void vectorsKeepTheirCosinesInHalfPrecision() {
        float[] v = dev.corroborate.nlp.Embedder.embed("Rescuers pulled 80 people from the water.");
        float[] w = dev.corroborate.nlp.Embedder.embed("Eighty people were rescued from the sea.");
        float[] v2 = StoredFeatures.decode(StoredFeatures.encode(v));
        float[] w2 = StoredFeatures.decode(StoredFeatures.encode(w));
        assertEquals(v.length, v2.length);
        assertEquals(dev.corroborate.nlp.Embedder.cosine(v, w), dev.corroborate.nlp.Embedder.cosine(v2, w2), 1e-3);
    }
}
