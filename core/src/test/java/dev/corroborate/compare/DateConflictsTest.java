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
}
