package dev.corroborate.compare;

import dev.corroborate.model.Article;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.Dossier.Conflict;
import dev.corroborate.model.Dossier.ConflictValue;
import dev.corroborate.model.Dossier.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dossier of examples/ceasefire-call: five real reports of one phone call; 001 is a copy of 000. */
class CeasefireDossierTest {

    private static Dossier dossier;

    @BeforeAll
    static void build() throws Exception {
        List<Article> articles = SeedFixture.directory(Path.of("../examples/ceasefire-call"));
        dossier = new DossierBuilder().build(articles, Map.of("001", "000"), List.of());
    }

    private static Conflict conflictWith(String normalizedA, String normalizedB) {
        for (Conflict c : dossier.conflicts()) {
            Set<String> values = c.values().stream().map(ConflictValue::normalized).collect(Collectors.toSet());
            if (values.contains(normalizedA) && values.contains(normalizedB)) return c;
        }
        return null;
    }

    @Test
    void woundedSoldiersConflict() {
        Conflict c = conflictWith("30 soldier", "23 soldier");
        assertNotNull(c, () -> "no 30 vs 23 conflict in " + dossier.conflicts());
        assertTrue(c.about().contains("wounded soldiers"), c.about());
        ConflictValue thirty = c.values().stream().filter(v -> v.normalized().equals("30 soldier")).findFirst().orElseThrow();
        assertEquals(List.of("000", "001"), thirty.sources());
        assertFalse(thirty.fromCopy(), "000 is an original, so the value does not come only from a copy");
    }

    @Test
    void callLengthConflictInsideOneArticle() {
        Conflict c = conflictWith("90 minutes", "2 hours");
        assertNotNull(c, () -> "no 90 minutes vs two hours conflict in " + dossier.conflicts());
        ConflictValue twoHours = c.values().stream().filter(v -> v.normalized().equals("2 hours")).findFirst().orElseThrow();
        assertTrue(twoHours.sources().contains("000"));
        ConflictValue ninety = c.values().stream().filter(v -> v.normalized().equals("90 minutes")).findFirst().orElseThrow();
        assertTrue(ninety.sources().containsAll(List.of("000", "001")), ninety.sources().toString());
    }

    @Test
    void callStartTimesInDifferentZonesAgree() {
        assertTrue(dossier.conflicts().stream().noneMatch(c -> c.values().stream().anyMatch(v -> v.normalized().endsWith("UTC"))),
                () -> dossier.conflicts().toString());
    }

    @Test
    void compatibleAndUnrelatedValuesAreNoConflict() {
        for (Conflict c : dossier.conflicts()) {
            for (ConflictValue v : c.values()) {
                assertFalse(v.value().contains("more than 90"), "more than 90 minutes fits two hours: " + c);
                assertFalse(v.value().contains("nearly an hour"), "a running measure is no length: " + c);
                assertFalse(v.value().contains("30-day") || v.value().contains("30 days"), "ceasefire days are not soldiers: " + c);
            }
        }
    }

    @Test
    void theSameSpeakersNamedInManyRolesAreNoNameConflict() {
        // Zelensky, Putin, Trump, Scavino and the Kremlin are named by every outlet with their titles
        assertTrue(dossier.conflicts().stream().noneMatch(c -> c.kind().equals("name")), () -> dossier.conflicts().toString());
    }

    @Test
    void prisonersFactHasTwoIndependentSources() {
        Dossier.Fact f = dossier.facts().stream().filter(x -> x.text().contains("175 prisoners")).findFirst().orElseThrow();
        assertEquals(Set.of("000", "001", "003"), Set.copyOf(f.sources()));
        assertEquals(2, f.independent());
    }

    private static Quote quote(String start) {
        return dossier.quotes().stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + start + " in " + dossier.quotes()));
    }

    @Test
    void scavinoQuoteMergedFromTwoOutlets() {
        Quote q = quote("The call is going well");
        assertEquals(Set.of("000", "004"), Set.copyOf(q.sources()));
        assertTrue(q.speaker().contains("Dan Scavino"), q.speaker());
    }

    @Test
    void truthSocialQuoteMergedAlthoughOneOutletQuotesPart() {
        Quote q = dossier.quotes().stream().filter(x -> x.text().contains("working quickly to have a Complete Ceasefire"))
                .findFirst().orElseThrow();
        assertEquals(Set.of("002", "003"), Set.copyOf(q.sources()));
        assertTrue(q.text().startsWith("We agreed to an immediate Ceasefire"), "keeps the fuller wording: " + q.text());
        assertTrue(q.speaker().contains("Trump"), q.speaker());
    }

    @Test
    void dividingAssetsFromThreeOutlets() {
        Quote q = quote("dividing up certain assets");
        assertEquals(Set.of("002", "003", "004"), Set.copyOf(q.sources()));
        assertTrue(q.speaker().contains("Trump"), q.speaker());
    }

    @Test
    void speakersAsTheArticlesGiveThem() {
        assertEquals("the Kremlin press service", quote("Serious risks").speaker());
        assertTrue(quote("Today, Putin effectively rejected").speaker().contains("Zelensky"));
        assertEquals("Ukrainian Foreign Minister Andrii Sybiha", quote("It is time for Russia").speaker());
        assertEquals("Trump", quote("I think we’ll be talking about land").speaker(), "he said: resolved to Trump");
    }

    @Test
    void timelineResolvesTuesdayAgainstTheArticleDate() {
        assertTrue(dossier.timeline().stream().anyMatch(e -> e.when().equals("2025-03-18") && e.sources().contains("001")
                && e.what().contains("90-minute")), () -> dossier.timeline().toString());
        List<String> order = dossier.timeline().stream().map(Dossier.TimelineEvent::when).toList();
        assertEquals(order.stream().sorted().toList().getFirst(), order.getFirst());
    }

    @Test
    void summaryCitesSourcesAndListsConflicts() {
        long plain = dossier.summary().stream().filter(s -> !s.text().startsWith("Sources differ")).count();
        assertTrue(plain >= 4 && plain <= 8, "summary sentences: " + plain);
        assertTrue(dossier.summary().stream().allMatch(s -> !s.sources().isEmpty()));
        assertEquals(dossier.conflicts().size(),
                dossier.summary().stream().filter(s -> s.text().startsWith("Sources differ on ")).count());
    }
}
