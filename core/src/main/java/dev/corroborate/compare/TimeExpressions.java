package dev.corroborate.compare;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates a sentence mentions, resolved to ISO-8601: absolute ones ("March 18, 2025", "in 2018") always;
 * those that need the article's date ("on Tuesday", "last week", "earlier this month", "Feb. 28",
 * "in February") only when the article has one. A clock time with a zone ("1400 GMT") refines a day.
 */
final class TimeExpressions {

    /** One resolved mention; {@code start} orders the timeline, {@code rank} says how precise it is. */
    record When(String iso, LocalDate start, int rank, String text) {
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|Jun\\.|July|Jul\\.|"
            + "Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_ONLY = Pattern.compile("\\b(?:in|since|until|by|of|early|late|mid-?)\\s+" + MONTH + "(?:\\s+(\\d{4}))?(?![\\s.]*\\d)");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|until|by|of|during|from|early|late)\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    // lower case only, or capitalised at the start of a sentence: "Russia Today" is a broadcaster
    private static final Pattern RELATIVE = Pattern.compile("(?:^|(?<=[“\"‘]))(?i:(yesterday|today|tonight))\\b|\\b(yesterday|today|tonight|last week|this week|next week|"
            + "earlier this month|this month|last month|earlier this year|this year|last year|(\\w+) (days|weeks) ago)\\b");
    private static final Pattern FUTURE = Pattern.compile("\\b(will|set to|is to|are to|expected to|plans? to|scheduled|next|upcoming)\\b");

    private TimeExpressions() {
    }

    static List<When> find(String s, LocalDate published) {
        List<When> out = new ArrayList<>();
        StringBuilder used = new StringBuilder(s);
        Matcher m = ISO.matcher(s);
        while (m.find()) {
            LocalDate d = safeDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d != null) add(out, d.toString(), d, 3, m, used);
        }
        for (Pattern p : List.of(MONTH_DAY, DAY_MONTH)) {
            m = p.matcher(s);
            while (m.find()) {
                if (taken(used, m)) continue;
                boolean monthFirst = p == MONTH_DAY;
                int month = month(m.group(monthFirst ? 1 : 2));
                int day = Integer.parseInt(m.group(monthFirst ? 2 : 1));
                Integer year = m.group(3) != null ? Integer.valueOf(m.group(3)) : published == null ? null : yearBefore(published, month, day);
                if (year == null) continue;
                LocalDate d = safeDate(year, month, day);
                if (d != null) add(out, d.toString(), d, 3, m, used);
            }
        }
        m = MONTH_ONLY.matcher(s);
        while (m.find()) {
            if (taken(used, m)) continue;
            int month = month(m.group(1));
            Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : published == null ? null
                    : month > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
            if (year != null) add(out, YearMonth.of(year, month).toString(), LocalDate.of(year, month, 1), 1, m, used);
        }
        m = YEAR.matcher(s);
        while (m.find()) {
            if (taken(used, m)) continue;
            int y = Integer.parseInt(m.group(1));
            add(out, Integer.toString(y), LocalDate.of(y, 1, 1), 0, m, used);
        }
        if (published == null) return out;
        boolean future = FUTURE.matcher(s).find();
        m = WEEKDAY.matcher(s);
        while (m.find()) {
            if (taken(used, m)) continue;
            DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate d = future && published.getDayOfWeek() != dow ? published.with(TemporalAdjusters.next(dow))
                    : published.with(TemporalAdjusters.previousOrSame(dow));
            add(out, d.toString(), d, 3, m, used);
        }
        m = RELATIVE.matcher(s);
        while (m.find()) {
            if (taken(used, m)) continue;
            String w = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            switch (w) {
                case "yesterday" -> add(out, published.minusDays(1).toString(), published.minusDays(1), 3, m, used);
                case "today", "tonight" -> add(out, published.toString(), published, 3, m, used);
                case "last week" -> add(out, monday.minusWeeks(1) + "/" + monday.minusDays(1), monday.minusWeeks(1), 2, m, used);
                case "this week" -> add(out, monday + "/" + monday.plusDays(6), monday, 2, m, used);
                case "next week" -> add(out, monday.plusWeeks(1) + "/" + monday.plusDays(13), monday.plusWeeks(1), 2, m, used);
                case "earlier this month", "this month" -> add(out, YearMonth.from(published).toString(), published.withDayOfMonth(1), 1, m, used);
                case "last month" -> {
                    YearMonth ym = YearMonth.from(published).minusMonths(1);
                    add(out, ym.toString(), ym.atDay(1), 1, m, used);
                }
                case "earlier this year", "this year" -> add(out, Integer.toString(published.getYear()), published.withDayOfYear(1), 0, m, used);
                case "last year" -> add(out, Integer.toString(published.getYear() - 1), LocalDate.of(published.getYear() - 1, 1, 1), 0, m, used);
                default -> {
                    Integer n = number(m.group(3));
                    if (n != null) {
                        boolean weeks = m.group(4).startsWith("week");
                        LocalDate d = weeks ? published.minusWeeks(n) : published.minusDays(n);
                        add(out, d.toString(), d, weeks ? 2 : 3, m, used);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The day an article was written, read off a dateline among its first lines ("Updated: November 11,
     * 2011 20:09 IST", "Published on: Fri, 11 Nov 2011") when the article carries no date of its own.
     */
    static LocalDate dateline(List<String> sentences) {
        for (String s : sentences.subList(0, Math.min(4, sentences.size()))) {
            if (s.split("\\s+").length > 12) continue;
            for (When w : find(s, null)) if (w.rank() == 3 && w.iso().length() == 10) return w.start();
        }
        return null;
    }

    /** The most precise mention, refined by a zoned clock time of the same sentence when it names a day. */
    static When best(String s, LocalDate published) {
        When best = null;
        for (When w : find(s, published)) if (best == null || w.rank() > best.rank()) best = w;
        if (best != null && best.rank() == 3) {
            for (Quantity q : QuantityParser.parse(s)) {
                if (q.kind() == Quantity.Kind.TIME) {
                    return new When(best.iso() + String.format("T%02d:%02dZ", (int) q.low() / 60, (int) q.low() % 60),
                            best.start(), 4, best.text() + " " + q.text());
                }
            }
        }
        return best;
    }

    private static Integer number(String w) {
        if (w.matches("\\d+")) return Integer.valueOf(w);
        int i = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten").indexOf(w.toLowerCase(Locale.ROOT));
        return i < 0 ? null : i + 1;
    }

    // a month and day without a year: the latest such date not long after the article's own date
    private static int yearBefore(LocalDate published, int month, int day) {
        LocalDate d = safeDate(published.getYear(), month, day);
        return d != null && d.isAfter(published.plusDays(31)) ? published.getYear() - 1 : published.getYear();
    }

    private static int month(String name) {
        return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static boolean taken(StringBuilder used, Matcher m) {
        for (int k = m.start(); k < m.end(); k++) if (used.charAt(k) == '\0') return true;
        return false;
    }

    private static void add(List<When> out, String iso, LocalDate start, int rank, Matcher m, StringBuilder used) {
        out.add(new When(iso, start, rank, m.group()));
        for (int k = m.start(); k < m.end(); k++) used.setCharAt(k, '\0');
    }
}
