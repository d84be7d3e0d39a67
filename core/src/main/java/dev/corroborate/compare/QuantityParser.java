package dev.corroborate.compare;

import dev.corroborate.compare.Quantity.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the values a sentence states and normalises them: number words, hyphenated units
 * ("90-minute", "hour-long"), "an hour and a half", ranges, hedges ("more than", "nearly"), times of
 * day with zones to UTC. Dates are masked out (the timeline reads them); bare numbers with no unit or
 * plural noun (ages, scores) are skipped, since nothing says what they count.
 */
public final class QuantityParser {

    private static final Map<String, Double> ZONES = Map.ofEntries(
            Map.entry("EDT", -4.0), Map.entry("EST", -5.0), Map.entry("CDT", -5.0), Map.entry("CST", -6.0),
            Map.entry("MDT", -6.0), Map.entry("MST", -7.0), Map.entry("PDT", -7.0), Map.entry("PST", -8.0),
            Map.entry("GMT", 0.0), Map.entry("UTC", 0.0), Map.entry("BST", 1.0), Map.entry("CET", 1.0),
            Map.entry("CEST", 2.0), Map.entry("IST", 5.5), Map.entry("MSK", 3.0), Map.entry("JST", 9.0),
            Map.entry("AEDT", 11.0), Map.entry("AEST", 10.0));
    private static final String ZONE = "(EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET|CEST|IST|MSK|JST|AEDT|AEST)";
    private static final Pattern CLOCK = Pattern.compile(
            "\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am\\b|pm\\b)"
                    + "(?:\\s+(?:on\\s+)?\\p{Lu}\\p{Ll}+day)?(?:\\s*\\(?\\s*" + ZONE + "\\b)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern MILITARY = Pattern.compile("\\b([01]\\d|2[0-3]):?([0-5]\\d)\\s*(?:hours?\\s+|hrs\\s+)?" + ZONE + "\\b");
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
    private static final Pattern DATE = Pattern.compile(
            "\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?\\s+\\d{4})?|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH
                    + "(?:,?\\s+\\d{4})?|\\b(?:1[89]\\d\\d|20\\d\\d)\\b(?!\\s+[a-z]+s\\b)|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");
    private static final Pattern TOKEN = Pattern.compile(
            "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\p{L}+(?:['’]\\p{L}+)?|[$€£%]|\\S");

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12));
    private static final Map<String, Double> SCALE = Map.of("hundred", 100.0, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12, "m", 1e6, "bn", 1e9);
    private static final Map<String, Double> UNIT_MINUTES = Map.ofEntries(
            Map.entry("second", 1 / 60.0), Map.entry("minute", 1.0), Map.entry("min", 1.0), Map.entry("hour", 60.0),
            Map.entry("day", 1440.0), Map.entry("week", 10080.0), Map.entry("month", 43200.0), Map.entry("year", 525600.0),
            Map.entry("decade", 5256000.0));
    private static final Map<String, String> CURRENCY_WORDS = Map.of("dollar", "USD", "euro", "EUR", "pound", "GBP",
            "rupee", "INR", "yuan", "CNY", "yen", "JPY", "rouble", "RUB", "ruble", "RUB");
    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "€", "EUR", "£", "GBP");
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women", "police",
            "personnel", "staff", "troops", "crew", "cattle", "feet", "teeth", "mice", "geese", "persons");
    /** Verbs and linkers that sit between a measured thing and its duration ("a call that lasted two hours"). */
    private static final Set<String> LINKERS = Set.of("for", "lasted", "lasting", "last", "lasts", "that", "which",
            "took", "spanning", "of", "over", "than", "more", "a", "an", "the", "nearly", "almost", "about", "around",
            "some", "roughly", "approximately", "least", "at", "just", "only", "up", "to", "is", "was", "had",
            "has", "been", "have", "were", "are");
    private static final Set<String> NOT_A_HEAD = Set.of("years", "times", "others", "this", "his", "its", "ones",
            "is", "was", "has", "as", "us", "yes", "less", "across", "plus", "thus", "news");

    private QuantityParser() {
    }

    public static List<Quantity> parse(String sentence) {
        List<Quantity> out = new ArrayList<>();
        StringBuilder masked = new StringBuilder(sentence);
        times(sentence, masked, out);
        mask(DATE.matcher(masked.toString()), masked);
        List<Tok> toks = tokenize(masked.toString());
        for (int i = 0; i < toks.size(); i++) {
            Found f = at(sentence, toks, i);
            if (f != null) {
                if (f.q != null) out.add(f.q);
                i = Math.max(i, f.end);
            }
        }
        return out;
    }

    /** What starts at a token: a quantity (or null for a skipped number) and the last token it used. */
    private record Found(Quantity q, int end) {
    }

    private static void times(String s, StringBuilder masked, List<Quantity> out) {
        Matcher m = CLOCK.matcher(s);
        while (m.find()) {
            int h = Integer.parseInt(m.group(1)), min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (h < 1 || h > 12 || min > 59) continue;
            boolean pm = m.group(3).toLowerCase(Locale.ROOT).startsWith("p");
            int local = (h % 12 + (pm ? 12 : 0)) * 60 + min;
            addTime(s, m, local, m.group(4), masked, out);
        }
        m = MILITARY.matcher(masked.toString());
        while (m.find()) {
            int local = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
            addTime(s, m, local, m.group(3), masked, out);
        }
    }

    private static void addTime(String s, Matcher m, int localMinutes, String zone, StringBuilder masked, List<Quantity> out) {
        for (int k = m.start(); k < m.end(); k++) masked.setCharAt(k, ' ');
        if (zone == null) return; // a clock time without a zone cannot be placed in UTC
        double utc = Math.floorMod((int) Math.round(localMinutes - ZONES.get(zone.toUpperCase(Locale.ROOT)) * 60), 1440);
        List<String> ctx = Words.content(s.substring(Math.max(0, m.start() - 60), m.start()));
        out.add(new Quantity(Kind.TIME, utc, utc, "utc-min", m.group(), String.join(" ", last(ctx, 3)), ctx, false));
    }

    private static void mask(Matcher m, StringBuilder masked) {
        while (m.find()) for (int k = m.start(); k < m.end(); k++) masked.setCharAt(k, ' ');
    }

    private record Tok(String text, String low, int start, int end) {
        boolean word() {
            return Character.isLetter(text.charAt(0));
        }
    }

    private static List<Tok> tokenize(String s) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) out.add(new Tok(m.group(), m.group().toLowerCase(Locale.ROOT).replace('’', '\''), m.start(), m.end()));
        return out;
    }

    /** A number starting at token i, as {value, index of its last token}; null when none starts there. */
    private static double[] number(List<Tok> t, int i) {
        Tok k = t.get(i);
        double v;
        int j = i;
        if (Character.isDigit(k.text.charAt(0))) {
            v = Double.parseDouble(k.text.replace(",", ""));
        } else if (SMALL.containsKey(k.low)) {
            v = SMALL.get(k.low);
            // twenty-five, twenty five
            if (v >= 20 && v % 10 == 0 && j + 2 < t.size() && t.get(j + 1).text.equals("-") && SMALL.getOrDefault(t.get(j + 2).low, 99) < 10) {
                v += SMALL.get(t.get(j + 2).low);
                j += 2;
            }
        } else if ((k.low.equals("a") || k.low.equals("an")) && j + 1 < t.size()
                && (UNIT_MINUTES.containsKey(Words.stem(t.get(j + 1).low)) || t.get(j + 1).low.equals("dozen"))) {
            if (t.get(j + 1).low.equals("dozen")) return new double[]{12, j + 1, 1};
            return new double[]{1, j, 1};
        } else if (UNIT_MINUTES.containsKey(Words.stem(k.low)) && j + 2 < t.size() && t.get(j + 1).text.equals("-")
                && t.get(j + 2).low.equals("long")) {
            return new double[]{1, j - 1, 1}; // "hour-long": the unit is this very token
        } else if (k.low.equals("half") && j + 2 < t.size() && (t.get(j + 1).low.equals("an") || t.get(j + 1).low.equals("a"))) {
            return new double[]{0.5, j + 1, 1};
        } else {
            return null;
        }
        double scale = 1;
        while (true) {
            int s = j + 1;
            if (s + 1 < t.size() && t.get(s).text.equals("-") && SCALE.containsKey(t.get(s + 1).low)) s++; // "$161-million"
            if (s >= t.size() || !SCALE.containsKey(t.get(s).low) || t.get(s).low.length() <= 2 && Character.isLetter(t.get(j).text.charAt(0)))
                break;
            scale *= SCALE.get(t.get(s).low);
            j = s;
        }
        return new double[]{v * scale, j, scale};
    }

    private static Found at(String s, List<Tok> t, int i) {
        double[] n = number(t, i);
        if (n == null) return null;
        double low = n[0], high = n[0];
        int j = (int) n[1];
        // ranges: "three to four hours", "3-4 days"
        boolean between = i > 0 && t.get(i - 1).low.equals("between") || i > 1 && t.get(i - 2).low.equals("between");
        if (j + 2 < t.size() && (Set.of("to", "-", "–", "or").contains(t.get(j + 1).low) || between && t.get(j + 1).low.equals("and"))) {
            int second = j + 2 + 1 < t.size() && CURRENCY_SIGNS.containsKey(t.get(j + 2).text) ? j + 3 : j + 2;
            double[] n2 = number(t, second);
            if (n2 != null && n2.length > 2 && n2[2] > 1 && (n.length < 3 || n[2] == 1)) low *= n2[2]; // "$140-150 million"
            if (n2 != null && n2[0] > low) {
                high = n2[0];
                j = (int) n2[1];
            }
        }
        if (j + 3 < t.size() && t.get(j + 1).low.equals("and") && t.get(j + 2).low.equals("a") && t.get(j + 3).low.equals("half")) {
            low += 0.5;
            high += 0.5;
            j += 3;
        }
        int begin = i;
        double[] hedge = hedge(t, i);
        if (hedge[1] > 0) begin = i - (int) hedge[1];
        String prev = i > 0 ? t.get(i - 1).low : "";
        if (prev.equals("-") && i > 1 && t.get(i - 2).low.equals("magnitude")) prev = "magnitude"; // "magnitude-6.1"
        String unit = j + 1 < t.size() ? t.get(j + 1).low : "";
        boolean hyphen = unit.equals("-") || unit.equals("–");
        if (hyphen && j + 2 < t.size()) unit = t.get(j + 2).low;
        String unitStem = Words.stem(unit);

        Kind kind;
        String unitName;
        double scale = 1;
        int end;
        if (unit.equals("%") || unit.equals("percent") || (unit.equals("per") && j + 2 < t.size() && t.get(j + 2).low.equals("cent"))) {
            kind = Kind.PERCENT;
            unitName = "%";
            end = unit.equals("per") ? j + 2 : j + 1;
        } else if (CURRENCY_SIGNS.containsKey(prev) || CURRENCY_WORDS.containsKey(unitStem)) {
            kind = Kind.MONEY;
            unitName = CURRENCY_SIGNS.containsKey(prev) ? CURRENCY_SIGNS.get(prev) : CURRENCY_WORDS.get(unitStem);
            if (CURRENCY_SIGNS.containsKey(prev)) begin = Math.min(begin, i - 1);
            end = CURRENCY_WORDS.containsKey(unitStem) ? j + 1 : j;
        } else if (prev.equals("magnitude") || unit.equals("magnitude")) {
            kind = Kind.MAGNITUDE;
            unitName = "magnitude";
            if (prev.equals("magnitude")) begin = Math.min(begin, t.get(i - 1).low.equals("-") ? i - 2 : i - 1);
            end = unit.equals("magnitude") ? (hyphen ? j + 2 : j + 1) : j;
        } else if (UNIT_MINUTES.containsKey(unitStem)) {
            kind = Kind.DURATION;
            unitName = "min";
            scale = UNIT_MINUTES.get(unitStem);
            end = hyphen ? j + 2 : j + 1;
            if (end + 2 < t.size() && t.get(end + 1).text.equals("-") && t.get(end + 2).low.equals("long")) {
                end += 2; // "month-long ceasefire", "hour-long call"
                hyphen = true;
            }
            if (end + 3 < t.size() && t.get(end + 1).low.equals("and") && t.get(end + 2).low.equals("a") && t.get(end + 3).low.equals("half")) {
                low += 0.5;
                high += 0.5;
                end += 3;
            }
            String next = end + 1 < t.size() ? t.get(end + 1).low : "";
            // offsets and ages, not lengths: "40 minutes later", "two days ago", "33 years old", "in two weeks"
            if (Set.of("ago", "later", "earlier", "before", "after", "old", "from", "since", "previously").contains(next)
                    || prev.equals("in") || prev.equals("within") || (hyphen && next.equals("-") && end + 2 < t.size() && t.get(end + 2).low.equals("old")))
                return new Found(null, end);
        } else {
            kind = Kind.COUNT;
            unitName = null;
            end = j;
        }
        if (kind == Kind.COUNT) return count(s, t, i, j, begin, low, high, hedge);
        if (kind == Kind.DURATION && !hyphen && t.get(i).low.equals("a") && low == 1 && i > 0
                && UNIT_MINUTES.containsKey(Words.stem(t.get(i - 1).low))) return new Found(null, end); // "30 days a year"
        low *= scale;
        high *= scale;
        double[] b = bounds(low, high, hedge[0]);
        String head = hyphen || kind == Kind.MAGNITUDE && !prev.equals("magnitude") ? after(t, end) : before(t, begin);
        if (head.isEmpty()) head = after(t, end);
        boolean partial = partial(t, begin, end);
        String text = s.substring(t.get(Math.max(0, begin)).start, t.get(end).end);
        return new Found(new Quantity(kind, b[0], b[1], unitName, text, head, context(t, begin, end), partial), end);
    }

    /** "Flattening seven villages", "four villages had been destroyed": one measure of destruction. */
    private static String destruction(String stem) {
        return Set.of("destroy", "destruction", "flatten", "level", "levell", "raz", "raze", "devastat", "obliterat")
                .contains(stem) ? "destroy" : stem;
    }

    /** Casualty words: "10 killed", "killing 10 people", "50 were injured" all count one thing. */
    private static String casualty(String w) {
        if (w == null) return null;
        if (Set.of("killed", "dead", "killing", "died", "deaths", "death", "kills", "kill", "fatalities").contains(w)) return "killed";
        if (Set.of("injured", "wounded", "hurt", "injuring", "wounding", "injuries", "injures", "wounds", "injure").contains(w)) return "injured";
        return null;
    }

    private static Found count(String s, List<Tok> t, int i, int j, int begin, double low, double high, double[] hedge) {
        if (!Character.isDigit(t.get(i).text.charAt(0)) && low < 2) return new Found(null, j); // "one of": not a count
        // model numbers are no counts: "AK-47 rifles", "F-16 jets", "Boeing 737"
        String p1 = i > 0 ? t.get(i - 1).text : "", p2 = i > 1 ? t.get(i - 2).text : "";
        if (p1.matches("\\p{Lu}{1,3}") || p1.equals("-") && p2.matches("\\p{Lu}{1,3}")) return new Found(null, j);
        String casualtyBefore = casualty(begin > 0 ? t.get(begin - 1).low : null);
        String next = j + 1 < t.size() ? t.get(j + 1).low : "";
        String casualtyAfter = casualty(next);
        if (casualtyAfter == null && Set.of("were", "was", "are", "have", "had").contains(next) && j + 2 < t.size()) {
            casualtyAfter = casualty(t.get(j + 2).low);
            if (casualtyAfter == null && j + 3 < t.size() && Set.of("been", "also").contains(t.get(j + 2).low)) casualtyAfter = casualty(t.get(j + 3).low);
        }
        // the counted noun: the first plural within four words ("30 critically wounded Ukraine soldiers")
        List<String> mods = new ArrayList<>();
        String head = null;
        int k = j + 1;
        for (; k < t.size() && k <= j + 5; k++) {
            Tok w = t.get(k);
            if (!w.word() || (Words.STOP.contains(w.low) && !w.low.equals("more"))) break;
            if (w.low.length() > 3 && w.low.endsWith("s") && !w.low.endsWith("ss") && !w.low.endsWith("us")
                    && !w.low.endsWith("'s") && !NOT_A_HEAD.contains(w.low) || IRREGULAR_PLURALS.contains(w.low)) {
                head = w.low;
                break;
            }
            mods.add(w.low);
        }
        boolean persons = head == null || Set.of("people", "persons", "villagers", "residents", "civilians").contains(head);
        String casualtyAfterHead = null;
        if (head != null) {
            for (int x = k + 1; x < Math.min(t.size(), k + 4) && casualtyAfterHead == null; x++) {
                if (!Set.of("were", "was", "have", "had", "been", "also", "are").contains(t.get(x).low)) {
                    casualtyAfterHead = casualty(t.get(x).low);
                    break;
                }
            }
        }
        if (persons && (casualtyAfter != null || casualtyBefore != null || casualtyAfterHead != null)) {
            String cls = casualtyAfterHead != null ? casualtyAfterHead : casualtyAfter != null ? casualtyAfter : casualtyBefore;
            int last = head == null ? j + (casualty(next) != null ? 1 : 0) : k;
            double[] b = bounds(low, high, hedge[0]);
            String text = s.substring(t.get(begin).start, t.get(Math.min(last, t.size() - 1)).end);
            return new Found(new Quantity(Kind.COUNT, b[0], b[1], cls, text, cls, List.of(cls), partial(t, begin, last)), last);
        }
        if (head == null) return new Found(null, j);
        if (k + 1 < t.size() && t.get(k + 1).low.equals("of") && k + 2 < t.size() && t.get(k + 2).word()
                && !Words.STOP.contains(t.get(k + 2).low)) {
            mods.add(t.get(k + 2).low); // "prisoners of war"
        }
        double[] b = bounds(low, high, hedge[0]);
        String text = s.substring(t.get(begin).start, t.get(k).end);
        List<String> ctx = new ArrayList<>();
        for (int x = Math.max(0, begin - 2); x < begin; x++) if (t.get(x).word()) ctx.add(Words.stem(t.get(x).low));
        for (int x = k + 1; x < Math.min(t.size(), k + 4); x++) if (t.get(x).word()) ctx.add(Words.stem(t.get(x).low));
        ctx.removeIf(w -> Words.STOP.contains(w) || Set.of("were", "been", "are", "being").contains(w));
        ctx.replaceAll(QuantityParser::destruction);
        String headStem = Words.stem(head);
        return new Found(new Quantity(Kind.COUNT, b[0], b[1], headStem, text,
                String.join(" ", mods) + (mods.isEmpty() ? "" : " ") + head, ctx, partial(t, begin, k)), k);
    }

    /** {mode, tokens used}: mode 1 = at least, 2 = at most, 3 = approximately. */
    private static double[] hedge(List<Tok> t, int i) {
        String p1 = i > 0 ? t.get(i - 1).low : "", p2 = i > 1 ? t.get(i - 2).low + " " + p1 : "";
        if (Set.of("more than", "at least", "upwards of", "just over", "well over", "over than").contains(p2)) return new double[]{1, 2};
        // "over" after a figure spans a period ("$150 million over seven years"): no hedge then
        boolean afterFigure = i > 1 && (Character.isDigit(t.get(i - 2).text.charAt(0)) || SCALE.containsKey(t.get(i - 2).low));
        if (Set.of("over", "exceeding").contains(p1) && !afterFigure) return new double[]{1, 1};
        if (Set.of("less than", "fewer than", "up to", "as many", "just under").contains(p2)) return new double[]{2, 2};
        if (Set.of("nearly", "almost", "under").contains(p1)) return new double[]{2, 1};
        if (Set.of("an estimated", "some estimated").contains(p2)) return new double[]{3, 2};
        if (Set.of("about", "around", "approximately", "roughly", "some", "estimated", "circa", "approx").contains(p1))
            return new double[]{3, 1};
        return new double[]{0, 0};
    }

    private static double[] bounds(double low, double high, double mode) {
        if (mode == 1) return new double[]{low, Double.POSITIVE_INFINITY};
        if (mode == 2) return new double[]{0, high};
        if (mode == 3) return new double[]{low * 0.8, high * 1.2};
        return new double[]{low, high};
    }

    // "an hour into the call", "had lasted nearly an hour so far", "already": a running measure
    private static boolean partial(List<Tok> t, int begin, int end) {
        if (end + 1 < t.size() && t.get(end + 1).low.equals("into")) return true;
        for (int x = end + 1; x < Math.min(t.size(), end + 5); x++) {
            if (t.get(x).low.equals("so") && x + 1 < t.size() && t.get(x + 1).low.equals("far")) return true;
        }
        for (int x = Math.max(0, begin - 3); x < begin; x++) if (t.get(x).low.equals("already")) return true;
        // running totals ("so far, 14 rifles", "a total of 31") cover more than the event at hand
        for (int x = Math.max(0, begin - 12); x < begin; x++) {
            String w = t.get(x).low, n = x + 1 < t.size() ? t.get(x + 1).low : "";
            if ((w.equals("so") || w.equals("thus")) && n.equals("far") || w.equals("total") && n.equals("of")) return true;
        }
        return false;
    }

    private static String after(List<Tok> t, int end) {
        List<String> w = new ArrayList<>();
        for (int x = end + 1; x < t.size() && w.size() < 3; x++) {
            if (!t.get(x).word() || Words.STOP.contains(t.get(x).low)) break;
            w.add(t.get(x).text);
        }
        return String.join(" ", w);
    }

    private static String before(List<Tok> t, int begin) {
        List<String> w = new ArrayList<>();
        int x = begin - 1;
        while (x >= 0 && t.get(x).word() && LINKERS.contains(t.get(x).low)) x--;
        for (; x >= 0 && w.size() < 3; x--) {
            if (!t.get(x).word() || Words.STOP.contains(t.get(x).low)) break;
            w.addFirst(t.get(x).text);
        }
        return String.join(" ", w);
    }

    private static List<String> context(List<Tok> t, int begin, int end) {
        List<String> out = new ArrayList<>();
        for (int x = Math.max(0, begin - 5); x < Math.min(t.size(), end + 5); x++) {
            if (x >= begin && x <= end) continue;
            if (t.get(x).word() && !Words.STOP.contains(t.get(x).low)) out.add(Words.stem(t.get(x).low));
        }
        return out;
    }

    private static List<String> last(List<String> l, int n) {
        return l.subList(Math.max(0, l.size() - n), l.size());
    }
}
