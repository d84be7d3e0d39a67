package dev.corroborate.ingest.html;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlExtractorTest {

    private final HtmlExtractor extractor = new HtmlExtractor();

    private static final String BODY = """
            <p>The city council voted on Tuesday to approve the new budget after months of debate over
            spending on schools, roads and the harbour, officials said in a statement released late in the day.</p>
            <p>Supporters said the plan would fund repairs that have been put off for a decade, while critics
            argued that the tax increase would fall hardest on small businesses in the old town district.</p>
            <p>The mayor is expected to sign the measure next week, and the first projects could begin in
            the spring if the regional authority approves the matching funds it promised last year.</p>
            """;

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void titleFromOpenGraphWinsOverTitleTag() {
        HtmlPage p = extractor.extract(page("""
                <title>Council approves budget | The Daily Planet</title>
                <meta property="og:title" content="Council approves budget after long debate">
                """, BODY), "https://www.dailyplanet.example/news/1");
        assertEquals("Council approves budget after long debate", p.title());
    }

    @Test
    void titleFromJsonLdHeadlineWhenNoOpenGraph() {
        HtmlPage p = extractor.extract(page("""
                <title>Something else - Planet</title>
                <script type="application/ld+json">
                {"@context":"https://schema.org","@type":"NewsArticle","headline":"Budget passes",
                 "datePublished":"2025-03-19T08:30:00+01:00",
                 "author":[{"@type":"Person","name":"Anjali Sharma"},{"@type":"Person","name":"Tom Ode"}],
                 "publisher":{"@type":"Organization","name":"Daily Planet"}}
                </script>""", BODY), "https://dailyplanet.example/a");
        assertEquals("Budget passes", p.title());
        assertEquals("Daily Planet", p.siteName());
        assertEquals(Instant.parse("2025-03-19T07:30:00Z"), p.published());
        assertEquals("Anjali Sharma, Tom Ode", p.author());
    }

    @Test
    void titleTagLosesItsSiteSuffix() {
        HtmlPage known = extractor.extract(page("""
                <title>Council approves budget after long debate | The Daily Planet</title>
                <meta property="og:site_name" content="The Daily Planet">""", BODY), null);
        assertEquals("Council approves budget after long debate", known.title());
        assertEquals("The Daily Planet", known.siteName());
        HtmlPage shortSuffix = extractor.extract(page(
                "<title>Google Stadia, Microsoft xCloud: So Many Ways to Play - WSJ</title>", BODY), null);
        assertEquals("Google Stadia, Microsoft xCloud: So Many Ways to Play", shortSuffix.title());
        HtmlPage prefix = extractor.extract(page("<title>Planet News - Council approves the budget</title>"
                + "<meta property=\"og:site_name\" content=\"Planet News\">", BODY), null);
        assertEquals("Council approves the budget", prefix.title());
    }

    @Test
    void siteNameFallsBackToUrlHost() {
        HtmlPage p = extractor.extract(page("<title>Budget</title>", BODY), "https://www.example-news.com/x/y.html");
        assertEquals("example-news.com", p.siteName());
        assertNull(extractor.extract(page("<title>Budget</title>", BODY), null).siteName());
    }

    @Test
    void canonicalFromLinkThenOpenGraphUrl() {
        HtmlPage link = extractor.extract(page("""
                <link rel="canonical" href="/news/budget">
                <meta property="og:url" content="https://other.example/og">""", BODY), "https://planet.example/amp/x");
        assertEquals("https://planet.example/news/budget", link.canonicalUrl());
        HtmlPage og = extractor.extract(page("<meta property=\"og:url\" content=\"https://planet.example/og\">",
                BODY), null);
        assertEquals("https://planet.example/og", og.canonicalUrl());
    }

    @Test
    void publishedFromArticleMetaAndOtherSources() {
        assertEquals(Instant.parse("2019-11-19T13:05:00Z"), extractor.extract(page(
                "<meta property=\"article:published_time\" content=\"2019-11-19T08:05:00-05:00\">", BODY),
                null).published());
        assertEquals(Instant.parse("2019-11-19T00:00:00Z"), extractor.extract(page(
                "<meta name=\"date\" content=\"2019-11-19\">", BODY), null).published());
        assertEquals(Instant.parse("2019-11-19T08:05:00Z"), extractor.extract(page("",
                "<article><time datetime=\"2019-11-19 08:05:00\">Nov 19</time>" + BODY + "</article>"),
                null).published());
        assertEquals(Instant.parse("2019-11-19T08:05:00Z"), extractor.extract(page(
                "<meta itemprop=\"datePublished\" content=\"2019-11-19T08:05:00.000+0000\">", BODY),
                null).published());
        assertNull(extractor.extract(page("<meta name=\"date\" content=\"yesterday\">", BODY), null).published());
    }

    @Test
    void authorFromMetaThenRelAuthor() {
        assertEquals("Anjali Sharma", extractor.extract(page("<meta name=\"author\" content=\"By Anjali Sharma\">",
                BODY), null).author());
        // a profile URL is not a name: fall through to the link marked rel=author
        assertEquals("Tom Ode", extractor.extract(page(
                "<meta property=\"article:author\" content=\"https://facebook.com/tom\">",
                "<article><a rel=\"author\" href=\"/tom\">Tom Ode</a>" + BODY + "</article>"), null).author());
        assertNull(extractor.extract(page("", BODY), null).author());
    }

    @Test
    void brokenJsonLdIsSkipped() {
        HtmlPage p = extractor.extract(page("""
                <title>Budget passes</title>
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>""", BODY), null);
        assertEquals("Budget passes", p.title());
    }

    @Test
    void mainTextKeepsTheArticleAndDropsPageFurniture() {
        String html = page("<title>Budget</title>", """
                <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
                <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
                <main><article>
                  <h1>Council approves budget</h1>
                  <p class="byline">By Anjali Sharma</p>
                  <figure><img src="x.jpg"><figcaption>The council chamber on Tuesday. (Photo: J. Doe)</figcaption></figure>
                """ + BODY + """
                  <h2>What happens next</h2>
                  <p>Work on the harbour wall is first on the list, according to a schedule published by the
                  council's engineering department, and will take about eighteen months to complete in full.</p>
                  <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
                  <p>Sign up for our morning newsletter to get the day's top stories in your inbox.</p>
                  <div class="related-stories"><h3>Related</h3><ul>
                    <li><a href="/a">Harbour wall repairs delayed again by storms</a></li>
                    <li><a href="/b">School budget cuts spark protest outside town hall</a></li></ul></div>
                </article>
                <section class="comments"><p>Great news for the town, finally!</p></section></main>
                <footer><p>Copyright 2025 The Daily Planet. All rights reserved.</p></footer>
                """);
        String text = extractor.extract(html, "https://planet.example/budget").text();
        assertTrue(text.startsWith("The city council voted on Tuesday"), text);
        assertTrue(text.contains("\n\nWhat happens next\n\nWork on the harbour wall"), text);
        assertTrue(text.contains("the matching funds it promised last year."), text);
        for (String gone : new String[]{"Home", "cookies", "By Anjali Sharma", "council chamber", "Share on",
                "newsletter", "Harbour wall repairs delayed", "Great news", "Copyright"}) {
            assertFalse(text.contains(gone), gone + " should be gone from:\n" + text);
        }
    }

    @Test
    void contentWrapperWithABoilerplateLikeClassSurvives() {
        String text = extractor.extract(page("", """
                <div class="layout-with-sidebar">""" + BODY + """
                </div><div class="sidebar"><p>Most read: ten things to do this weekend in the old town</p></div>"""),
                null).text();
        assertTrue(text.startsWith("The city council voted"), text);
        assertFalse(text.contains("Most read"), text);
    }

    @Test
    void jsonLdGraphAndPlainStringAuthor() {
        HtmlPage p = extractor.extract(page("""
                <script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Planet"},
                  {"@type":["NewsArticle"],"headline":"Harbour reopens","author":"Tom Ode",
                   "datePublished":"2025-03-19","publisher":{"@type":"Organization","name":"Planet News"}}]}
                </script>""", BODY), "https://planet.example/x");
        assertEquals("Harbour reopens", p.title());
        assertEquals("Tom Ode", p.author());
        assertEquals("Planet News", p.siteName());
        assertEquals(Instant.parse("2025-03-19T00:00:00Z"), p.published());
    }

    @Test
    void paragraphsAreSeparatedByABlankLine() {
        String text = extractor.extract(page("", "<article>" + BODY + "</article>"), null).text();
        String[] paragraphs = text.split("\n\n");
        assertEquals(3, paragraphs.length, text);
        assertFalse(paragraphs[0].contains("\n"));
    }

    @Test
    void pageWithoutArticleGivesLittleOrNoText() {
        HtmlPage p = extractor.extract("<html><body><nav><a href=/>Home</a></nav></body></html>", null);
        assertEquals("", p.text());
        assertEquals("", extractor.extract("", null).text());
    }
}
