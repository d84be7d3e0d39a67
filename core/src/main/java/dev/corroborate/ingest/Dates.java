package dev.corroborate.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Publication dates as found in feeds, HTML and text: ISO-8601 (with or without time or offset), RFC 1123,
 * and the common English forms ("March 19, 2025", "19 Mar 2025", "Mar. 19, 2025 4:59 PM EDT"). Dates and
 * times without a zone are taken as UTC. Thread-safe.
 */
public final class Dates {

    /** A date written out at the start of a text, for {@code clean}'s date-line detection. */
    public static final String DATE_REGEX = "(?i:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?)(?:\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
            + "|(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-zA-Z]*\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}"
            + "|\\d{1,2}(?:st|nd|rd|th)? (?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-zA-Z]*\\.?,? \\d{4})"
            + "(?:,? (?:at |@ )?\\d{1,2}:\\d{2}(?: ?[AaPp]\\.?[Mm]\\.?)?(?: [A-Z]{2,4})?)?";

    private static final Pattern ORDINAL = Pattern.compile("(\\d)(st|nd|rd|th)\\b");
    private static final Pattern NOISE = Pattern.compile("\\s*,\\s*|\\s+(?:at|@)\\s+|\\s+");
    private static final Pattern MERIDIEM = Pattern.compile("(?i)\\b([ap])\\.?m\\.?(?=\\s|$)");

    // Day and month forms after normalisation: commas and "at" removed, month dots dropped.
    private static final List<DateTimeFormatter> FORMS = List.of(
            form("MMMM d uuuu[ h:mm[:ss] a][ H:mm[:ss]][ z]"),
            form("MMM d uuuu[ h:mm[:ss] a][ H:mm[:ss]][ z]"),
            form("d MMMM uuuu[ h:mm[:ss] a][ H:mm[:ss]][ z]"),
            form("d MMM uuuu[ h:mm[:ss] a][ H:mm[:ss]][ z]"),
            form("EEEE MMMM d uuuu[ h:mm[:ss] a][ H:mm[:ss]][ z]"),
            form("EEE MMM d uuuu[ h:mm[:ss] a][ H:mm[:ss]][ z]"),
            form("uuuu/MM/dd[ HH:mm[:ss]]"),
            form("uuuu-MM-dd HH:mm[:ss][ z]"));

    private Dates() {
    }

    private static DateTimeFormatter form(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /** The instant a date string names, or null when it is blank or not a date we know. */
    public static Instant parse(String s) {
        if (s == null || s.isBlank()) return null;
        String t = s.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // not ISO with offset; try the others
        }
        try {
            return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // not RFC 1123
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // no time or not ISO
        }
        try {
            return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException ignored) {
            // not an ISO date
        }
        String n = ORDINAL.matcher(t).replaceAll("$1");
        n = MERIDIEM.matcher(n).replaceAll(m -> m.group(1).toUpperCase(Locale.ROOT) + "M");
        n = NOISE.matcher(n.replace('.', ' ').strip()).replaceAll(" ");
        for (DateTimeFormatter f : FORMS) {
            try {
                return toInstant(f.parse(n));
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        return null;
    }

    private static Instant toInstant(TemporalAccessor t) {
        LocalDate date = LocalDate.from(t);
        LocalDateTime at = t.isSupported(ChronoField.HOUR_OF_DAY) ? LocalDateTime.of(date, LocalTime.from(t))
                : date.atStartOfDay();
        ZoneId zone = t.query(TemporalQueries.zone());
        return zone != null ? at.atZone(zone).toInstant() : at.toInstant(ZoneOffset.UTC);
    }
}
