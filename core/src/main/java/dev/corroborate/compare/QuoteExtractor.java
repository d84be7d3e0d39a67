package dev.corroborate.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the direct quotations of one article (curly or straight quotes, also across sentence breaks)
 * and attributes each by rules over its sentence and the ones before it: a verb of saying after the
 * quote ("…," Zelensky added) or before it (Trump insisted on Truth Social that "…"), "according to",
 * "quoted X as saying", a speaker named in the previous sentence, a continuing quote, and "he said"
 * resolved to the most recent speaker or the previous sentence's subject.
 */
final class QuoteExtractor {

    /** A quotation as one article gives it; {@code sentence} is where it starts. */
    record Found(String article, String text, String speaker, int sentence) {
    }

    static final int MIN_WORDS = 3;
    private static final String SPEECH = "said|says|say|told|tells|added|adds|posted|wrote|writes|stated|states|insisted"
            + "|insists|claimed|claims|noted|stressed|highlighted|warned|announced|declared|tweeted|explained|continued"
            + "|urged|asked|replied|responded|commented|remarked|confirmed|described|suggested|recalled|argued"
            + "|acknowledged|admitted|predicted|promised|vowed|pledged|reiterated|emphasised|emphasized|testified"
            + "|saying|conceded|quipped|joked|cautioned|observed|mocked|reported";
    private static final Pattern SAY_AFTER = Pattern.compile("^[\\s,.!?…—–-]*(?:(" + SPEECH + ")\\b(.*)|(.*?)\\b(?:also |then |later |further |had |has |was quoted as |were quoted as |is quoted as )?(" + SPEECH + ")\\b)");
    private static final Pattern QUOTED_AS = Pattern.compile("\\bquot(?:ed|ing|es)\\s+(.+?)\\s+as\\s+(?:saying|stated|said|telling)");
    private static final Pattern ACCORDING = Pattern.compile("\\baccording to\\s+(.+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAY_BEFORE = Pattern.compile("\\b(?:has |had |have |also |then |later |further |again |reportedly |previously |once |earlier |repeatedly )*(?:" + SPEECH + ")\\b");

    private QuoteExtractor() {
    }

    static List<Found> extract(String article, List<String> sentences) {
        StringBuilder text = new StringBuilder();
        int[] startOf = new int[sentences.size() + 1];
        for (int i = 0; i < sentences.size(); i++) {
            startOf[i] = text.length();
            text.append(sentences.get(i)).append(' ');
        }
        startOf[sentences.size()] = text.length();
        String all = text.toString();
        List<int[]> spans = spans(all);
        List<Found> out = new ArrayList<>();
        String lastSpeaker = null;
        int lastSpeakerSentence = -10;
        int nextSentence = 0;
        for (int[] sp : spans) {
            int si = sentenceAt(startOf, sp[0]), ei = sentenceAt(startOf, sp[1]);
            // speakers named in sentences without quotes ("Dan Scavino said on X.") count for "he said"
            for (; nextSentence < si; nextSentence++) {
                String said = saidIn(sentences.get(nextSentence));
                if (said != null && !SpeakerNames.isPronoun(said)) { lastSpeaker = said; lastSpeakerSentence = nextSentence; }
            }
            String quote = all.substring(sp[0] + 1, sp[1]).strip();
            String pre = blankQuotes(all.substring(startOf[si], sp[0]), spans, startOf[si]);
            String post = blankQuotes(all.substring(sp[1] + 1, startOf[ei + 1]), spans, sp[1] + 1);
            String speaker = attribute(pre, post);
            if (speaker == null && si > 0) {
                // an unattributed quote continues the last speaker, or one named just before
                String prev = sentences.get(si - 1);
                if (lastSpeakerSentence >= si - 1) speaker = lastSpeaker;
                else if ((speaker = saidIn(prev)) == null) {
                    String subject = subjectOf(prev);
                    if (subject != null && personLike(subject) && !spans(prev).iterator().hasNext()) speaker = subject;
                    else if (lastSpeakerSentence >= si - 3) speaker = lastSpeaker;
                }
            }
            if (speaker != null && SpeakerNames.isPronoun(speaker)) {
                speaker = lastSpeakerSentence >= si - 2 && lastSpeaker != null ? lastSpeaker
                        : si > 0 ? subjectOf(sentences.get(si - 1)) : null;
                if (speaker == null) speaker = lastSpeaker;
            }
            if (words(quote) >= MIN_WORDS) out.add(new Found(article, quote, speaker == null ? "" : speaker, si));
            if (speaker != null && !speaker.isEmpty()) {
                lastSpeaker = speaker;
                lastSpeakerSentence = ei;
            }
            nextSentence = Math.max(nextSentence, ei + 1);
        }
        return out;
    }

    private static String attribute(String pre, String post) {
        Matcher m = QUOTED_AS.matcher(post);
        if (m.find()) return nonEmpty(SpeakerNames.after(m.group(1)));
        m = SAY_AFTER.matcher(post);
        if (m.find()) {
            String np = m.group(1) != null ? SpeakerNames.after(m.group(2)) : SpeakerNames.before(m.group(3));
            // "…," he added / "…," said the White House; not "…" that the minister said later in a long clause
            if (!np.isEmpty() && (m.group(1) != null || m.group(3).split("\\s+").length <= 10)) return np;
        }
        m = QUOTED_AS.matcher(pre);
        if (m.find()) return nonEmpty(SpeakerNames.after(m.group(1)));
        String said = saidIn(pre);
        if (said != null) return said;
        m = ACCORDING.matcher(post);
        if (m.find()) return nonEmpty(SpeakerNames.after(m.group(1)));
        m = ACCORDING.matcher(pre);
        if (m.find()) return nonEmpty(SpeakerNames.after(m.group(1)));
        // "He also mocked the G7 as '…'": a pronoun subject is still the speaker
        String first = pre.strip().split("\\s+")[0];
        if (SpeakerNames.isPronoun(first) && !first.equalsIgnoreCase("it") && !first.equalsIgnoreCase("i")) return first;
        return null;
    }

    /** The subject of the last verb of saying in a stretch of text, or null. */
    static String saidIn(String text) {
        Matcher m = SAY_BEFORE.matcher(text);
        String found = null;
        while (m.find()) {
            String np = SpeakerNames.before(text.substring(0, m.start()));
            if (!np.isEmpty()) found = np;
            else if (found == null) {
                Matcher acc = ACCORDING.matcher(text);
                if (acc.find()) found = nonEmpty(SpeakerNames.after(acc.group(1)));
            }
        }
        if (found == null) {
            Matcher acc = ACCORDING.matcher(text);
            if (acc.find()) found = nonEmpty(SpeakerNames.after(acc.group(1)));
        }
        return found;
    }

    /** The first proper name of a sentence that is not a date or the object of a preposition. */
    static String subjectOf(String sentence) {
        String[] w = sentence.split("\\s+");
        for (int i = 0; i < w.length; i++) {
            String prev = i > 0 ? w[i - 1].toLowerCase(Locale.ROOT) : "";
            if (java.util.Set.of("with", "to", "from", "in", "on", "at", "by", "of", "for", "about").contains(prev)) continue;
            if (!w[i].isEmpty() && Character.isUpperCase(w[i].charAt(0))
                    && !SpeakerNames.TEMPORAL.contains(w[i].toLowerCase(Locale.ROOT).replaceAll("\\W", ""))) {
                String np = SpeakerNames.after(String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length)));
                if (!np.isEmpty()) return np;
            }
        }
        return null;
    }

    // "T.J. Simons", "Dan Scavino": two capitalised words; "Iran" alone may be a place
    private static boolean personLike(String np) {
        int caps = 0;
        for (String w : np.split("\\s+")) if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) caps++;
        return caps >= 2;
    }

    private static String nonEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.trim().split("\\s+").length;
    }

    private static int sentenceAt(int[] startOf, int offset) {
        int i = 0;
        while (i + 1 < startOf.length - 1 && startOf[i + 1] <= offset) i++;
        return i;
    }

    // other quotations inside the attribution context must not supply verbs or names
    private static String blankQuotes(String s, List<int[]> spans, int base) {
        StringBuilder b = new StringBuilder(s);
        for (int[] sp : spans) {
            for (int k = Math.max(sp[0], base); k <= Math.min(sp[1], base + s.length() - 1); k++) b.setCharAt(k - base, ' ');
        }
        return b.toString();
    }

    private static int lastNonSpace(String t, int k) {
        int j = k - 1;
        while (j > 0 && Character.isWhitespace(t.charAt(j))) j--;
        return j;
    }

    /** Quotation spans as {open index, close index}. */
    static List<int[]> spans(String t) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            boolean opens = c == '“' || c == '"' && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))
                    || c == '‘' && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)));
            if (!opens) { i++; continue; }
            int close = -1;
            for (int k = i + 1; k < Math.min(t.length(), i + 1200); k++) {
                char d = t.charAt(k);
                // a quotation running over paragraphs is not closed before the next one opens: end it there
                boolean reopens = (d == '“' || d == '"' && Character.isWhitespace(t.charAt(k - 1)) && k + 1 < t.length()
                        && Character.isLetter(t.charAt(k + 1))) && c != '‘' && k > i + 1 && ".!?…".indexOf(t.charAt(lastNonSpace(t, k))) >= 0;
                if (reopens) { close = k - 1; break; }
                boolean closes = c == '‘' ? d == '’' && (k + 1 == t.length() || !Character.isLetter(t.charAt(k + 1)))
                        : d == '”' || d == '"';
                if (closes) { close = k; break; }
                if (c != '‘' && d == '“') break;
            }
            if (close < 0) { i++; continue; }
            out.add(new int[]{i, close});
            i = close + 1;
        }
        return out;
    }
}
