package dev.corroborate.compare;

import dev.corroborate.model.Dossier.Conflict;
import dev.corroborate.model.Dossier.ConflictValue;
import dev.corroborate.nlp.Embedder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds reports that give different names for one role ("coach Bill Smith was fired" against "coach Tom
 * Jones was fired"). Two names are for one role when each is tied to it explicitly ({@link NameRoles}) and
 * their sentences report the same fact or are close in meaning; they disagree when they are not one person
 * written two ways ({@link SpeakerNames#samePerson}: spellings, surname only) and neither report writes the
 * other's name anywhere: an outlet that names both knows of both, so it tells two people apart (the lawyer
 * she dropped and the lawyer she rehired), and does not contradict the other.
 */
final class NameConflicts {

    /** Sentences nearer than this in meaning tell one fact even when not grouped into one. */
    static final double ALIGNED = 0.6;

    private NameConflicts() {
    }

    private record Named(StorySentence s, NameRoles.Mention m) {
    }

    static List<Conflict> find(List<StorySentence> sentences, int[] factOf, Map<String, String> origins) {
        List<Named> named = new ArrayList<>();
        Map<StorySentence, Integer> fact = new java.util.IdentityHashMap<>();
        Map<String, List<StorySentence>> sentencesOf = new HashMap<>();
        Map<String, Set<String>> wordsOf = new HashMap<>(); // filled for an article when first needed
        Map<StorySentence, List<NameRoles.Mention>> mentionsOf = new java.util.IdentityHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            StorySentence s = sentences.get(i);
            fact.put(s, factOf[i]);
            sentencesOf.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(s);
            List<NameRoles.Mention> ms = mentions(s);
            if (!ms.isEmpty()) mentionsOf.put(s, ms);
            for (NameRoles.Mention m : ms) named.add(new Named(s, m));
        }
        int n = named.size();
        int[] root = new int[n];
        for (int i = 0; i < n; i++) root[i] = i;
        boolean[] involved = new boolean[n];
        Map<StorySentence, float[]> masks = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Named a = named.get(i), b = named.get(j);
                if (a.s.article().equals(b.s.article()) || !a.m.sameRole(b.m)) continue;
                boolean sameFact = fact.get(a.s).equals(fact.get(b.s));
                if (same(a.m, b.m)) {
                    if (sameFact || a.s.cosine(b.s) >= ALIGNED) root[find(root, i)] = find(root, j);
                    continue;
                }
                if (writes(words(a.s.article(), sentencesOf, wordsOf), b.m) || writes(words(b.s.article(), sentencesOf, wordsOf), a.m)) continue;
                // the names themselves pull two sentences apart in meaning, so they are compared without them
                if (!sameFact && Embedder.cosine(masked(a.s, mentionsOf, masks), masked(b.s, mentionsOf, masks)) < ALIGNED) continue;
                root[find(root, i)] = find(root, j);
                involved[i] = involved[j] = true;
            }
        }
        Map<Integer, List<Named>> comps = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) if (involved[i]) comps.computeIfAbsent(find(root, i), k -> new ArrayList<>());
        // every name given for the role in aligned sentences backs its side
        for (int i = 0; i < n; i++) {
            List<Named> comp = comps.get(find(root, i));
            if (comp != null) comp.add(named.get(i));
        }
        List<Conflict> out = new ArrayList<>();
        for (List<Named> comp : comps.values()) {
            List<List<Named>> sides = new ArrayList<>();
            for (Named x : comp) {
                List<Named> side = sides.stream().filter(g -> same(g.getFirst().m, x.m)).findFirst().orElse(null);
                if (side == null) sides.add(side = new ArrayList<>());
                side.add(x);
            }
            if (sides.size() < 2) continue;
            List<ConflictValue> values = new ArrayList<>();
            for (List<Named> side : sides) {
                Named first = side.getFirst();
                String fullest = SpeakerNames.fullest(side.stream().map(x -> x.m.name()).toList());
                values.add(ConflictValues.of(first.m.name(), fullest, first.s.text(), side.stream().map(x -> x.s.article()).toList(), origins));
            }
            out.add(new Conflict("name", "name of the " + comp.getFirst().m.shown(), values));
        }
        return out;
    }

    /** The sentence's vector with the names it gives for roles put as "someone" (embedded once, when needed). */
    private static float[] masked(StorySentence sentence, Map<StorySentence, List<NameRoles.Mention>> mentionsOf,
                                  Map<StorySentence, float[]> masks) {
        return masks.computeIfAbsent(sentence, s -> {
            String text = s.text();
            for (NameRoles.Mention m : mentionsOf.get(s)) text = text.replace(m.name(), "someone");
            return Embedder.embed(text);
        });
    }

    private static List<NameRoles.Mention> mentions(StorySentence s) {
        try {
            return NameRoles.find(s.text());
        } catch (RuntimeException e) {
            System.err.println("compare: names of a sentence of article " + s.article() + " skipped: " + e);
            return List.of();
        }
    }

    private static boolean same(NameRoles.Mention a, NameRoles.Mention b) {
        return a.venue() ? sameVenue(a.name(), b.name()) : SpeakerNames.samePerson(a.name(), b.name());
    }

    /** Venues are one when they share a word besides their kind ("Jamaica Hospital", "Jamaica Hospital Medical Center"). */
    private static boolean sameVenue(String a, String b) {
        if (a.equalsIgnoreCase(b)) return true;
        Set<String> wa = new HashSet<>(SpeakerNames.nameWords(a));
        wa.removeAll(NameRoles.VENUES);
        for (String w : SpeakerNames.nameWords(b)) if (wa.contains(w)) return true;
        return false;
    }

    /** The folded proper words of an article. */
    private static Set<String> words(String article, Map<String, List<StorySentence>> sentencesOf, Map<String, Set<String>> wordsOf) {
        return wordsOf.computeIfAbsent(article, k -> {
            Set<String> out = new HashSet<>();
            for (StorySentence s : sentencesOf.get(k)) out.addAll(SpeakerNames.nameWords(capitalised(s.text())));
            return out;
        });
    }

    /** The article writes the name somewhere (a surname is enough; for a venue, one of its own words). */
    private static boolean writes(Set<String> articleWords, NameRoles.Mention m) {
        for (String w : SpeakerNames.nameWords(m.name())) if (!NameRoles.VENUES.contains(w) && articleWords.contains(w)) return true;
        return false;
    }

    private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]*");

    // only the proper words: a name that is also a common word ("Page", "Bill") is not written by "page"
    private static String capitalised(String text) {
        StringBuilder b = new StringBuilder();
        java.util.regex.Matcher m = CAPITALISED.matcher(text);
        while (m.find()) b.append(m.group()).append(' ');
        return b.toString();
    }

    private static int find(int[] r, int i) {
        while (r[i] != i) i = r[i] = r[r[i]];
        return i;
    }
}
