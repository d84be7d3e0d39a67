package dev.corroborate.compare;

import dev.corroborate.model.Article;
import dev.corroborate.model.Dossier.Conflict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Past events dated differently by two reports; on sentences of real reports (ECB+ prison escape, land purchase). */
class DateConflictsTest {

    private static Article article(String id, String... sentences) {
        return new Article(id, id, null, sentences[0], null, null, "eng", String.join("\n\n", sentences), List.of(sentences), List.of());
    }

    private static List<Conflict> dateConflicts(Article... articles) {
        return new DossierBuilder().build(List.of(articles), Map.of(), List.of()).conflicts().stream()
                .filter(c -> c.about().startsWith("date of")).toList();
    }

    @Test
    void oneEventDatedToTwoYears() {
        List<Conflict> cs = dateConflicts(
                article("a", "He was serving a life sentence after being convicted in June 1998 of aggravated sexual assault out of Brazos County, located northwest of Houston."),
                article("b", "Between 1991 and 1998, Comeaux was in and out of prison on parole violations until he finally returned to prison in June 1999 to serve a life sentence for aggravated sexual assault."));
        assertEquals(1, cs.size(), cs::toString);
        Set<String> values = cs.getFirst().values().stream().map(v -> v.normalized()).collect(Collectors.toSet());
        assertEquals(Set.of("1998-06", "1999-06"), values, "the range 1991-1998 is no date of the event");
    }

    @Test
    void datesOfDifferentEventsAreNotCompared() {
        List<Conflict> cs = dateConflicts(
                article("a", "He was serving a life sentence after being convicted in June 1998 of aggravated sexual assault out of Brazos County."),
                article("b", "Comeaux was given two extra life sentences after being convicted for stabbing his wife and another person in 1999 while she visited him."),
                article("c", "Palmer voters in 2010 approved a $3 million bond to pay for purchase of the property."));
        assertTrue(cs.isEmpty(), cs::toString);
    }

    @Test
    void aMonthInsideTheYearAgrees() {
        List<Conflict> cs = dateConflicts(
                article("a", "He was serving a life sentence after being convicted in June 1998 of aggravated sexual assault out of Brazos County."),
                article("b", "Comeaux was serving a sentence of life in prison for a 1998 aggravated sexual assault conviction in Brazos County, northwest of Houston."));
        assertTrue(cs.isEmpty(), cs::toString);
    }

    @Test
    void weekdaysResolvedAgainstEachArticlesDateline() {
        assertEquals(java.time.LocalDate.of(2011, 11, 11), TimeExpressions.dateline(List.of("Indian Navy captures 26 Somali pirates in Gulf of Aden",
                "Published on: Fri, 11 Nov 2011 at 09:56 IST", "New Delhi / Mumbai: An Indian warship foiled a five-boat pirate attack on merchant vessels.")));
        List<Conflict> cs = dateConflicts(
                article("a", "Navy foils Somali pirate attack off Gulf of Aden", "Updated: November 11, 2011 20:09 IST",
                        "The Indian Navy patrolling the Gulf of Aden on Thursday thwarted a multi-boat attack by sea brigands on merchant vessels, apprehending 26 Somali pirates and confiscating arms and ammunition."),
                article("b", "Indian Navy captures 26 Somali pirates in Gulf of Aden", "Published on: Fri, 11 Nov 2011 at 09:56 IST",
                        "An Indian warship foiled a five-boat pirate attack on merchant vessels transiting the Gulf of Aden on Friday capturing 26 Somali brigands on three of the skiffs and confiscating their weapons."));
        assertEquals(1, cs.size(), cs::toString);
        assertEquals(Set.of("2011-11-10", "2011-11-11"), cs.getFirst().values().stream().map(v -> v.normalized()).collect(Collectors.toSet()));
    }

    @Test
    void theDayOfTellingAndOneWeekdayNamedByBothAreNoConflict() {
        List<Conflict> cs = dateConflicts(
                article("a", "Pirates caught in Gulf of Aden", "Updated: November 11, 2011 20:09 IST",
                        "The Indian Navy patrolling the Gulf of Aden on Thursday thwarted a multi-boat attack by sea brigands on merchant vessels."),
                article("b", "Pirate attack foiled", "Posted on November 18, 2011",
                        "The Indian Navy patrolling the Gulf of Aden on Thursday thwarted a multi-boat attack by sea brigands on merchant vessels."),
                article("c", "Navy foils pirate attack", "November 11, 2011",
                        "A five-boat pirate attack on merchant vessels transiting the Gulf of Aden was foiled by an Indian warship, a naval officer said here Friday."));
        assertTrue(cs.isEmpty(), cs::toString);
    }
}
