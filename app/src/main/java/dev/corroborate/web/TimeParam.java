package dev.corroborate.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses the {@code since} of the story list: a date (midnight UTC) or an ISO-8601 instant. */
public final class TimeParam {

    private TimeParam() {
    }

    /** Null for null or blank; {@link IllegalArgumentException} with a readable message for anything else. */
    public static Instant since(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date: '" + v + "' (use 2024-03-01 or 2024-03-01T12:00:00Z)");
        }
    }
}
