package dev.corroborate.clean;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private void assertSplit(String text, String... expected) {
        assertEquals(List.of(expected), splitter.split(text));
    }

    @Test
    void countryAbbreviationBeforeName() {
        assertSplit("Putin agreed in a phone call with U.S. President Donald Trump on Tuesday. The talks lasted an hour.",
                "Putin agreed in a phone call with U.S. President Donald Trump on Tuesday.",
                "The talks lasted an hour.");
    }

    @Test
    void countryAbbreviationAtSentenceEnd() {
        assertSplit("The delegation flew back to the U.S. The talks resume next week.",
                "The delegation flew back to the U.S.", "The talks resume next week.");
    }

    @Test
    void districtOfColumbiaInsideSentence() {
        assertSplit("Trump announced the call on the way back to Washington D.C. from his Mar-a-Lago residence in Florida. It began at noon.",
                "Trump announced the call on the way back to Washington D.C. from his Mar-a-Lago residence in Florida.",
                "It began at noon.");
    }

    @Test
    void clockTimes() {
        assertSplit("He has been speaking with Putin since 10 a.m. EDT. The call is going well.",
                "He has been speaking with Putin since 10 a.m. EDT.", "The call is going well.");
        assertSplit("The call began at 7:30 p.m. Tuesday and lasted an hour. Officials were upbeat.",
                "The call began at 7:30 p.m. Tuesday and lasted an hour.", "Officials were upbeat.");
        assertSplit("The meeting ended at 4 p.m. The leaders then left.",
                "The meeting ended at 4 p.m.", "The leaders then left.");
    }

    @Test
    void monthAbbreviationBeforeDay() {
        assertSplit("The deadline is Feb. 28 and talks continue. Both sides agreed.",
                "The deadline is Feb. 28 and talks continue.", "Both sides agreed.");
    }

    @Test
    void titlesAndInitials() {
        assertSplit("Mr. Putin also highlighted the crimes. H.R. McMaster, former NSA to Trump, told Fox News that it was a trap. Dr. Smith agreed.",
                "Mr. Putin also highlighted the crimes.",
                "H.R. McMaster, former NSA to Trump, told Fox News that it was a trap.",
                "Dr. Smith agreed.");
    }

    @Test
    void numberAbbreviation() {
        assertSplit("The prime minister spoke outside No. 10 Downing Street on Monday. He took no questions.",
                "The prime minister spoke outside No. 10 Downing Street on Monday.", "He took no questions.");
    }

    @Test
    void quotesAndParagraphs() {
        assertSplit("“The call is going well,” he said. “Still in progress.”\n\nA second paragraph follows.",
                "“The call is going well,” he said.", "“Still in progress.”", "A second paragraph follows.");
    }

    @Test
    void sharedAcrossThreads() throws Exception {
        String text = "Mr. Putin spoke to U.S. officials at 10 a.m. EDT. The call ended. Both sides agreed.";
        List<String> expected = splitter.split(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) results.add(pool.submit(() -> splitter.split(text)));
            for (Future<List<String>> f : results) assertEquals(expected, f.get());
        } finally {
            pool.shutdown();
        }
        assertEquals(3, expected.size());
    }
}
