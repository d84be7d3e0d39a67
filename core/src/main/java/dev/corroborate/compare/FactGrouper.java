package dev.corroborate.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups the sentences of a story that report the same thing. Two sentences are paraphrases when their
 * embeddings are very close, or fairly close and they also share words, a number or a name; clusters
 * then merge by average link so that one loose pair cannot chain two different facts together.
 */
final class FactGrouper {

    static final double STRONG = 0.80, FAIR = 0.62, GROUP = 0.58;

    private FactGrouper() {
    }

    /** Each sentence's group number; sentences too short to state a fact get a group of their own. */
    static int[] group(List<StorySentence> s) {
        int n = s.size();
        double[][] cos = new double[n][n];
        record Pair(int a, int b, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double c = s.get(i).cosine(s.get(j));
                cos[i][j] = cos[j][i] = c;
                if (s.get(i).content().size() < 3 || s.get(j).content().size() < 3) continue;
                if (linked(s.get(i), s.get(j), c)) pairs.add(new Pair(i, j, c));
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        int[] group = new int[n];
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            group[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (Pair p : pairs) {
            int ga = group[p.a], gb = group[p.b];
            if (ga == gb) continue;
            double sum = 0;
            boolean apart = false;
            for (int x : members.get(ga)) for (int y : members.get(gb)) {
                sum += cos[x][y];
                apart |= differentScope(s.get(x), s.get(y));
            }
            if (apart) continue;
            if (sum / (members.get(ga).size() * members.get(gb).size()) < GROUP) continue;
            for (int y : members.get(gb)) group[y] = ga;
            members.get(ga).addAll(members.get(gb));
            members.get(gb).clear();
        }
        return group;
    }

    /**
     * Two sentences that give different figures for two or more things and the same figure for none ("six
     * AK-47 rifles, 12 magazines and about 300 rounds" in one operation, "14 AK-47 rifles, 31 magazines and
     * 923 rounds" in five) tell of different scopes, however alike their words: never one fact. One differing
     * figure alone is a conflict inside one fact, not a new fact.
     */
    static boolean differentScope(StorySentence a, StorySentence b) {
        if (a.quantities().size() < 2 || b.quantities().size() < 2) return false;
        int differ = 0;
        for (Quantity p : a.quantities()) {
            for (Quantity q : b.quantities()) if (p.kind() == q.kind() && p.unit().equals(q.unit()) && p.disagreesWith(q)) differ++;
        }
        return differ >= 2 && ConflictFinder.noAgreement(a, b);
    }

    static boolean linked(StorySentence a, StorySentence b, double cos) {
        if (cos >= STRONG) return true;
        if (cos < FAIR) return false;
        return Words.jaccard(a.content(), b.content()) >= 0.2 || shareNumber(a, b);
    }

    private static boolean shareNumber(StorySentence a, StorySentence b) {
        Set<String> na = new HashSet<>();
        for (Quantity q : a.quantities()) na.add(q.normalized());
        for (Quantity q : b.quantities()) if (na.contains(q.normalized())) return true;
        return false;
    }
}
