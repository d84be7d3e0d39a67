package dev.corroborate.ingest.html;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ParagraphFilterTest {

    private static final String A = "Officials said on Monday that the bridge would reopen to traffic next month after "
            + "repairs to its deck and supports, which were damaged in the spring floods.";
    private static final String B = "Engineers found that two of the piers had shifted by several centimetres, and the "
            + "city closed the crossing to cars while it weighed whether to rebuild or repair them.";
    private static final String C = "The work cost about four million euros, paid for by the region and a national fund "
            + "for flood damage that was set up after the storms of the previous year.";

    private static List<String> with(String... middle) {
        List<String> out = new ArrayList<>(List.of(A));
        out.addAll(List.of(middle));
        out.add(B);
        return out;
    }

    @Test
    void furnitureLinesGo() {
        for (String furniture : new String[]{
                "By Anjali Sharma", "Published: Nov. 19, 2019 at 8:00 a.m.", "November 19, 2019",
                "Advertisement", "Share this article", "The Associated Press",
                "In this Dec. 12, 2006, file photo, made available by NASA, two astronauts work outside.",
                "The bridge at dawn. (Photo: J. Doe)", "Sign up for our newsletter to get the top stories daily.",
                "Dallas Robinson is a freelance writer living in Minneapolis",
                "stock car 2018, stock car brasil, stock car cascavel, stock car interlagos, stock car tarumã",
                "https://example.com/logo.png", "BusinessInsiderDe",
                "[button link=\"/submit\"]Send us your review[/button]"}) {
            assertEquals(List.of(A, B), ParagraphFilter.apply(with(furniture), null), furniture);
        }
    }

    @Test
    void articleSentencesThatLookSimilarStay() {
        String quote = "\"By the time we arrived, the water was at the door,\" said one resident.";
        String mention = "The mayor, who is a former journalist, said she would subscribe to any plan that "
                + "kept the bridge open.";
        String table = "1 Kyle Busch 5 17 27";
        assertEquals(List.of(A, quote, mention, table, B),
                ParagraphFilter.apply(with(quote, mention, table), null));
    }

    @Test
    void titleAndRepeatsGo() {
        String summary = A + " " + B; // a summary box repeating the opening paragraphs
        assertEquals(List.of(A, B, C), ParagraphFilter.apply(List.of("Bridge to reopen", A, B, summary, C, B),
                new PageMetadata("Bridge to reopen", null, null, null, null)));
    }

    @Test
    void closingBlurbAboutTheSiteOrAuthorGoes() {
        PageMetadata meta = new PageMetadata("Bridge to reopen", "Riverside Courier", null, null, "Regan Smith");
        String about = "Riverside Courier is the county's oldest newspaper, founded in 1854.";
        String bio = "Regan is a Connecticut native now living in Massachusetts with her husband.";
        assertEquals(List.of(A, B, C), ParagraphFilter.apply(List.of(A, B, C, about, bio), meta));
        // at the top, the same kind of sentence is part of the story
        String lead = "Riverside Courier is closing its print edition after 170 years, its owners said.";
        assertEquals(List.of(lead, A, B, C), ParagraphFilter.apply(List.of(lead, A, B, C), meta));
    }

    @Test
    void recirculationHeadingPastTheMiddleEndsTheArticle() {
        List<String> page = List.of(A, B, C, "Related stories", "Flood defences upgraded in the north of the county");
        assertEquals(List.of(A, B, C), ParagraphFilter.apply(page, null));
        // near the top it is only a stray label
        assertEquals(List.of(A, B, C), ParagraphFilter.apply(List.of("Related", A, B, C), null));
    }
}
