package dev.corroborate.compare;

import dev.corroborate.compare.Quantity.Kind;
import dev.corroborate.model.Dossier.Conflict;
import dev.corroborate.model.Dossier.ConflictValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds values that disagree about one quantity. Two stated values are about the same quantity when
 * they are of one kind and unit, say what they measure in overlapping words, and sit in sentences that
 * report the same fact or are close in meaning; they disagree when no value satisfies both (hedges like
 * "more than" widen a value; running measures like "so far" are never compared).
 */
final class ConflictFinder {

    private ConflictFinder() {
    }

    private record Val(StorySentence s, Quantity q) {
    }

    static List<Conflict> find(List<StorySentence> sentences, int[] factOf, Map<String, String> origins) {
        List<Val> vals = new ArrayList<>();
        Map<StorySentence, Integer> pos = new java.util.IdentityHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            pos.put(sentences.get(i), i);
            for (Quantity q : sentences.get(i).quantities()) if (!q.partial()) vals.add(new Val(sentences.get(i), q));
        }
        int n = vals.size();
        Map<String, List<StorySentence>> sentencesOf = new java.util.HashMap<>();
        for (StorySentence st : sentences) sentencesOf.computeIfAbsent(st.article(), k -> new ArrayList<>()).add(st);
        Map<String, List<Quantity>> byArticle = new java.util.HashMap<>();
        Map<String, Set<String>> numbersOf = new java.util.HashMap<>();
        for (StorySentence st : sentences) {
            byArticle.computeIfAbsent(st.article(), k -> new ArrayList<>()).addAll(st.quantities());
            java.util.regex.Matcher m = NUMBER.matcher(st.text());
            while (m.find()) numbersOf.computeIfAbsent(st.article(), k -> new HashSet<>()).add(m.group().replace(",", ""));
        }
        int[] root = new int[n];
        for (int i = 0; i < n; i++) root[i] = i;
        boolean[][] disagree = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Val a = vals.get(i), b = vals.get(j);
                if (a.s == b.s) continue; // two values of one sentence measure two things
                boolean sameFact = factOf[pos.get(a.s)] == factOf[pos.get(b.s)];
                if (!sameQuantity(a, b, sameFact, sentencesOf)) continue;
                union(root, i, j);
                boolean crossArticle = !a.s.article().equals(b.s.article());
                disagree[i][j] = disagree[j][i] = a.q.disagreesWith(b.q) && !alsoStates(b.s, a.q) && !alsoStates(a.s, b.q)
                        && !(crossArticle && (articleStates(byArticle, a.s.article(), b.q) || articleStates(byArticle, b.s.article(), a.q)
                        || mentions(numbersOf, a.s.article(), b.q) || mentions(numbersOf, b.s.article(), a.q)));
            }
        }
        dropScopeChanges(vals, disagree);
        Map<Integer, List<Integer>> comps = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) comps.computeIfAbsent(find(root, i), k -> new ArrayList<>()).add(i);
        List<Conflict> out = new ArrayList<>();
        for (List<Integer> comp : comps.values()) {
            List<Integer> involved = new ArrayList<>();
            for (int i : comp) for (int j : comp) if (disagree[i][j]) { involved.add(i); break; }
            if (involved.isEmpty()) continue;
            // the same value stated by another report of the same fact backs that side too
            Set<Integer> seen = new HashSet<>(involved);
            for (int i : List.copyOf(involved)) {
                for (int j = 0; j < n; j++) {
                    Val a = vals.get(i), b = vals.get(j);
                    if (seen.contains(j) || factOf[pos.get(a.s)] != factOf[pos.get(b.s)] || a.q.kind() != b.q.kind()
                            || !a.q.normalized().equals(b.q.normalized())) continue;
                    seen.add(j);
                    involved.add(j);
                }
            }
            Map<String, List<Val>> byValue = new LinkedHashMap<>();
            for (int i : involved) byValue.computeIfAbsent(vals.get(i).q.normalized(), k -> new ArrayList<>()).add(vals.get(i));
            if (byValue.size() < 2) continue;
            List<ConflictValue> values = new ArrayList<>();
            for (var e : byValue.entrySet()) {
                Val first = e.getValue().getFirst();
                values.add(ConflictValues.of(first.q.text(), e.getKey(), first.s.text(),
                        e.getValue().stream().map(v -> v.s.article()).toList(), origins));
            }
            out.add(new Conflict(vals.get(involved.getFirst()).q.kind().name().toLowerCase(java.util.Locale.ROOT),
                    about(involved.stream().map(vals::get).toList()), values));
        }
        return out;
    }

    /**
     * A sentence that also states the other value of the same kind is telling two things apart
     * ("Nationals (eight years) and Orioles (seven years)"), not contradicting it.
     */
    private static boolean alsoStates(StorySentence s, Quantity q) {
        for (Quantity o : s.quantities()) {
            if (o.kind() == q.kind() && o.unit().equals(q.unit()) && !o.disagreesWith(q)) return true;
        }
        return false;
    }

    /**
     * An article that itself gives the other figure elsewhere ("killing at least 10 people" beside "more
     * than 26,000 people" in Bam) uses the two for different things; only its own figure is compared.
     */
    private static boolean articleStates(Map<String, List<Quantity>> byArticle, String article, Quantity q) {
        for (Quantity o : byArticle.getOrDefault(article, List.of())) {
            if (o.kind() != q.kind() || !o.unit().equals(q.unit())) continue;
            if (o.low() == q.low() || o.high() == q.high() || stated(o) == stated(q)) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    /**
     * An article that writes the other figure at all, even bare ("Earlier on Sunday a 5.6 quake jolted the
     * island"), knows of it; only figures specific enough to tell (decimals, thousands) are looked for.
     */
    private static boolean mentions(Map<String, Set<String>> numbersOf, String article, Quantity q) {
        double v = stated(q);
        if (q.kind() == Kind.DURATION || q.kind() == Kind.TIME || v == Math.rint(v) && Math.abs(v) < 1000) return false;
        String literal = v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        return numbersOf.getOrDefault(article, Set.of()).contains(literal);
    }

    // the number the words give, before a hedge widened it
    private static double stated(Quantity q) {
        if (Double.isInfinite(q.high())) return q.low();
        if (q.low() == 0) return q.high();
        return q.low() == q.high() ? q.low() : (q.low() + q.high()) / 2;
    }

    /**
     * Two sentences whose every shared quantity differs ("13 homers, 43 RBIs in 54 games" against
     * "33 homers, 121 RBIs in 157 games") speak of different scopes, not of one event.
     */
    private static void dropScopeChanges(List<Val> vals, boolean[][] disagree) {
        int n = vals.size();
        Map<String, int[]> perPair = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!disagree[i][j]) continue;
                String key = System.identityHashCode(vals.get(i).s) + ":" + System.identityHashCode(vals.get(j).s);
                perPair.computeIfAbsent(key, k -> new int[1])[0]++;
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (!disagree[i][j]) continue;
                String key = System.identityHashCode(vals.get(i).s) + ":" + System.identityHashCode(vals.get(j).s);
                if (perPair.get(key)[0] >= 2 && noAgreement(vals.get(i).s, vals.get(j).s)) disagree[i][j] = disagree[j][i] = false;
            }
        }
    }

    static boolean noAgreement(StorySentence a, StorySentence b) {
        for (Quantity p : a.quantities()) {
            for (Quantity q : b.quantities()) {
                if (p.kind() == q.kind() && p.unit().equals(q.unit()) && !p.disagreesWith(q)) return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern EVENT_DATE = java.util.regex.Pattern.compile(
            "\\b(?i:in|since|of|last|during|until)\\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\\s+\\d{4})?|(?:19|20)\\d\\d)\\b");

    private static final java.util.regex.Pattern PRONOUN_START = java.util.regex.Pattern.compile("^(It|That|This|They)\\b");

    /**
     * The months and years a sentence places its event in ("in September", "in December 2003"); a sentence
     * that opens with a pronoun ("It killed 612 people") speaks of the event of the sentence before it.
     */
    private static Set<String> eventDates(StorySentence s, Map<String, List<StorySentence>> byArticle) {
        Set<String> out = new HashSet<>();
        java.util.regex.Matcher m = EVENT_DATE.matcher(s.text());
        while (m.find()) out.add(m.group(1));
        if (out.isEmpty() && s.index() > 0 && PRONOUN_START.matcher(s.text()).find()) {
            for (StorySentence p : byArticle.getOrDefault(s.article(), List.of())) {
                if (p.index() == s.index() - 1) {
                    m = EVENT_DATE.matcher(p.text());
                    while (m.find()) out.add(m.group(1));
                }
            }
        }
        return out;
    }

    static boolean sameQuantity(Val a, Val b, boolean sameFact, Map<String, List<StorySentence>> sentencesOf) {
        Quantity p = a.q, q = b.q;
        if (p.kind() != q.kind() || !p.unit().equals(q.unit())) return false;
        // a sentence dated to another month or year tells of an earlier event ("a quake in 2003 killed ...")
        if (!eventDates(a.s, sentencesOf).equals(eventDates(b.s, sentencesOf))) return false;
        double cos = a.s.cosine(b.s);
        // reports of one figure are not orders of magnitude apart: "three minutes" and "four years", or
        // "$20 million" a year and "$184 million" in all, measure different things
        double small = Math.min(stated(p), stated(q)), large = Math.max(stated(p), stated(q));
        if (p.kind() == Kind.DURATION && large > 20 * small || p.kind() == Kind.MONEY && large > 5 * small) return false;
        // inside one article, two counts are one figure only when they sit in sentences of one fact
        if (p.kind() == Kind.COUNT && a.s.article().equals(b.s.article()) && !sameFact) return false;
        return switch (p.kind()) {
            // the dead and the injured are named alike in every report of one event; other counts need closer sentences
            case COUNT -> increment(a) == increment(b)
                    && ((sameFact || cos >= (casualty(p) ? 0.4 : 0.6)) && (overlap(modifiers(p), modifiers(q)) || overlap(p.context(), q.context()))
                    || weaklyAligned(a, b, cos, sentencesOf));
            // what is measured must be named by the same common noun ("phone conversation", "phone call"):
            // a shared place name ("attacks on Ukraine") says nothing about which period is meant
            case DURATION -> !p.head().isEmpty() && !q.head().isEmpty()
                    && overlap(common(p.head()), common(q.head())) && plural(p.head()) == plural(q.head()) && (sameFact || cos >= 0.4);
            // a time of day is compared only for one event named alike, never in datelines ("Updated 18:50 IST")
            case TIME -> sameFact && !dateline(a.s) && !dateline(b.s) && overlap(common(p.head()), common(q.head()));
            case MONEY, PERCENT -> sameFact && overlap(common(p.head()), common(q.head()));
            case MAGNITUDE -> (sameFact || cos >= 0.4)
                    && (p.head().isEmpty() || q.head().isEmpty() || overlap(Words.content(p.head()), Words.content(q.head())));
        };
    }

    private static final java.util.regex.Pattern INCREMENT = java.util.regex.Pattern.compile(
            "\\b(?i:additional|further|extra|another|other)\\s+(?:an?\\s+)?$");

    /**
     * "An additional six engines", "two additional life sentences": a count added to an earlier one, which
     * says nothing about the total ("three life sentences") and is compared only with other increments.
     */
    static boolean increment(String sentence, Quantity q) {
        return increment(new Val(new StorySentence("", 0, sentence, new float[0], List.of(), List.of(q)), q));
    }

    private static boolean increment(Val v) {
        int at = v.s.text().indexOf(v.q.text());
        String before = at < 0 ? "" : v.s.text().substring(Math.max(0, at - 30), at);
        return INCREMENT.matcher(before).find() || v.q.head().matches("(?i).*\\b(additional|further|extra|other)\\b.*");
    }

    /**
     * Counts of one noun in two reports whose sentences are not grouped into one fact ("flattening seven
     * villages", "four villages had been destroyed") are one figure when the sentences are still near in
     * meaning and the count is pinned down on both sides: a shared predicate near the number or a shared
     * modifier of the noun ("strong aftershocks"). Weaker alignment asks more: neither report may write the
     * other's figure anywhere ("13 homers ... 33 homers" in a season summary: two scopes in one article).
     */
    private static boolean weaklyAligned(Val a, Val b, double cos, Map<String, List<StorySentence>> sentencesOf) {
        if (a.s.article().equals(b.s.article()) || cos < WEAK_COS) return false;
        if (!overlap(modifiers(a.q), modifiers(b.q)) && !overlap(a.q.context(), b.q.context())) return false;
        return !writes(sentencesOf.get(a.s.article()), b.q) && !writes(sentencesOf.get(b.s.article()), a.q);
    }

    private static final double WEAK_COS = 0.5;

    private static boolean writes(List<StorySentence> article, Quantity q) {
        String n = Long.toString((long) stated(q));
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?<![\\d.,])" + n + "(?![\\d]|[.,]\\d)");
        for (StorySentence s : article == null ? List.<StorySentence>of() : article) if (p.matcher(s.text()).find()) return true;
        return false;
    }

    private static boolean dateline(StorySentence s) {
        String t = s.text().toLowerCase(java.util.Locale.ROOT);
        return s.content().size() <= 6 || s.content().size() <= 12 && t.matches(".*\\b(updated|posted|published)\\b.*");
    }

    private static boolean casualty(Quantity q) {
        return q.unit().equals("killed") || q.unit().equals("injured");
    }

    // "seven-year offers" are several things, which one "eight-year offer" cannot contradict
    private static boolean plural(String head) {
        String[] w = head.split("\\s+");
        String last = w[w.length - 1].toLowerCase(java.util.Locale.ROOT);
        return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.equals(Words.stem(last));
    }

    private static List<String> common(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.split("\\s+")) if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) out.addAll(Words.content(w));
        return out;
    }

    private static List<String> modifiers(Quantity q) {
        List<String> w = new ArrayList<>(Words.content(q.head()));
        w.remove(q.unit());
        return w;
    }

    /** Shared words, where "quake" and "earthquake" count as one. */
    static boolean overlap(List<String> a, List<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y)) return true;
                if (x.length() >= 5 && y.length() >= 5 && (x.endsWith(y) || y.endsWith(x))) return true;
            }
        }
        return false;
    }

    /** Names the quantity in words its statements share: "wounded soldiers", "length of the phone conversation". */
    private static String about(List<Val> vals) {
        Quantity first = vals.getFirst().q;
        Set<String> shared = new HashSet<>();
        for (Val v : vals) if (!v.q.normalized().equals(first.normalized())) shared.addAll(Words.content(v.q.head()));
        List<String> words = new ArrayList<>();
        String best = "";
        for (Val v : vals) if (v.q.head().length() > best.length() && v.q.kind() != Kind.COUNT) best = v.q.head();
        for (String w : first.head().split(" ")) if (shared.contains(Words.stem(w)) || w.equals(first.head())) words.add(w);
        String shown = words.isEmpty() ? first.head() : String.join(" ", words);
        return switch (first.kind()) {
            case COUNT -> "number of " + (shown.isBlank() ? first.unit() : shown).toLowerCase(java.util.Locale.ROOT);
            case DURATION -> "length of the " + (best.isBlank() ? "event" : best);
            case TIME -> "time of " + (best.isBlank() ? "the event" : best);
            case MONEY -> "amount of money" + (best.isBlank() ? "" : " (" + best + ")");
            case PERCENT -> "percentage" + (best.isBlank() ? "" : " (" + best + ")");
            case MAGNITUDE -> "magnitude" + (best.isBlank() ? "" : " of the " + best);
        };
    }

    private static int find(int[] r, int i) {
        while (r[i] != i) i = r[i] = r[r[i]];
        return i;
    }

    private static void union(int[] r, int a, int b) {
        r[find(r, a)] = find(r, b);
    }
}
