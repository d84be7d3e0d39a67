package dev.corroborate.nlp;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names and numbers mentioned in a text: runs of proper nouns ("Vladimir Putin", "Black Sea") and numbers
 * ("30", "7.1"), found with OpenNLP's English tokenizer and UD part-of-speech tagger (Maven Central has no
 * English NER model, and proper-noun runs are a good stand-in for the names a story is about).
 *
 * <p>The models ship inside the opennlp-models-*-en jars and are loaded once; the taggers are not
 * thread-safe, so each thread gets its own pair.
 */
public final class Names {

    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** Sentences longer than this are cut: the tagger's cost grows with length and names sit early enough. */
    private static final int MAX_SENTENCE_TOKENS = 80;
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /**
     * Titles the tagger marks as proper nouns before a name ("President Vladimir Putin"): dropped, so that
     * the same person is written the same way in every report.
     */
    private static final Set<String> TITLES = Set.of("president", "vice", "prime", "minister", "mr", "mr.", "mrs",
            "mrs.", "ms", "ms.", "dr", "dr.", "sen.", "sen", "senator", "rep.", "gov.", "governor", "king", "queen",
            "prince", "princess", "pope", "judge", "justice", "gen.", "general", "secretary", "chancellor", "chief",
            "officer", "sir", "lord", "lady", "st.", "sgt.", "lt.", "col.", "capt.", "captain", "coach", "actor",
            "actress", "singer", "mayor", "ambassador", "spokesman", "spokeswoman", "director", "professor");

    private static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
    private static final POSModel POS = load(POS_MODEL, POSModel::new);

    private static final ThreadLocal<TokenizerME> TOKENIZER = ThreadLocal.withInitial(() -> new TokenizerME(TOKENS));
    private static final ThreadLocal<POSTaggerME> TAGGER =
            ThreadLocal.withInitial(() -> new POSTaggerME(POS, POSTagFormat.UD));

    private Names() {
    }

    /**
     * The names and numbers of {@code text} in order of mention, repeats kept (callers count or
     * de-duplicate as they need). Names keep their case and lose a leading title ("President Vladimir
     * Putin" gives "Vladimir Putin"); numbers lose thousands separators ("1,200" becomes "1200").
     */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        String[] tokens = TOKENIZER.get().tokenize(text);
        int start = 0;
        for (int i = 0; i <= tokens.length; i++) {
            boolean end = i == tokens.length || isSentenceEnd(tokens[i]) || i - start >= MAX_SENTENCE_TOKENS;
            if (!end) continue;
            int stop = Math.min(i + 1, tokens.length);
            if (stop > start) collect(Arrays.copyOfRange(tokens, start, stop), out);
            start = stop;
        }
        return out;
    }

    private static boolean isSentenceEnd(String token) {
        return token.equals(".") || token.equals("!") || token.equals("?");
    }

    private static void collect(String[] tokens, List<String> out) {
        String[] tags = TAGGER.get().tag(tokens);
        StringBuilder phrase = new StringBuilder();
        for (int i = 0; i <= tokens.length; i++) {
            boolean proper = i < tokens.length && tags[i].equals("PROPN") && LETTER.matcher(tokens[i]).find();
            if (proper && phrase.isEmpty() && TITLES.contains(tokens[i].toLowerCase(Locale.ROOT))) continue;
            if (proper) {
                if (!phrase.isEmpty()) phrase.append(' ');
                phrase.append(tokens[i]);
                continue;
            }
            if (!phrase.isEmpty()) {
                out.add(phrase.toString());
                phrase.setLength(0);
            }
            if (i < tokens.length && tags[i].equals("NUM") && DIGIT.matcher(tokens[i]).find()) {
                out.add(tokens[i].replace(",", "").toLowerCase(Locale.ROOT));
            }
        }
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, ModelReader<T> reader) {
        try (InputStream in = Names.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
