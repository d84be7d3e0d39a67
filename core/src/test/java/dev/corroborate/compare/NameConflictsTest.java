package dev.corroborate.compare;

import dev.corroborate.model.Article;
import dev.corroborate.model.Dossier.Conflict;
import dev.corroborate.model.Dossier.ConflictValue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names given for one role, on sentences of real reports (ECB+: the 76ers firing their coach, the Troy
 * office shooting, the Qeshm quake, the Queens hit-and-run, the Oscars host). ECB+ holds no two
 * reports that name different people for one role, so the conflicting side is a real sentence with the
 * name changed; every negative case is real text as the outlets printed it.
 */
class NameConflictsTest {

    private static Article article(String id, String... sentences) {
        return new Article(id, id, null, sentences[0], null, null, "eng", String.join("\n\n", sentences), List.of(sentences), List.of());
    }

    private static List<Conflict> names(Article... articles) {
        return new DossierBuilder().build(List.of(articles), Map.of("c", "a"), List.of()).conflicts().stream()
                .filter(c -> c.kind().equals("name")).toList();
    }

    private static List<String> roles(String sentence) {
        return NameRoles.find(sentence).stream().map(m -> m.role() + "=" + m.name()).toList();
    }

    @Test
    void rolesAreReadOnlyWhereTheWordingTiesTheNameToThem() {
        assertEquals(List.of("coach=Maurice Cheeks"),
                roles("The Philadelphia 76ers fired coach Maurice Cheeks on Saturday, one day after the team continued its slide with a season-worst offensive effort, dpa reported."));
        assertEquals(List.of("suspect=Anthony LaCalamita"),
                roles("The suspect, identified as Anthony LaCalamita, entered the second-floor office of the accounting firm, Gordon Advisors, about 10 a.m. and opened fire, the police said."));
        assertEquals(List.of("suspect=Anthony LaCalamita"),
                roles("The suspect, 38-year-old Anthony LaCalamita, was \"deliberately seeking out these individuals,\" according to Troy police Lt. Gerry Scherlinck."));
        assertEquals(List.of("governor=Heidar Alishvandi"),
                roles("Heidar Alishvandi, the governor of Qeshm, was quoted by state-run television as saying rescue teams were deployed to the affected area."));
        assertEquals(List.of("driver=Vishwanand Subryan"),
                roles("The driver, who police identified as Vishwanand Subryan, fled the scene but was apprehended by police shortly afterward."));
        assertEquals(List.of("interim coach=Tony DiLeo"), roles("Assistant general manager Tony DiLeo was named interim coach."));
        List<NameRoles.Mention> lee = NameRoles.find("Meanwhile, ABC Entertainment Group president Paul Lee said, \"It is an honor to welcome back Ellen DeGeneres as the host of the biggest entertainment celebration of the year.");
        assertEquals(List.of(new NameRoles.Mention("president", List.of("abc", "entertainment", "group"), "Paul Lee")), lee);
        assertEquals(List.of("hospital=Jamaica Hospital"), roles("Chohan was pronounced dead at Jamaica Hospital."));
        assertEquals(List.of("coach=Maurice Cheeks"),
                roles("The Philadelphia 76ers fired Coach Maurice Cheeks Saturday morning after a disappointing 9-14 start to the 2008-09 season."));
        // a role noun used as a verb, and the capitals of a title-case headline, name no one
        assertEquals(List.of(), roles("Ellen DeGeneres to host Oscars in 2014"));
        assertEquals(List.of(), roles("Woman Killed In Queens Hit-And-Run Accident, Driver Charged"));
        assertEquals(List.of(), roles("Driver Charged In Fatal Queens Hit & Run"));
        // a former holder of the role, an indefinite appositive, and a name with no role word are not read
        assertEquals(List.of(), roles("Ohio State previously said it was looking into many of the alleged violations, including a cash gift to a recruit from former basketball coach Jim O'Brien, who was fired after acknowledging the payment."));
        assertEquals(List.of(), roles("This is a mom, a female, and then I dialed 911, said Mahadeo Rambrich, a witness."));
        assertEquals(List.of(), roles("Samuel Dalembert agreed to a six year deal with the Philadelphia 76ers on Saturday."));
    }

