package dev.corroborate.compare;

import dev.corroborate.nlp.Names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a sentence gives for a role, read only where the wording ties the name to the role explicitly:
 * a role noun right before the name ("coach Maurice Cheeks", "Qeshm governor Mehdi Irannejad", "the
 * suspect, Anthony LaCalamita"), an appositive after it ("Heidar Alishvandi, the governor of Qeshm,"),
 * "identified as" ("the driver, who police identified as Vishwanand Subryan"), "named ... as" ("Tony DiLeo
 * was named interim coach"), or a venue named with its kind ("at the SAP Arena"). Names are the proper-noun
 * runs of the project's tagger ({@link Names}); everything looser is left out, since a name given for the
 * wrong role would be a false conflict.
 */
final class NameRoles {

    /**
     * Roles one person fills at a time for one event or body: a suspect, a team's coach, an island's governor.
     * Roles held by several at once (lawyers, spokesmen, agents, ministers, officers) are left out: two
     * outlets naming two of a star's lawyers do not disagree.
     */
    static final Set<String> ROLES = Set.of("suspect", "gunman", "shooter", "killer", "attacker", "assailant", "bomber",
            "hijacker", "driver", "pilot", "captain", "skipper", "coach", "director", "host", "governor", "mayor",
            "sheriff", "president", "chairman", "chairwoman", "ceo", "referee", "victim", "winner", "champion",
            "challenger", "commissioner");
    /** Kinds of place an event happens at; the name must end with one ("Jamaica Hospital", "SAP Arena"). */
    static final Set<String> VENUES = Set.of("arena", "stadium", "hospital", "church", "hotel", "theatre", "theater",
            "hall", "center", "centre", "prison", "mosque", "temple", "school", "university", "airport");
    /** Words before a role noun that make it another role ("city attorney", "assistant coach", "vice president"). */
    private static final Set<String> MODIFIERS = Set.of("city", "district", "county", "state", "federal", "deputy",
            "assistant", "general", "vice", "associate", "interim", "acting", "defense", "defence", "prime", "foreign",
            "executive", "managing", "senior", "co", "second-unit", "police", "fire", "finance", "art", "athletic");
    /** Words that move a role to another time: a former coach and the coach are two people. */
    private static final Set<String> SHIFTED = Set.of("former", "ex", "then", "late", "previous", "new", "outgoing",
            "incoming", "onetime", "future", "predecessor", "original", "erstwhile");
    /** Words before a role noun that do not change the role ("head coach" is the coach). */
    private static final Set<String> IGNORED = Set.of("head", "longtime", "long-time", "veteran", "team", "club",
            "his", "her", "their", "its", "our", "the", "a", "an", "top", "lead", "main", "chief", "alleged", "accused",
            "suspected", "reported", "official", "own");
    /** Lower-case words before a role noun that end the role phrase: verbs and linking words. */
    private static final Pattern BOUNDARY = Pattern.compile("(?i)(said|says|told|tells|according|named|hired|fired|"
            + "replaced|thanked|signed|met|with|by|to|and|or|of|for|as|at|in|on|from|that|when|while|after|before|under|"
            + "among|between|against|about|over|like|than|"
            + "\\w+ed|\\w+ing)");

    private static final String ROLE = "(" + String.join("|", ROLES) + ")";
    /**
     * A cheap test before the tagger runs: a role word next to a capital (before it, or after a name and a
     * comma), "identified"/"named", or a capitalised word before a venue's kind.
     */
    private static final Pattern TRIGGER = Pattern.compile("\\b(?i:" + String.join("|", ROLES) + "),?\\s+(?:\\d+-year-old\\s+)?\\p{Lu}"
            + "|\\p{Lu}[\\p{L}'’.\\-]*,\\s+(?:\\d+,\\s+)?(?:the\\s+)?(?:[\\p{L}\\-]+\\s+){0,3}?(?i:" + String.join("|", ROLES) + ")\\b"
            + "|\\b(?:identified|named)\\b|\\p{Lu}[\\p{L}'’.\\-]*\\s+(?i:" + String.join("|", VENUES) + ")\\b");
    private static final String W = "[\\p{L}\\p{N}'’.\\-]+";
    /** "the suspect, identified as", "the driver, who police identified as", "identified the victim as". */
    private static final Pattern IDENTIFIED = Pattern.compile("(?i)\\bthe\\s+((?:" + W + "\\s+){0,2}?)" + ROLE
            + "\\b(?:,?\\s+who\\s+[\\w\\s]{1,30}?)?,?\\s+(?:(?:was|has been|had been|is)\\s+)?(?:identified|named)"
            + "(?:\\s+by\\s+[\\w\\s.]{1,30}?)?\\s+as\\s+(?:the\\s+)?(?:\\d+-year-old\\s+)?$"
            + "|\\bidentified\\s+the\\s+((?:" + W + "\\s+){0,2}?)" + ROLE + "\\s+as\\s+$");
    /** ", 27, the governor of Qeshm," right after the name. */
    private static final Pattern APPOSITIVE = Pattern.compile("^,\\s+(?:\\d+,\\s+)?(?:the\\s+)?(?!(?:a|an)\\s)((?:" + W + "\\s+){0,3}?)"
            + "(?i:" + ROLE + ")\\b(?:\\s+(?:of|for|at)\\s+(?:the\\s+)?((?:[A-Z]" + W + "\\s*)+))?\\s*(?:[,;.]|$)");
    /** "was named interim coach", "was named on Friday as host", or after "named X": " as the host". */
    private static final Pattern NAMED_AS = Pattern.compile("^,?\\s+(?:(?:was|has been|had been|is|were)\\s+"
            + "(?:named|appointed|chosen|picked|selected|hired|identified)(?:\\s+on\\s+\\w+)?\\s+)?(?:as\\s+)?(?:the\\s+)?"
            + "(?:new\\s+)?((?:" + W + "\\s+){0,2}?)(?i:" + ROLE + ")\\b(?:\\s+(?:of|for)\\s+(?:the\\s+)?((?:[A-Z]" + W + "\\s*)+))?");
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?i)\\bnamed\\s+(?:\\S+\\s+){0,3}$");
    private static final Pattern AT = Pattern.compile("(?i)\\b(?:at|in|to|into)\\s+(?:the\\s+)?$");

    /**
     * One name given for a role.
     *
     * @param role       the role as a key: its distinguishing lower-case words and noun ("interim coach")
     * @param qualifiers folded proper words that say whose role it is ("qeshm", "angels"); empty when unsaid
     */
    record Mention(String role, List<String> qualifiers, String name) {
        boolean sameRole(Mention o) {
            if (!role.equals(o.role)) return false;
            if (qualifiers.isEmpty() || o.qualifiers.isEmpty()) return true;
            for (String q : qualifiers) if (o.qualifiers.contains(q)) return true;
            return false;
        }

        boolean venue() {
            return VENUES.contains(role);
        }

        /** The role as a reader would name it: "Qeshm governor". */
        String shown() {
            return (qualifiers.isEmpty() ? "" : String.join(" ", qualifiers) + " ") + role;
        }
    }

    private NameRoles() {
    }

    static List<Mention> find(String sentence) {
        if (!TRIGGER.matcher(sentence).find() || headline(sentence)) return List.of();
        List<Mention> out = new ArrayList<>();
        for (int[] span : names(sentence)) {
            String name = sentence.substring(span[0], span[1]);
            if (!aName(name)) continue;
            String before = sentence.substring(Math.max(0, span[0] - 90), span[0]);
            String after = sentence.substring(span[1]);
            String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (VENUES.contains(last)) {
                // a kind alone is no venue's name ("at Church and Snyder" is a street corner)
                if (AT.matcher(before).find() && name.contains(" ")) out.add(new Mention(last, List.of(), name));
                continue;
            }
            roleBefore(before, name, out);
            Matcher m = IDENTIFIED.matcher(before);
            if (m.find()) {
                boolean first = m.group(2) != null;
                add(first ? m.group(1) : m.group(3), first ? m.group(2) : m.group(4), null, name, out);
            }
            m = APPOSITIVE.matcher(after);
            if (m.find()) add(m.group(1), m.group(2), m.group(3), name, out);
            m = NAMED_AS.matcher(after);
            boolean named = APPOINTED.matcher(after).find() || NAMED_BEFORE.matcher(before).find() && after.matches("^\\s+as\\b.*");
            if (named && m.find()) add(m.group(1), m.group(2), m.group(3), name, out);
        }
        return out;
    }

    /** Not a person's or a place's name: a weekday, a linking word ("For the Oscars"). */
    private static boolean aName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !SpeakerNames.TEMPORAL.contains(lower) && !Words.STOP.contains(lower);
    }

    /**
     * A headline in title case ("Driver Charged In Fatal Queens Hit & Run": no full stop, nearly every word
     * capitalised) capitalises verbs and common nouns alike, so its capitals say nothing about names.
     */
    static boolean headline(String sentence) {
        int words = 0, capitals = 0;
        for (String t : Words.tokens(sentence)) {
            if (t.length() < 3 || Words.STOP.contains(t)) continue;
            words++;
        }
        Matcher m = CAPITALISED_WORD.matcher(sentence);
        while (m.find()) if (m.group().length() >= 3 && !Words.STOP.contains(m.group().toLowerCase(Locale.ROOT))) capitals++;
        return words >= 3 && capitals >= 0.75 * words && !END.matcher(sentence).find();
    }

    private static final Pattern END = Pattern.compile("[.!?\"”’']\\s*$");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("(?<![\\p{L}'’])\\p{Lu}[\\p{L}'’]*");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern AGE = Pattern.compile("\\d+-year-old,?");
    private static final Pattern APPOINTED = Pattern.compile("^,?\\s+(?:was|has been|had been|is|were)\\s+"
            + "(?:named|appointed|chosen|picked|selected|hired|identified)\\b");
    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\.?(?:\\s+(?:(?:de|van|von|bin|al|da|del|la|le)\\s+)?"
            + "\\p{Lu}[\\p{L}'’\\-]*\\.?)*");

    /**
     * Where the sentence's names are: the proper-noun phrases of {@link Names}, and runs of capitalised words
     * the tagger missed (it reads "coach Maurice Cheeks" as common nouns); a title inside a run starts the
     * role, not the name ("Qeshm Governor Mehdi Irannejad" gives "Mehdi Irannejad").
     */
    private static List<int[]> names(String sentence) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        for (String name : Names.of(sentence)) {
            int at = Character.isLetter(name.charAt(0)) ? sentence.indexOf(name, from) : -1;
            if (at < 0) continue;
            from = at + name.length();
            out.add(new int[]{at, from});
        }
        Matcher m = CAPITALISED_RUN.matcher(sentence);
        while (m.find()) {
            int start = m.start();
            Matcher w = TOKEN.matcher(m.group());
            while (w.find()) {
                String t = w.group().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
                if (ROLES.contains(t) || TITLES.contains(t)) start = m.start() + w.end();
            }
            String name = sentence.substring(start, m.end()).strip().replaceAll("['’]s?$", "");
            // a run ends before a weekday or a full stop: "Maurice Cheeks Saturday", "Jack Ramsay."
            name = name.replaceAll("(?:\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))+$", "")
                    .replaceAll("(?<=\\p{L}{2})\\.$", "");
            if (name.isEmpty() || SpeakerNames.TEMPORAL.contains(name.toLowerCase(Locale.ROOT))) continue;
            int at = sentence.indexOf(name, start);
            boolean covered = out.stream().anyMatch(s -> s[0] <= at && at < s[1]);
            if (!covered) out.add(new int[]{at, at + name.length()});
        }
        return out;
    }

    private static final Set<String> AUXILIARY = Set.of("to", "will", "would", "can", "could", "may", "might", "should",
            "must", "shall", "not", "did", "does", "do");

    /** Titles that open a name's run of capitals without being the role compared ("Senior Trooper", "Capt."). */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col",
            "capt", "sgt", "const", "constable", "trooper", "senior", "deputy", "officer", "detective", "sir", "lord",
            "lady", "prof", "professor", "assistant", "general", "vice", "prime", "interim", "acting", "head");

    /** "Qeshm governor Mehdi Irannejad", "assistant general manager Tony DiLeo", "the suspect, Anthony LaCalamita". */
    private static void roleBefore(String before, String name, List<Mention> out) {
        List<String> w = new ArrayList<>(List.of(before.strip().split("\\s+")));
        // an age between role and name: "the suspect, 27-year-old Anthony LaCalamita"
        if (w.size() > 1 && AGE.matcher(w.getLast()).matches()) w.removeLast();
        String noun = w.removeLast();
        boolean comma = noun.endsWith(",");
        if (comma) noun = noun.substring(0, noun.length() - 1);
        String role = noun.toLowerCase(Locale.ROOT);
        // "to host Oscars", "will coach": the noun is a verb here
        if (!w.isEmpty() && AUXILIARY.contains(w.getLast().toLowerCase(Locale.ROOT))) return;
        if (!ROLES.contains(role) || comma && (w.isEmpty() || !w.getLast().equalsIgnoreCase("the"))
                && !possessive(w.isEmpty() ? "" : w.getLast())) return;
        List<String> modifiers = new ArrayList<>();
        List<String> qualifiers = new ArrayList<>();
        while (!w.isEmpty()) {
            String t = w.removeLast();
            if (SHIFTED.contains(t.toLowerCase(Locale.ROOT))) return; // "Former President Bush"
            // words that make another role, written in capitals or not: "Deputy City Attorney", "Assistant general manager"
            boolean modifier = MODIFIERS.contains(t.toLowerCase(Locale.ROOT)) && qualifiers.isEmpty();
            if (possessive(t) || Character.isUpperCase(t.charAt(0)) && t.matches("[\\p{L}&.-]+") && !modifier) {
                // whose role it is: "Lohan's lawyer", "Beaumont Hospital spokeswoman"
                String q = fold(t);
                if (SpeakerNames.TEMPORAL.contains(q)) break;
                if (!q.isEmpty() && !IGNORED.contains(q) && !qualifiers.contains(q)) qualifiers.addFirst(q);
                continue;
            }
            if (!qualifiers.isEmpty() || !t.matches("\\p{L}[\\p{L}-]*") || BOUNDARY.matcher(t).matches() && !SHIFTED.contains(t.toLowerCase(Locale.ROOT))) break;
            modifiers.addFirst(t.toLowerCase(Locale.ROOT));
        }
        add(String.join(" ", modifiers) + " ", role, null, name, out, qualifiers);
    }

    private static boolean possessive(String t) {
        return t.matches(".*\\p{L}['’]s?") && !t.matches("(?i)it['’]s");
    }

    private static void add(String modifiers, String noun, String of, String name, List<Mention> out) {
        add(modifiers, noun, of, name, out, new ArrayList<>());
    }

    private static void add(String modifiers, String noun, String of, String name, List<Mention> out, List<String> qualifiers) {
        List<String> kept = new ArrayList<>();
        for (String m : modifiers == null ? new String[0] : modifiers.strip().split("\\s+")) {
            String t = m.toLowerCase(Locale.ROOT);
            if (t.isEmpty() || IGNORED.contains(t)) continue;
            if (SHIFTED.contains(t)) return; // someone who held or will hold the role is not its holder now
            if (BOUNDARY.matcher(t).matches() || Words.STOP.contains(t)) return; // not a role phrase ("who replaced coach")
            if (Character.isUpperCase(m.charAt(0)) || possessive(m)) qualifiers.add(fold(m));
            else kept.add(t);
        }
        if (of != null) for (String q : of.strip().split("\\s+")) qualifiers.add(fold(q));
        qualifiers.removeIf(q -> q.isEmpty() || IGNORED.contains(q));
        kept.add(noun.toLowerCase(Locale.ROOT));
        out.add(new Mention(String.join(" ", kept), qualifiers.stream().distinct().toList(), name));
    }

    /** A qualifier word as compared: lower case, no possessive or punctuation, stemmed ("Angels'" gives "angel"). */
    private static String fold(String word) {
        return Words.stem(word.toLowerCase(Locale.ROOT).replaceAll("['’]s?$", "").replaceAll("[^\\p{L}\\p{N}-]", ""));
    }
}
