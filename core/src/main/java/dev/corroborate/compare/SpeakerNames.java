package dev.corroborate.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a speaker's noun phrase off the words next to a verb of saying ("Ukrainian President Volodymyr
 * Zelensky", "the Kremlin press service", "deputy chief of staff Dan Scavino"), and decides when two
 * spellings name one speaker ("Zelensky"/"Zelenskyy"). Proper nouns are told by capitals: the
 * project's shared name finder was not yet on main when this was written.
 */
final class SpeakerNames {

    /** Lower-case words that belong to a speaker's title or to an institution's name. */
    private static final Set<String> ROLE = Set.copyOf(List.of("president", "minister", "prime", "foreign", "defence", "defense",
            "spokesman", "spokeswoman", "spokesperson", "spokespeople", "chief", "deputy", "of", "staff", "press",
            "service", "secretary", "official", "officials", "envoy", "special", "adviser", "advisor", "former",
            "director", "head", "leader", "governor", "mayor", "police", "department", "ministry", "office",
            "coach", "manager", "representative", "attorney", "lawyer", "senator", "general", "commander", "the",
            "chairman", "chairwoman", "ceo", "executive", "founder", "sources", "source", "spokesmen", "agency",
            "security", "national", "state", "foreign", "affairs", "council", "vice", "judge", "prosecutor",
            "prosecutors", "publicist", "rep", "representatives", "actress", "actor", "singer", "star", "analyst",
            "expert", "witness", "witnesses", "authorities", "investigators", "officer", "sheriff", "and", "for",
            "u.s.", "us", "readout", "statement", "team", "club", "company", "firm", "newspaper", "magazine",
            "agent", "manager", "rescue", "emergency", "health", "fire", "county", "city", "military", "army"));
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
    static final Set<String> TEMPORAL = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "earlier", "later", "today", "yesterday", "on", "in", "last", "this",
            "before", "after", "during", "meanwhile", "however", "but", "and", "also", "when", "while", "as", "if",
            "the", "a", "an", "moreover", "following", "shortly", "then");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.’'\\-]*|[,;:()\\[\\]—–]");

    private SpeakerNames() {
    }

    static boolean isPronoun(String np) {
        return PRONOUNS.contains(np.toLowerCase(Locale.ROOT));
    }

    /** The speaker phrase that ends where {@code text} ends ("... Ukrainian Foreign Minister Andrii Sybiha"). */
    static String before(String text) {
        List<String> w = words(text);
        int end = w.size();
        // appositive: "Dan Scavino, the Deputy Chief of Staff to President Trump, posted"
        // the head of an appositive chain is the name furthest back ("Captain Manohar Nambiar, Chief Public
        // Relations Officer, Defence, said"; "Bob Currie, 66, a resident of ..., said")
        if (end > 0 && w.get(end - 1).equals(",")) {
            String head = null;
            for (int k = end - 2; k >= Math.max(0, end - 25); k--) {
                if (!w.get(k).equals(",")) continue;
                String np = phraseEndingAt(w, k);
                if (hasCapital(np)) head = np;
            }
            if (head != null) return head;
            end--;
        }
        return phraseEndingAt(w, end);
    }

    private static String phraseEndingAt(List<String> w, int end) {
        int k = end - 1;
        if (k >= 0 && isPronoun(w.get(k))) return w.get(k);
        int start = end;
        while (k >= 0 && (capitalised(w.get(k)) || ROLE.contains(w.get(k).toLowerCase(Locale.ROOT)))) {
            start = k;
            k--;
        }
        return trim(w.subList(start, end));
    }

    /** The speaker phrase that starts where {@code text} starts ("the White House in a readout" gives "the White House"). */
    static String after(String text) {
        List<String> w = words(text);
        if (!w.isEmpty() && isPronoun(w.getFirst())) return w.getFirst();
        // a lower-case title before a name: "said public relations executive Bina Mathews"
        int lead = 0;
        while (lead < Math.min(4, w.size()) && !capitalised(w.get(lead)) && Character.isLetter(w.get(lead).charAt(0))
                && !Words.STOP.contains(w.get(lead).toLowerCase(Locale.ROOT))) lead++;
        int end = lead < w.size() && lead > 0 && capitalised(w.get(lead)) ? lead : 0;
        while (end < w.size() && (capitalised(w.get(end)) || ROLE.contains(w.get(end).toLowerCase(Locale.ROOT)))) end++;
        return trim(w.subList(0, end));
    }

    // drop linking words at the edges ("of", "and", "the" at the end); keep "the" in front ("the Kremlin")
    private static String trim(List<String> w) {
        int a = 0, b = w.size();
        while (a < b && Set.of("of", "and", "for").contains(w.get(a).toLowerCase(Locale.ROOT))) a++;
        while (b > a && Set.of("of", "and", "for", "the").contains(w.get(b - 1).toLowerCase(Locale.ROOT))) b--;
        List<String> kept = w.subList(a, b);
        // a speaker is a name or a title with an article ("the spokesman"), not a lone common word
        if (kept.isEmpty() || !hasCapital(String.join(" ", kept)) && kept.size() < 2) return "";
        if (kept.size() == 1 && TEMPORAL.contains(kept.getFirst().toLowerCase(Locale.ROOT))) return "";
        return String.join(" ", kept).replaceAll("[’']s$", "");
    }

    static boolean hasCapital(String np) {
        for (String t : words(np)) if (capitalised(t) && !TEMPORAL.contains(t.toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    private static boolean capitalised(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Who a phrase names, for merging: the last proper name's word, spelling-folded; else the phrase. */
    static String key(String speaker) {
        String last = null;
        for (String t : words(speaker)) {
            if (capitalised(t) && !TEMPORAL.contains(t.toLowerCase(Locale.ROOT)) && !ROLE.contains(t.toLowerCase(Locale.ROOT))) last = t;
        }
        return fold(last == null ? speaker : last);
    }

    // lower case, no possessive, doubled letters single ("Zelenskyy" and "Zelensky" alike), letters and digits only
    private static String fold(String t) {
        return t.toLowerCase(Locale.ROOT).replaceAll("[’'.]s?$", "").replaceAll("(.)\\1", "$1").replaceAll("[^\\p{L}\\p{N}]", "");
    }

    static boolean same(String a, String b) {
        String ka = key(a), kb = key(b);
        if (ka.isEmpty() || kb.isEmpty()) return false;
        return ka.equals(kb) || ka.length() >= 5 && kb.length() >= 5 && editDistanceAtMostOne(ka, kb);
    }

    /**
     * Two names of one person: one speaker by {@link #same}, or one name holds a word of the other up to a
     * letter ("Bryant Dalton"/"Brian Dalton" by the surname, "Ellen"/"Ellen DeGeneres", "Alishvandi"/"Alishbandi").
     * Sharing a word is taken as sameness so that a partial or misspelt name is never a conflict.
     */
    static boolean samePerson(String a, String b) {
        if (same(a, b)) return true;
        for (String x : nameWords(a)) {
            for (String y : nameWords(b)) if (x.equals(y) || x.length() >= 5 && y.length() >= 5 && editDistanceAtMostOne(x, y)) return true;
        }
        return false;
    }

    /** The spelling-folded words of a name, without titles and initials. */
    static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        for (String t : words(name)) {
            String k = fold(t);
            if (k.length() >= 3 && !ROLE.contains(t.toLowerCase(Locale.ROOT))) out.add(k);
        }
        return out;
    }

    /** The fullest way the articles name a speaker: most words with a proper name in them. */
    static String fullest(Collection<String> names) {
        String best = "";
        for (String n : names) {
            boolean better = hasCapital(n) && !hasCapital(best) || hasCapital(n) == hasCapital(best) && n.length() > best.length();
            if (best.isEmpty() || better) best = n;
        }
        return best;
    }

    private static boolean editDistanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.length() > b.length()) i++;
            else if (b.length() > a.length()) j++;
            else { i++; j++; }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
