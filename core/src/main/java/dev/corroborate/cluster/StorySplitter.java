package dev.corroborate.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/**
 * Finds a story that mixes two events: its members fall into two groups by similarity, each at least
 * {@link EventChecks#splitMinGroup()} articles, and each group has a distinctive name (mentioned by most of
 * its articles and by almost none of the other's). Similar vocabulary with disjoint protagonists is two
 * events; a story whose groups share all their frequent names is one event told from two angles and stays.
 */
final class StorySplitter {

    private static final int MAX_ROUNDS = 10;

    private final EventChecks checks;
    private final ToDoubleBiFunction<Member, Member> similarity;

    StorySplitter(EventChecks checks, ToDoubleBiFunction<Member, Member> similarity) {
        this.checks = checks;
        this.similarity = similarity;
    }

    /** Similarity of two members, as the story keeps it for {@link #divide}. */
    double similarity(Member a, Member b) {
        return similarity.applyAsDouble(a, b);
    }

    /** The group to move out of the story (the one without its first member), or an empty list to keep it whole. */
    List<Member> divide(StoryState story) {
        int min = checks.splitMinGroup();
        if (min == 0) return List.of();
        List<Member> members = story.members();
        int n = members.size();
        if (n < 2 * min) return List.of();
        double[][] sim = new double[n][n];
        int seedA = 0, seedB = 1;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sim[i][j] = sim[j][i] = story.similarity(i, j);
                if (sim[i][j] < sim[seedA][seedB]) {
                    seedA = i;
                    seedB = j;
                }
            }
        }
        boolean[] inB = new boolean[n];
        for (int i = 0; i < n; i++) inB[i] = i == seedB || (i != seedA && sim[i][seedB] > sim[i][seedA]);
        for (int round = 0; round < MAX_ROUNDS && reassign(sim, inB); round++) {
            // each round moves every article to the group it is on average more similar to
        }
        List<Member> a = new ArrayList<>(), b = new ArrayList<>();
        for (int i = 0; i < n; i++) (inB[i] ? b : a).add(members.get(i));
        if (a.size() < min || b.size() < min || !hasDistinctiveName(a, b) || !hasDistinctiveName(b, a)) return List.of();
        return inB[0] ? a : b;
    }

    /** One round of moves; false when nothing moved (or a move would empty a group). */
    private static boolean reassign(double[][] sim, boolean[] inB) {
        int n = inB.length;
        boolean[] next = new boolean[n];
        boolean moved = false;
        int sizeB = 0;
        for (int i = 0; i < n; i++) {
            double sa = 0, sb = 0;
            int na = 0, nb = 0;
            for (int j = 0; j < n; j++) {
                if (j == i) continue;
                if (inB[j]) {
                    sb += sim[i][j];
                    nb++;
                } else {
                    sa += sim[i][j];
                    na++;
                }
            }
            next[i] = nb > 0 && (na == 0 || sb / nb > sa / na);
            moved |= next[i] != inB[i];
            if (next[i]) sizeB++;
        }
        if (!moved || sizeB == 0 || sizeB == n) return false;
        System.arraycopy(next, 0, inB, 0, n);
        return true;
    }

    private boolean hasDistinctiveName(List<Member> group, List<Member> other) {
        Map<String, Integer> keyed = new HashMap<>();
        for (Member m : group) {
            for (String name : m.keyNames()) keyed.merge(name, 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> e : keyed.entrySet()) {
            if (e.getValue() < checks.splitShare() * group.size()) continue;
            long leaks = other.stream().filter(m -> m.mentions(e.getKey())).count();
            if (leaks <= checks.splitLeak() * other.size()) return true;
        }
        return false;
    }
}
