package dev.corroborate.compare;

import dev.corroborate.model.Dossier.Conflict;
import dev.corroborate.model.Dossier.ConflictValue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds two reports that date one past event to different months or years ("convicted in June 1998 of
 * aggravated sexual assault" against "returned to prison in June 1999 to serve a life sentence for
 * aggravated sexual assault"). A date belongs to the event told in the words around it; two dates are of
 * one event when those words share several content words and the sentences are near in meaning.
 */
final class DateConflicts {

    private DateConflicts() {
    }

    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    // "in June 1998", "in 1999", "a 1998 ... conviction"; not ranges ("between 1991 and 1998", "1998-99")
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:in|of|a|an)\\s+(?:(" + MONTHS + ")\\s+)?((?:19|20)\\d\\d)\\b(?!\\s*(?:-|–|and|to)\\s*\\d)");
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?i)\\b(between|from|since|until|by)\\s+(?:\\S+\\s+)?$");
    private static final int WINDOW = 8, DAY_WINDOW = 12, SHARED = 3;
    private static final double COS = 0.5;

    /** One date stated in a sentence, with the content words of the event around it. */
    private record Dated(StorySentence s, String text, LocalDate from, LocalDate to, Set<String> event) {
        boolean disagreesWith(Dated o) {
            // one weekday named by both reports is one day; only the articles' datelines set it apart
            if (day() && o.day() && text.equals(o.text)) return false;
            return to.isBefore(o.from) || o.to.isBefore(from);
        }

        boolean day() {
            return from.equals(to);
        }

        String normalized() {
            if (day()) return from.toString();
            return from.getMonth() == to.getMonth() ? YearMonth.from(from).toString() : Integer.toString(from.getYear());
        }
    }

    static List<Conflict> find(List<StorySentence> sentences, Map<String, LocalDate> published, Map<String, String> origins) {
        List<Dated> dates = new ArrayList<>();
        for (StorySentence s : sentences) {
            dates.addAll(dates(s));
            dates.addAll(days(s, published.get(s.article())));
        }
        int n = dates.size();
        int[] root = new int[n];
        for (int i = 0; i < n; i++) root[i] = i;
        boolean[] involved = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Dated a = dates.get(i), b = dates.get(j);
                if (a.s.article().equals(b.s.article()) || !sameEvent(a, b)) continue;
                root[find(root, i)] = find(root, j);
                if (a.disagreesWith(b)) involved[i] = involved[j] = true;
            }
        }
        Map<Integer, List<Dated>> comps = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) if (involved[i]) comps.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(dates.get(i));
        // the other dates of the component back their side too
        for (int i = 0; i < n; i++) {
            if (involved[i]) continue;
            List<Dated> comp = comps.get(find(root, i));
            if (comp != null) comp.add(dates.get(i));
        }
        List<Conflict> out = new ArrayList<>();
        for (List<Dated> comp : comps.values()) {
            Map<String, List<Dated>> byValue = new LinkedHashMap<>();
            for (Dated d : comp) byValue.computeIfAbsent(d.normalized(), k -> new ArrayList<>()).add(d);
            if (byValue.size() < 2) continue;
            List<ConflictValue> values = new ArrayList<>();
            for (var e : byValue.entrySet()) {
                Dated first = e.getValue().getFirst();
                values.add(ConflictValues.of(first.text, e.getKey(), first.s.text(),
                        e.getValue().stream().map(d -> d.s.article()).toList(), origins));
            }
            out.add(new Conflict("date", "date of the " + about(comp), values));
        }
        return out;
    }

    private static boolean sameEvent(Dated a, Dated b) {
        Set<String> shared = new HashSet<>(a.event);
        shared.retainAll(b.event);
        return shared.size() >= SHARED && a.s.cosine(b.s) >= COS;
    }

    private static String about(List<Dated> comp) {
        Set<String> shared = new java.util.LinkedHashSet<>(comp.getFirst().event);
        for (Dated d : comp) {
            Set<String> next = new java.util.LinkedHashSet<>(shared);
            next.retainAll(d.event);
            if (next.size() >= 2) shared = next;
        }
        // the shared words as the first report writes them, in its order ("life sentence aggravated sexual")
        List<String> words = new ArrayList<>();
        for (String w : comp.getFirst().s.text().split("[^\\p{L}-]+")) {
            List<String> stems = Words.content(w);
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !stems.isEmpty() && shared.contains(stems.getFirst())
                    && !words.contains(w) && words.size() < 4) words.add(w);
        }
        return String.join(" ", words.isEmpty() ? List.copyOf(shared) : words);
    }

    private static List<Dated> dates(StorySentence s) {
        List<Dated> out = new ArrayList<>();
        Matcher m = DATE.matcher(s.text());
        while (m.find()) {
            if (RANGE_BEFORE.matcher(s.text().substring(0, m.start())).find()) continue;
            int year = Integer.parseInt(m.group(2));
            LocalDate from, to;
            if (m.group(1) != null) {
                YearMonth ym = YearMonth.of(year, java.time.Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
                from = ym.atDay(1);
                to = ym.atEndOfMonth();
            } else {
                from = LocalDate.of(year, 1, 1);
                to = LocalDate.of(year, 12, 31);
            }
            out.add(new Dated(s, m.group().replaceFirst("^\\S+\\s+", ""), from, to, event(s.text(), m.start(), m.end(), WINDOW)));
        }
        return out;
    }

    /**
     * Weekdays that date an event ("on Thursday"), resolved against the article's date; such sentences lead
     * with the news and put the day anywhere in it, so the event is read off a wider window.
     */
    private static List<Dated> days(StorySentence s, LocalDate published) {
        List<Dated> out = new ArrayList<>();
        if (published == null) return out;
        for (TimeExpressions.When w : TimeExpressions.find(s.text(), published)) {
            if (w.rank() != 3 || w.iso().length() != 10 || !RELATIVE_DAY.matcher(w.text()).find()) continue;
            // "on Thursday thwarted an attack" dates the event; "a prosecutor said Friday" dates the telling
            Matcher on = Pattern.compile("(\\S+\\s+){0,3}\\bon\\s+" + w.text() + "\\b").matcher(s.text());
            if (!on.find() || SPEECH.matcher(on.group()).find()) continue;
            int at = on.end() - w.text().length();
            out.add(new Dated(s, w.text(), w.start(), w.start(), event(s.text(), at, on.end(), DAY_WINDOW)));
        }
        return out;
    }

    private static final Pattern RELATIVE_DAY = Pattern.compile("^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$");
    private static final Pattern SPEECH = Pattern.compile("(?i)\\b(said|says|told|announced|reported|stated|added|statement)\\b");

    // common (lower-case) content words within a few words of the date: what happened then, not who
    private static Set<String> event(String text, int start, int end, int window) {
        List<String> before = List.of(text.substring(0, start).split("\\s+"));
        List<String> after = List.of(text.substring(end).split("\\s+"));
        List<String> near = new ArrayList<>(before.subList(Math.max(0, before.size() - window), before.size()));
        near.addAll(after.subList(0, Math.min(window, after.size())));
        Set<String> out = new HashSet<>();
        for (String w : near) if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) out.addAll(Words.content(w));
        return out;
    }

    private static int find(int[] r, int i) {
        while (r[i] != i) i = r[i] = r[r[i]];
        return i;
    }
}
