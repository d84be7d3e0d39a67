package dev.corroborate.dedup;

import dev.corroborate.model.CopyRelation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Origin groups from verified copy relations, one original each (the earliest, else the longest: the
 * direction {@link CopyVerifier} gives). No transitive closure: a copy joins the group of the article it
 * was copied from, and only if it also matches that group's original; a copy of a copy that drifted too
 * far from the original starts no chain through it and stays on its own.
 *
 * <p>Articles must be added in publication order. Only articles that are not their own origin are held.
 */
public final class OriginGroups {

    private final Map<String, String> originOfCopy = new HashMap<>();
    private final Map<String, Integer> members = new HashMap<>();

    /**
     * Adds {@code id} with the verified relations it takes part in (as copy, or as original of an older
     * article) and returns its origin. An older article that is a copy of {@code id} (same date, shorter)
     * is moved under {@code id} when it is still alone.
     */
    public String add(String id, Collection<CopyRelation> relations) {
        List<CopyRelation> asCopy = new ArrayList<>();
        List<String> originalsMatched = new ArrayList<>();
        for (CopyRelation r : relations) {
            if (r.copy().equals(id)) {
                asCopy.add(r);
                originalsMatched.add(r.original());
            }
        }
        asCopy.sort(Comparator.comparingDouble(CopyRelation::containment).reversed());
        for (CopyRelation r : asCopy) {
            String root = originOf(r.original());
            if (root.equals(r.original()) || originalsMatched.contains(root)) {
                originOfCopy.put(id, root);
                members.merge(root, 1, Integer::sum);
                return root;
            }
        }
        for (CopyRelation r : relations) {
            String older = r.copy();
            if (r.original().equals(id) && originOf(older).equals(older) && !members.containsKey(older)) {
                originOfCopy.put(older, id);
                members.merge(id, 1, Integer::sum);
            }
        }
        return id;
    }

    /** True when {@code id} is the original of a group that has copies. */
    public boolean hasCopies(String id) {
        return members.containsKey(id);
    }

    /** The id of the original of {@code id}'s group; its own id when it is one, or unknown. */
    public String originOf(String id) {
        return originOfCopy.getOrDefault(id, id);
    }

    /** Groups for a batch: ids in publication order and every verified relation among them. */
    public static Map<String, String> resolve(List<String> idsInPublicationOrder, Collection<CopyRelation> relations) {
        Map<String, List<CopyRelation>> byArticle = new HashMap<>();
        for (CopyRelation r : relations) {
            byArticle.computeIfAbsent(r.copy(), k -> new ArrayList<>()).add(r);
            byArticle.computeIfAbsent(r.original(), k -> new ArrayList<>()).add(r);
        }
        OriginGroups groups = new OriginGroups();
        Set<String> added = new HashSet<>();
        for (String id : idsInPublicationOrder) {
            // Only relations with articles already added count: later ones are resolved when they come.
            List<CopyRelation> seen = new ArrayList<>();
            for (CopyRelation r : byArticle.getOrDefault(id, List.of())) {
                String other = r.copy().equals(id) ? r.original() : r.copy();
                if (added.contains(other)) seen.add(r);
            }
            added.add(id);
            groups.add(id, seen);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : idsInPublicationOrder) out.put(id, groups.originOf(id));
        return out;
    }
}
