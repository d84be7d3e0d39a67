package dev.corroborate.clean;

import dev.corroborate.model.Article;
import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;
import dev.corroborate.model.Removed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CleanerTest {

    private final Cleaner cleaner = new Cleaner();

    private static RawArticle raw(String id, String source, String text) {
        return new RawArticle(id, id + ".txt", 0, source, null, null, null, null, text, null);
    }

    // Real news sentences (ECB+ corpus, eval/data/ecbplus-dev) as article bodies.
    private static final String[] BODIES = {
            "Lindsay Lohan has left the Betty Ford Center and is moving to a rehab facility in Malibu, Calif., Access Hollywood has confirmed.",
            "People said Reid's representative Jack Ketsoyan confirmed the actress's stay at Promises.",
            "A spokesperson for The Los Angeles Superior Court confirmed to Access that a judge signed an order yesterday allowing the transfer.",
            "Lohan's attorney, Shawn Holley, spoke out about the move.",
            "She has completed her course of treatment there and looks forward to continuing her treatment.",
            "Word comes from People magazine and other celebrity news outlets that Tara Reid has entered the Promises Treatment Center."};

    @Test
    void footerRepeatedAcrossAnOutletIsLearnedInABatch() {
        String footer = "© 2013 Celebrity Wire Ltd. All rights reserved. Reproduction without permission prohibited.";
        List<RawArticle> batch = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String text = BODIES[i] + "\n\nThe story was updated on day " + (i + 1) + " of the week."
                    + (i < 5 ? "\n\n" + footer.replace("2013", String.valueOf(2013 + i)) : "");
            batch.add(raw("a" + i, "celebwire.example", text));
        }
        batch.add(raw("other", "another.example", BODIES[0] + "\n\n" + footer));
        List<InputError> errors = new ArrayList<>();
        List<Article> out = cleaner.cleanBatch(batch, errors::add);
        assertEquals(List.of(), errors);
        for (int i = 0; i < 5; i++) {
            Article a = out.get(i);
            assertFalse(a.text().contains("All rights reserved"), a.text());
            assertTrue(a.removed().stream().anyMatch(r -> r.reason().startsWith("repeated in 5 of 6 articles")), a.removed().toString());
            assertTrue(a.text().startsWith(BODIES[i]));
        }
        // Another outlet's single article keeps it: nothing to learn from one article.
        assertTrue(out.get(6).text().contains("All rights reserved"));
        // On its own (streaming path) nothing is learned.
        assertTrue(cleaner.clean(batch.get(0)).text().contains("All rights reserved"));
    }

    @Test
    void copiesOfOneArticleAreNotTakenForATemplate() {
        List<RawArticle> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) batch.add(raw("copy" + i, "wire.example", BODIES[0] + "\n\n" + BODIES[3]));
        List<Article> out = cleaner.cleanBatch(batch, e -> { });
        assertEquals(5, out.size());
        for (Article a : out) assertEquals(BODIES[0] + "\n\n" + BODIES[3], a.text());
    }

    @Test
    void headMetadataOfOtherFormats() {
        Article a = cleaner.clean(raw("x", "s", "Lindsay Lohan Leaves Betty Ford, Checks Into Malibu Rehab\n\n"
                + "First Published: June 13, 2013 4:59 PM EDT\n\n" + BODIES[0] + "\n\n" + BODIES[2]));
        assertEquals("Lindsay Lohan Leaves Betty Ford, Checks Into Malibu Rehab", a.title());
        assertEquals(Instant.parse("2013-06-13T20:59:00Z"), a.published());
        assertTrue(a.text().startsWith("Lindsay Lohan has left"), a.text());

        Article b = cleaner.clean(raw("y", "s", "By Jane Doe and John Smith, Reuters\n"
                + "KYIV, March 18 (Reuters) - Russia launched drones overnight, officials said. The attack lasted hours."));
        assertEquals("Jane Doe and John Smith", b.author());
        assertTrue(b.removed().contains(new Removed("KYIV, March 18 (Reuters) -", "dateline")), b.removed().toString());
        assertEquals(List.of("Russia launched drones overnight, officials said.", "The attack lasted hours."), b.sentences());

        for (String opening : new String[]{"By Tuesday, the talks had collapsed.", "By Tuesday evening the two sides had agreed.",
                "By Reuters' count, 40 people died."}) {
            Article c = cleaner.clean(raw("z", "s", opening + "\nThe ministry gave no figures."));
            assertTrue(c.text().startsWith(opening), c.text());
        }
        assertEquals("Reuters", cleaner.clean(raw("r", "s", "By Reuters\nThe ministry gave no figures.")).author());
    }

    @Test
    void unicodeAndSpacingAreNormalisedButQuotesKept() {
        Article a = cleaner.clean(raw("u", "s", "Caf\u0065\u0301 owners\u00a0said \u201cno\u201d  to the\u200b plan.\r\nThey\tmet again."));
        assertEquals("Café owners said “no” to the plan.\n\nThey met again.", a.text());
        assertEquals(2, a.sentences().size());
    }

    @Test
    void nonEnglishArticleIsKeptAndMarked() {
        // Article 1 of the Universal Declaration of Human Rights, official French and German texts.
        Article fr = cleaner.clean(raw("fr", "s", "Tous les êtres humains naissent libres et égaux en dignité et en droits. "
                + "Ils sont doués de raison et de conscience et doivent agir les uns envers les autres dans un esprit de fraternité."));
        assertEquals("fra", fr.language());
        assertEquals(2, fr.sentences().size());
        Article de = cleaner.clean(raw("de", "s", "Alle Menschen sind frei und gleich an Würde und Rechten geboren. "
                + "Sie sind mit Vernunft und Gewissen begabt und sollen einander im Geist der Brüderlichkeit begegnen."));
        assertEquals("deu", de.language());
        assertEquals("und", cleaner.clean(raw("short", "s", "OK.")).language());
    }

    @Test
    void emptyAfterCleaningIsReportedNotKept() {
        List<InputError> errors = new ArrayList<>();
        List<Article> out = cleaner.cleanBatch(List.of(raw("promo", "s", "Download our app for breaking news alerts.")), errors::add);
        assertTrue(out.isEmpty());
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().contains("no article text"), errors.toString());
    }

    @Test
    void relatedLinkWrappedInTextThatIsNotHardWrapped() {
        Article a = cleaner.clean(raw("w", "s", "Talks resumed in Riyadh on Monday after a week of delays.\n"
                + "Related article: Russia Open to Western Companies’ Return, Officials Say, But on Moscow’s\n"
                + "Terms\n"
                + "The delegations are expected to meet again on Thursday."));
        assertEquals("Talks resumed in Riyadh on Monday after a week of delays.\n\nThe delegations are expected to meet again on Thursday.", a.text());
        assertEquals(2, a.removed().size(), a.removed().toString());
    }

    @Test
    void wireCopySharedAcrossAFolderIsNotATemplate() {
        // One story from five outlets filed under one folder: three re-use the same wire paragraphs.
        String wire1 = "Russia has maintained relentless drone and missile attacks on Ukraine for more than three years.";
        String wire2 = "The Kremlin has also touted a Russian counteroffensive in the Kursk region.";
        String wire3 = "Trump first initiated direct contact with Putin in February.";
        String quote = "“It must end now,” he wrote on Truth Social.";
        List<RawArticle> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            batch.add(raw("wire" + i, "story-folder", BODIES[i] + "\n\n" + wire1 + "\n\n" + wire2 + "\n\n" + wire3 + "\n\n" + quote));
        }
        batch.add(raw("own1", "story-folder", BODIES[3] + "\n\n" + quote));
        batch.add(raw("own2", "story-folder", BODIES[4] + "\n\n" + quote));
        List<Article> out = cleaner.cleanBatch(batch, e -> { });
        for (Article a : out) {
            assertEquals(List.of(), a.removed(), a.id());
        }
        assertTrue(out.get(0).text().contains(wire2));
    }
}