    @Test
    void differentNamesForOneRoleInOneFactConflict() {
        List<Conflict> cs = names(
                article("a", "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday, one day after the team continued its slide with a season-worst offensive effort."),
                article("b", "Philadelphia 76ers management had enough of the NBA team lurking near the bottom of the Eastern Conference standings and fired head coach Jim O'Brien on Saturday."),
                article("c", "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday, one day after the team continued its slide with a season-worst offensive effort."));
        assertEquals(1, cs.size(), cs::toString);
        Conflict c = cs.getFirst();
        assertEquals("name of the coach", c.about());
        ConflictValue cheeks = c.values().stream().filter(v -> v.normalized().equals("Maurice Cheeks")).findFirst().orElseThrow();
        assertEquals(List.of("a", "c"), cheeks.sources());
        assertFalse(cheeks.fromCopy(), "a is an original");
        ConflictValue obrien = c.values().stream().filter(v -> v.normalized().equals("Jim O'Brien")).findFirst().orElseThrow();
        assertEquals(List.of("b"), obrien.sources());
        assertTrue(obrien.text().contains("fired head coach Jim O'Brien"), obrien.text());
    }

    @Test
    void differentVenuesForOneEventConflict() {
        List<Conflict> cs = names(
                article("a", "EMS crews rushed Chohan to Jamaica Hospital for treatment, where she was later pronounced dead."),
                article("b", "EMS crews rushed Chohan to Elmhurst Hospital for treatment, where she was later pronounced dead."));
        assertEquals(1, cs.size(), cs::toString);
        assertEquals("name of the hospital", cs.getFirst().about());
    }

    @Test
    void spellingVariantsAndPartialNamesAreOnePerson() {
        assertTrue(names(
                article("a", "The third victim, identified as Brian Dalton, was rushed to Aria Health's Torresdale campus with a gunshot wound."),
                article("b", "The third victim, identified as Bryant Dalton, was rushed to Aria Health's Torresdale campus with a gunshot wound."))
                .isEmpty());
        assertTrue(names(
                article("a", "The 36-year-old champion Klitschko, 58-3 with 51 knockouts, floored Thompson with a big right hand near the end of the fifth round at Stade de Suisse."),
                article("b", "Heavyweight champion Wladimir Klitschko floored Thompson with a big right hand near the end of the fifth round at Stade de Suisse."))
                .isEmpty());
        assertTrue(SpeakerNames.samePerson("Heidar Alishvandi", "Heydar Alishbandi"));
    }

    @Test
    void differentRolesAndDifferentEventsAreNoConflict() {
        // the governor of a province and the governor of an island in it are two people
        assertTrue(names(
                article("a", "Heidar Alishvandi, the governor of Qeshm, said rescue teams were deployed to the affected area and people in the wrecked villages moved quickly to safety."),
                article("b", "Abdolreza Sheikholeslami, the governor of Hormozgan Province, said rescue teams were deployed to the affected area and people in the wrecked villages moved quickly to safety."))
                .isEmpty());
        // the fired coach and the interim coach are two roles
        assertTrue(names(
                article("a", "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday."),
                article("b", "Assistant general manager Tony DiLeo was named interim coach on Saturday."))
                .isEmpty());
        // roles held by several at once are not compared: a hospital has more than one spokeswoman
        assertTrue(names(
                article("a", "The families of the two wounded men requested \"total privacy,\" and the hospital would not release any details about their conditions, Beaumont Hospital spokeswoman Ilene Wolfe said."),
                article("b", "The families of the two wounded men requested \"total privacy,\" and the hospital would not release any details about their conditions, Beaumont Hospital spokeswoman Mary Smith said."))
                .isEmpty());
        // another death the same night, told by an outlet that also names the story's hospital
        assertTrue(names(
                article("a", "Chohan was pronounced dead at Jamaica Hospital."),
                article("b", "Emergency workers brought her to Jamaica Hospital Medical Center.",
                        "The unidentified woman was pronounced dead at Mount Sinai Hospital."))
                .isEmpty());
        // an outlet that names both coaches tells the fired one from the one who replaced him
        assertTrue(names(
                article("a", "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday, one day after the team continued its slide with a season-worst offensive effort."),
                article("b", "Assistant general manager Tony DiLeo will replace Cheeks for the rest of the season.",
                        "The Philadelphia 76ers named coach Tony DiLeo on Saturday, one day after the team continued its slide with a season-worst offensive effort."))
                .isEmpty());
    }
}
