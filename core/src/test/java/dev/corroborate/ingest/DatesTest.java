package dev.corroborate.ingest;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatesTest {

    @Test
    void isoForms() {
        assertEquals(Instant.parse("2025-03-19T00:00:00Z"), Dates.parse("2025-03-19"));
        assertEquals(Instant.parse("2025-03-19T14:00:00Z"), Dates.parse("2025-03-19T14:00:00Z"));
        assertEquals(Instant.parse("2025-03-19T12:30:00Z"), Dates.parse("2025-03-19T14:30:00+02:00"));
        assertEquals(Instant.parse("2025-03-19T14:30:00Z"), Dates.parse("2025-03-19T14:30"));
        assertEquals(Instant.parse("2025-03-19T14:30:00Z"), Dates.parse("2025-03-19 14:30"));
    }

    @Test
    void commonNewsForms() {
        assertEquals(Instant.parse("2025-03-19T00:00:00Z"), Dates.parse("March 19, 2025"));
        assertEquals(Instant.parse("2025-03-19T00:00:00Z"), Dates.parse("19 March 2025"));
        assertEquals(Instant.parse("2025-03-19T00:00:00Z"), Dates.parse("Mar. 19th, 2025"));
        assertEquals(Instant.parse("2013-06-13T20:59:00Z"), Dates.parse("June 13, 2013 4:59 PM EDT"));
        assertEquals(Instant.parse("2025-03-18T14:00:00Z"), Dates.parse("Tue, 18 Mar 2025 14:00:00 GMT"));
        assertEquals(Instant.parse("2025-03-18T19:30:00Z"), Dates.parse("March 18, 2025 at 7:30 p.m."));
        assertEquals(Instant.parse("2005-05-23T00:00:00Z"), Dates.parse("MONDAY, MAY 23, 2005"));
        assertEquals(Instant.parse("2010-01-12T21:29:00Z"), Dates.parse("12 January 2010 @ 09:29 pm"));
        assertTrue("MONDAY, MAY 23, 2005".matches(Dates.DATE_REGEX));
        assertTrue("12 January 2010 @ 09:29 pm".matches(Dates.DATE_REGEX));
    }

    @Test
    void notADate() {
        assertNull(Dates.parse(null));
        assertNull(Dates.parse(""));
        assertNull(Dates.parse("yesterday afternoon"));
        assertNull(Dates.parse("2025-13-45"));
    }
}
