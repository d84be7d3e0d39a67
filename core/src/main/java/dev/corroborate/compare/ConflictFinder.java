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
        int[] root = new int[n];
        for (int i = 0; i < n; i++) root[i] = i;
        boolean[][] disagree = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Val a = vals.get(i), b = vals.get(j);
                if (a.s == b.s) continue; // two values of one sentence measure two things
                boolean sameFact = factOf[pos.get(a.s)] == factOf[pos.get(b.s)];
                if (!sameQuantity(a, b, sameFact)) continue;
                union(root, i, j);
                disagree[i][j] = disagree[j][i] = a.q.disagreesWith(b.q);
            }
        }
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
                List<String> sources = new ArrayList<>();
                for (Val v : e.getValue()) if (!sources.contains(v.s.article())) sources.add(v.s.article());
                boolean fromCopy = sources.stream().allMatch(id -> !origins.getOrDefault(id, id).equals(id));
                Val first = e.getValue().getFirst();
                values.add(new ConflictValue(first.q.text(), e.getKey(), first.s.text(), sources, fromCopy));
            }
            out.add(new Conflict(about(involved.stream().map(vals::get).toList()), values));
        }
        return out;
    }

    static boolean sameQuantity(Val a, Val b, boolean sameFact) {
        Quantity p = a.q, q = b.q;
        if (p.kind() != q.kind() || !p.unit().equals(q.unit())) return false;
        double cos = a.s.cosine(b.s);
        return switch (p.kind()) {
            case COUNT -> (sameFact || cos >= 0.45) && (overlap(modifiers(p), modifiers(q)) || overlap(p.context(), q.context()));
            // what is measured must be named by the same common noun ("phone conversation", "phone call"):
            // a shared place name ("attacks on Ukraine") says nothing about which period is meant
            case DURATION -> !p.head().isEmpty() && !q.head().isEmpty()
                    ? overlap(common(p.head()), common(q.head())) && (sameFact || cos >= 0.4)
                    : sameFact && cos >= 0.7;
            case TIME -> sameFact || cos >= 0.6;
            case MONEY, PERCENT -> (sameFact || cos >= 0.55)
                    && overlap(union(Words.content(p.head()), p.context()), union(Words.content(q.head()), q.context()));
            case MAGNITUDE -> (sameFact || cos >= 0.4)
                    && (p.head().isEmpty() || q.head().isEmpty() || overlap(Words.content(p.head()), Words.content(q.head())));
        };
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

    private static List<String> union(List<String> a, List<String> b) {
        List<String> u = new ArrayList<>(a);
        u.addAll(b);
        return u;
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
