package dev.corroborate.cluster;

import dev.corroborate.model.Article;
import dev.corroborate.nlp.Embedder;
import dev.corroborate.nlp.Names;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Turns an article into {@link ArticleFeatures}: Lucene English analysis, OpenNLP names, MiniLM embedding. */
public final class FeatureExtractor implements Function<Article, ArticleFeatures> {

    /** Body text past this is ignored: long tails add cost, not evidence of which event it is. */
    private static final int MAX_BODY_CHARS = 12_000;
    /** Names are looked for in the title and the first part of the body, where reports name the event. */
    private static final int MAX_NAME_CHARS = 1_500;
    /** The embedding sees the title and lead: MiniLM reads 256 word pieces at most anyway. */
    private static final int MAX_LEAD_CHARS = 600;

    private final boolean embeddings;
    private final Analyzer analyzer = new EnglishAnalyzer();

    public FeatureExtractor(boolean embeddings) {
        this.embeddings = embeddings;
    }

    @Override
    public ArticleFeatures apply(Article a) {
        String title = a.title() == null ? "" : a.title().strip();
        String body = a.text() == null ? "" : a.text();
        if (body.length() > MAX_BODY_CHARS) body = body.substring(0, MAX_BODY_CHARS);

        Map<String, Integer> terms = new HashMap<>();
        analyse(title, 2, terms);
        analyse(body, 1, terms);

        Map<String, Integer> names = new HashMap<>();
        Map<String, String> display = new LinkedHashMap<>();
        String nameText = title + "\n" + body.substring(0, Math.min(body.length(), MAX_NAME_CHARS));
        for (String n : Names.of(nameText)) {
            String key = n.toLowerCase(Locale.ROOT);
            names.merge(key, 1, Integer::sum);
            display.putIfAbsent(key, n);
            // Reports write "Tara Reid" first and "Reid" after: the last word of a name also counts alone.
            int space = key.lastIndexOf(' ');
            if (space > 0) names.merge(key.substring(space + 1), 1, Integer::sum);
        }

        String headline = title.isEmpty() ? firstSentence(a) : title;
        float[] vector = embeddings ? Embedder.embed(lead(headline, a)) : null;
        return new ArticleFeatures(a.id(), terms, names, display, vector, headline, a.published());
    }

    private void analyse(String text, int weight, Map<String, Integer> into) {
        if (text.isEmpty()) return;
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) into.merge(term.toString(), weight, Integer::sum);
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysis of an in-memory string does not do I/O
        }
    }

    private static String firstSentence(Article a) {
        List<String> s = a.sentences();
        if (!s.isEmpty()) return s.get(0).strip();
        String text = a.text() == null ? "" : a.text().strip();
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }

    private static String lead(String headline, Article a) {
        StringBuilder b = new StringBuilder(headline);
        for (String s : a.sentences()) {
            if (b.length() >= MAX_LEAD_CHARS) break;
            if (s.strip().equals(headline)) continue;
            b.append(b.isEmpty() ? "" : "\n").append(s.strip());
        }
        if (b.length() < MAX_LEAD_CHARS && a.sentences().isEmpty() && a.text() != null) b.append('\n').append(a.text());
        return b.length() > MAX_LEAD_CHARS ? b.substring(0, MAX_LEAD_CHARS) : b.toString();
    }
}
