package dev.corroborate.clean;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules on boilerplate of other outlets than the examples, and on news text they must leave alone. */
class BoilerplateRulesTest {

    @Test
    void callsToActionOfAnyOutlet() {
        for (String promo : new String[]{
                "Sign up for our morning newsletter to get the top stories delivered to your inbox.",
                "Download the Guardian app for the latest headlines and breaking news alerts.",
                "Follow us on Twitter, Facebook and Instagram for daily updates.",
                "Subscribe to our YouTube channel for the latest news videos.",
                "Get the latest news and exclusive insights straight to your inbox every morning.",
                "Join our WhatsApp channel to stay updated with breaking news."}) {
            assertEquals(BoilerplateRules.PROMO, BoilerplateRules.reason(promo), promo);
        }
    }

    @Test
    void linkLinesCreditsLabelsAndUrls() {
        assertEquals(BoilerplateRules.RELATED, BoilerplateRules.reason("Read more: Inflation slows for a third month"));
        assertEquals(BoilerplateRules.RELATED, BoilerplateRules.reason("ALSO READ | Parliament passes the budget bill"));
        assertEquals(BoilerplateRules.RELATED, BoilerplateRules.reason("Related: Five things to know about the deal"));
        assertEquals(BoilerplateRules.CREDIT, BoilerplateRules.reason("Reporting by Jane Doe; Editing by John Smith"));
        assertEquals(BoilerplateRules.LABEL, BoilerplateRules.reason("Advertisement"));
        assertEquals(BoilerplateRules.LABEL, BoilerplateRules.reason("Story continues below advertisement"));
        assertEquals(BoilerplateRules.COMMENTS, BoilerplateRules.reason("Leave a comment"));
        assertEquals(BoilerplateRules.PROFILE_URL, BoilerplateRules.reason("https://example-news.com/profile/jane-doe"));
        assertEquals(BoilerplateRules.URL_LINE, BoilerplateRules.reason("www.example-news.com/world"));
    }

    @Test
    void newsTextIsLeftAlone() {
        for (String news : new String[]{
                "Officials urged residents to download the Air Alert app, which warns of incoming missiles.",
                "“Subscribe to the newsletter and follow us on Telegram,” the spokesman told reporters, laughing.",
                "Follow-up talks are planned next week, news agencies reported, citing the latest figures.",
                "Stay-at-home orders were lifted on Monday after the latest daily case counts fell.",
                "The company said app downloads rose 40% in the latest quarter as news readership grew.",
                "Find out more, he said, was the answer the minister gave to every question.",
                "Related talks in Geneva ended without an agreement on Tuesday.",
                "Like Instagram head Adam Mosseri, Twitter CEO Jack Dorsey has spoken out about follower and like counts on the app.",
                "Share prices fell sharply after the news, and the latest daily figures showed no recovery."}) {
            assertNull(BoilerplateRules.reason(news), news);
            assertEquals(-1, BoilerplateRules.trailingPromotion(news), news);
        }
    }

    @Test
    void promotionGluedToTheLastSentenceIsCutOff() {
        String p = "The minister resigned on Friday.Sign up for our daily newsletter to get the latest news in your inbox.";
        int cut = BoilerplateRules.trailingPromotion(p);
        assertEquals("The minister resigned on Friday.", p.substring(0, cut));
        String q = "Talks resume on Monday. (Reuters)Download our app for breaking news alerts and daily updates.";
        assertTrue(q.substring(BoilerplateRules.trailingPromotion(q)).startsWith("Download our app"));
    }
}
