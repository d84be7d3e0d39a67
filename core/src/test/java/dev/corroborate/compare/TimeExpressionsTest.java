package dev.corroborate.compare;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TimeExpressionsTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 19);

    private static String when(String s, LocalDate published) {
        TimeExpressions.When w = TimeExpressions.best(s, published);
        return w == null ? null : w.iso();
    }

    @Test
    void relativeExpressionsResolveAgainstTheArticleDate() {
        assertEquals("2025-03-18", when("the two leaders held a 90-minute phone conversation on Tuesday.", WEDNESDAY));
        assertEquals("2025-03-10/2025-03-16", when("Ukrainian officials last week agreed to the proposal.", WEDNESDAY));
        assertEquals("2025-03", when("the deal the US finalised with Ukraine earlier this month.", WEDNESDAY));
        assertEquals("2025-02-28", when("a heated exchange in the Oval Office on Feb. 28, after which aid was suspended.", WEDNESDAY));
        assertEquals("2025-02", when("Trump first initiated direct contact with Putin in February.", WEDNESDAY));
        assertEquals("2025-03-20", when("Russia and Ukraine are set to exchange 175 prisoners each on Thursday.", WEDNESDAY));
        assertEquals("2025-03-18T14:00Z", when("The call began on Tuesday at 1400 GMT.", WEDNESDAY));
    }

    @Test
    void undatedArticlesKeepOnlyAbsoluteDates() {
        assertNull(when("the two leaders held a phone conversation on Tuesday.", null));
        assertEquals("2018", when("the G7, from which Russia was expelled in 2018.", null));
        assertEquals("2013-12-15", when("elections which are planned for December 15, 2013, will be held", null));
        assertNull(when("Russia Today quoted the Kremlin press service.", WEDNESDAY), "a broadcaster's name is no date");
    }
}
