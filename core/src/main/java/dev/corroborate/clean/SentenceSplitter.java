package dev.corroborate.clean;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English sentence splitting for news: OpenNLP's UD English sentence model, then repairs of the splits it
 * gets wrong around news abbreviations ("Mr. Putin", "H.R. McMaster", "U.S. President", "10 a.m. EDT",
 * "Feb. 28", "No. 10", "Washington D.C. from"). Paragraphs (blank-line separated) never share a sentence.
 *
 * <p>Thread-safe: the model is shared (OpenNLP models are immutable) and each thread gets its own
 * detector, which is not.
 */
public final class SentenceSplitter {

    private static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /** Titles before a name: the sentence goes on after them. */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep",
            "reps", "sens", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "cpl", "pvt", "rev", "hon", "st",
            "mt", "ft", "det", "insp", "supt", "pres", "atty", "messrs", "gens", "brig");
    /** Abbreviations followed by a number: "No. 10", "Art. 5", "Vol. 2", "pp. 4". */
    private static final Set<String> BEFORE_NUMBER = Set.of("no", "nos", "art", "fig", "vol", "pp", "p", "sec",
            "ch", "para", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "approx", "ca");
    /** Abbreviations that never end a sentence in news prose. */
    private static final Set<String> NEVER_LAST = Set.of("vs", "v", "e.g", "i.e", "cf", "approx", "est");
    /** Words that typically open a new sentence; after "U.S." or "D.C." they mean the split was right. */
    private static final Set<String> STARTERS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i",
            "you", "but", "and", "or", "in", "on", "at", "this", "that", "these", "those", "there", "his", "her",
            "their", "its", "our", "my", "when", "while", "after", "before", "as", "if", "however", "meanwhile",
            "earlier", "later", "now", "so", "still", "yet", "also", "some", "many", "most", "what", "why", "how",
            "who", "where", "both", "each", "for", "with", "by", "from", "since", "although", "though",
            "according", "last", "next", "one", "no", "not", "then", "thus", "instead", "despite", "during",
            "asked", "officials", "such", "all", "other", "more", "to", "under", "among", "until", "over");

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){1,4}");
    private static final Pattern CLOCK = Pattern.compile("(?i)[ap]\\.m\\.");
    private static final Pattern PARAGRAPHS = Pattern.compile("\\n\\s*\\n");
    private static final Pattern TIME_ZONE = Pattern.compile("\\p{Lu}{2,5}\\b.*");

    /** "... the U.S. The talks", "at 4 p.m. The leaders": a split the model missed, at group 1. */
    private static final Pattern MISSED = Pattern.compile("(?:\\s(?:\\p{Lu}\\.){2,4}|\\s[ap]\\.m\\.)(\\s+)(?=(?:"
            + String.join("|", STARTERS.stream().filter(w -> w.length() > 1).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).sorted().toList())
            + ")\\s)");

    private static final class Model {
        static final SentenceModel INSTANCE = load();

        private static SentenceModel load() {
            try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) throw new IllegalStateException("OpenNLP sentence model not on the classpath: " + MODEL_RESOURCE);
                return new SentenceModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // Static: a detector holds per-call state, so one per thread, shared by all instances.
    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(Model.INSTANCE));

    /** The sentences of a text, in order, stripped; blank lines separate paragraphs. */
    public List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        for (String para : PARAGRAPHS.split(text)) {
            String p = para.strip().replaceAll("\\s*\\n\\s*", " ");
            if (p.isEmpty()) continue;
            Span[] spans = DETECTOR.get().sentPosDetect(p);
            int start = -1;
            int end = -1;
            for (Span span : spans) {
                String sentence = p.substring(span.getStart(), span.getEnd()).strip();
                if (sentence.isEmpty()) continue;
                if (start >= 0 && continues(p.substring(start, end).strip(), sentence)) {
                    end = span.getEnd();
                    continue;
                }
                if (start >= 0) addMissedSplits(p.substring(start, end).strip(), out);
                start = span.getStart();
                end = span.getEnd();
            }
            if (start >= 0) addMissedSplits(p.substring(start, end).strip(), out);
        }
        return out;
    }

    /** Adds the sentence, split where the model joined "... the U.S. The talks ..." or "at 4 p.m. The ...". */
    private static void addMissedSplits(String sentence, List<String> out) {
        if (!mayHideSplit(sentence)) {
            out.add(sentence);
            return;
        }
        java.util.regex.Matcher m = MISSED.matcher(sentence);
        int from = 0;
        while (m.find()) {
            out.add(sentence.substring(from, m.start(1)).strip());
            from = m.end(1);
        }
        out.add(sentence.substring(from).strip());
    }

    /** A cheap test before the regex: is there a ". " after a capital letter or "m" (U.S., p.m.)? */
    private static boolean mayHideSplit(String s) {
        for (int i = s.indexOf(". "); i > 0; i = s.indexOf(". ", i + 2)) {
            char c = s.charAt(i - 1);
            if (c == 'm' || Character.isUpperCase(c)) return true;
        }
        return false;
    }

    /** Whether the model's split between {@code left} and {@code right} is wrong. */
    static boolean continues(String left, String right) {
        if (!left.endsWith(".")) return false;
        int sp = left.lastIndexOf(' ');
        String token = left.substring(sp + 1, left.length() - 1).replaceFirst("^[(\\[\"“‘']+", "");
        String lower = token.toLowerCase(Locale.ROOT);
        char first = right.charAt(0);
        String firstWord = right.split("[\\s,;:]+", 2)[0].replaceAll("[^\\p{L}\\p{N}.'-]", "");
        if (Character.isLowerCase(first)) return true; // a new sentence does not open in lower case
        if (TITLES.contains(lower)) return true;
        if (NEVER_LAST.contains(lower)) return true;
        if (BEFORE_NUMBER.contains(lower) && Character.isDigit(first)) return true;
        if (CLOCK.matcher(token + ".").matches()) {
            // "10 a.m. EDT", "7:30 p.m. Tuesday"; a real sentence after the time starts otherwise.
            return Character.isDigit(first) || TIME_ZONE.matcher(right).matches() && firstWord.length() <= 5
                    && firstWord.equals(firstWord.toUpperCase(Locale.ROOT)) || isDayOrMonth(firstWord);
        }
        if (INITIALS.matcher(token + ".").matches()) {
            // "H.R. McMaster", "U.S. President", "D.C. Mayor": go on unless a usual sentence opener follows.
            return Character.isDigit(first) || Character.isUpperCase(first)
                    && !STARTERS.contains(firstWord.toLowerCase(Locale.ROOT));
        }
        return false;
    }

    private static boolean isDayOrMonth(String w) {
        return w.matches("(?i)(mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july"
                + "|august|september|october|november|december|tonight|today|tomorrow|yesterday");
    }
}
