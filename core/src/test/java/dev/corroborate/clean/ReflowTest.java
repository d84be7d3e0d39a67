package dev.corroborate.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReflowTest {

    @Test
    void hardWrappedBlocksBecomeParagraphsAndHyphenatedWordsAreMended() {
        String text = """
                The central bank raised its key interest rate by a quarter point on Wednesday, its
                third increase this year, and signalled that further moves would depend on how quick-
                ly inflation falls back toward its target.

                Officials said the decision was unanimous. Markets had largely expected the move,
                and bond yields were little changed in early trading after the announcement.
                """;
        assertEquals(List.of(
                "The central bank raised its key interest rate by a quarter point on Wednesday, its third increase "
                        + "this year, and signalled that further moves would depend on how quickly inflation falls back "
                        + "toward its target.",
                "Officials said the decision was unanimous. Markets had largely expected the move, and bond yields "
                        + "were little changed in early trading after the announcement."),
                Reflow.paragraphs(Reflow.lines(text)));
    }

    @Test
    void oneParagraphPerLineTextKeepsItsLines() {
        String text = """
                The minister resigned on Friday after weeks of pressure.
                Her deputy will take over until an election is held.
                Opposition parties welcomed the decision,
                Analysts said the move had been expected for some time.
                """;
        List<String> paragraphs = Reflow.paragraphs(Reflow.lines(text));
        assertEquals(4, paragraphs.size(), paragraphs.toString());
    }

    @Test
    void lineCarriedOnInLowerCaseJoins() {
        List<String> paragraphs = Reflow.paragraphs(List.of("The talks, held behind closed doors in Geneva,", "ended late on Tuesday."));
        assertEquals(List.of("The talks, held behind closed doors in Geneva, ended late on Tuesday."), paragraphs);
    }
}
