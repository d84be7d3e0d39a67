package dev.corroborate.compare;

import java.util.List;

/**
 * A value stated in a sentence, normalised: durations in minutes, times of day in minutes after
 * midnight UTC, money in its currency's units, percentages, counts of a head noun.
 *
 * @param low       lower bound of what the wording allows ("more than 90 minutes": 90)
 * @param high      upper bound (infinite when open)
 * @param unit      "min", "utc-min", "%", "USD", ..., or the head noun stem of a count
 * @param text      the words of the sentence that state it ("a 90-minute", "two hours")
 * @param head      words that say what is measured ("critically wounded ukraine soldiers")
 * @param context   content words near the value (stemmed), to tell quantities of one sentence apart
 * @param partial   a running or partial measure ("nearly an hour so far", "an hour into"): never compared
 */
public record Quantity(Kind kind, double low, double high, String unit, String text, String head,
                       List<String> context, boolean partial) {

    public enum Kind { COUNT, DURATION, TIME, MONEY, PERCENT, MAGNITUDE }

    public Quantity {
        context = List.copyOf(context);
    }

    /** Two statements of one quantity disagree when no value satisfies both. */
    public boolean disagreesWith(Quantity o) {
        double eps = 1e-9 + 0.001 * Math.max(Math.abs(low), Math.abs(o.low));
        return high + eps < o.low || o.high + eps < low;
    }

    /** The value in words a reader can compare: "90 minutes", "14:00 UTC", "30 soldiers". */
    public String normalized() {
        String v = low == high ? fmt(low) : Double.isInfinite(high) ? "more than " + fmt(low)
                : low == 0 ? "up to " + fmt(high) : fmt(low) + " to " + fmt(high);
        return switch (kind) {
            case DURATION -> (low == high ? minutes(low) : v + " minutes");
            case TIME -> String.format("%02d:%02d UTC", (int) low / 60, (int) low % 60);
            case PERCENT -> v + "%";
            case MONEY -> v + " " + unit;
            case MAGNITUDE -> "magnitude " + v;
            case COUNT -> v + " " + unit;
        };
    }

    private static String minutes(double m) {
        if (m >= 1440 && m % 1440 == 0) return fmt(m / 1440) + " days";
        if (m >= 60 && m % 60 == 0) return fmt(m / 60) + (m == 60 ? " hour" : " hours");
        return fmt(m) + " minutes";
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
