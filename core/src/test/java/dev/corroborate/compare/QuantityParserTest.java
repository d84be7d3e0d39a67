package dev.corroborate.compare;

import dev.corroborate.compare.Quantity.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Normalisation of values, on sentences of real reports (the ceasefire call and ECB+ stories). */
class QuantityParserTest {

    private static Quantity only(String sentence, Kind kind) {
        List<Quantity> qs = QuantityParser.parse(sentence).stream().filter(q -> q.kind() == kind).toList();
        assertEquals(1, qs.size(), () -> sentence + " -> " + qs);
        return qs.getFirst();
    }

    @Test
    void durationsInEveryWordingNormaliseToMinutes() {
        assertEquals(90, only("both leaders held a 90-minute phone conversation on Tuesday", Kind.DURATION).low());
        assertEquals(90, only("The talks took an hour and a half, officials said.", Kind.DURATION).low());
        assertEquals(120, only("a lengthy phone call that lasted two hours.", Kind.DURATION).low());
        assertEquals(60, only("The White House confirmed that the hour-long conversation was going well.", Kind.DURATION).low());
        assertEquals(30 * 1440, only("Putin refused to sign the deal on a month-long ceasefire.", Kind.DURATION).low());
        Quantity range = only("Witkoff has said the meeting lasted three to four hours.", Kind.DURATION);
        assertEquals(180, range.low());
        assertEquals(240, range.high());
    }

    @Test
    void hedgesWidenAndRunningMeasuresAreMarked() {
        Quantity more = only("The U.S. and Russian leaders spoke for more than 90 minutes, with both expressing hopes.", Kind.DURATION);
        Quantity two = only("a lengthy phone call that lasted two hours.", Kind.DURATION);
        assertFalse(more.disagreesWith(two), "more than 90 minutes fits two hours");
        assertTrue(only("The call began at 7:30 p.m. and had lasted nearly an hour so far, Dan Scavino said.", Kind.DURATION).partial());
        assertTrue(only("An hour into the phone call, Dan Scavino posted on X.", Kind.DURATION).partial());
        assertTrue(QuantityParser.parse("He posted an update 40 minutes later.").isEmpty(), "an offset is no length");
    }

    @Test
    void clockTimesWithZonesAreOneInstant() {
        double edt = only("President Trump is speaking with President Putin since 10 a.m. EDT.", Kind.TIME).low();
        List<Quantity> ist = QuantityParser.parse("The call began at 7:30 p.m. Tuesday IST (1400 GMT) and had lasted nearly an hour.")
                .stream().filter(q -> q.kind() == Kind.TIME).toList();
        assertEquals(2, ist.size());
        assertEquals(14 * 60, edt);
        assertTrue(ist.stream().allMatch(q -> q.low() == edt));
        // ECB+ 20_2: "17:06 hours local time (13:36 GMT)"
        assertEquals(13 * 60 + 36, only("registered the quake at 17:06 hours local time (13:36 GMT).", Kind.TIME).low());
    }

    @Test
    void countsKnowWhatTheyCount() {
        Quantity wounded = only("Russia will also release 30 critically wounded Ukraine soldiers in a goodwill gesture", Kind.COUNT);
        assertEquals("soldier", wounded.unit());
        assertEquals(30, wounded.low());
        // ECB+ 20-ecbplus: the dead and the injured in several wordings
        List<Quantity> toll = QuantityParser.parse("Ten people were killed and at least 50 injured when an earthquake razed villages");
        assertEquals(List.of("killed", "injured"), toll.stream().map(Quantity::unit).toList());
        assertEquals(List.of(10.0, 50.0), toll.stream().map(Quantity::low).toList());
        assertEquals("injured", only("Qeshm Gov. Heidar Alishvandi said 50 were injured.", Kind.COUNT).unit());
        assertEquals("killed", only("a powerful earthquake on a Gulf island that killed 10 people and forced villagers out",
                Kind.COUNT).unit());
        // ECB+ 12-ecbplus: a rifle model is not a count of rifles
        assertTrue(QuantityParser.parse("nabbed pirates with six AK 47 rifles").stream().noneMatch(q -> q.low() == 47));
        assertTrue(QuantityParser.parse("Tara Reid, 33, has entered the Promises Treatment Center").isEmpty(), "an age counts nothing");
    }

    @Test
    void moneyPercentAndMagnitude() {
        Quantity offer = only("the Orioles have made an offer between $140 and $150 million over seven years", Kind.MONEY);
        assertEquals(140e6, offer.low());
        assertEquals(150e6, offer.high());
        assertEquals(5.9, only("A 5.9 magnitude earthquake has leveled seven villages", Kind.MAGNITUDE).low());
        assertEquals(6.1, only("the U.S. Geological Survey said it was a magnitude-6.1 temblor.", Kind.MAGNITUDE).low());
        assertEquals(40, only("the Gulf through which 40 percent of the world's traded oil passes.", Kind.PERCENT).low());
    }
}
