package dev.corroborate.compare;

import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.Dossier.Conflict;
import dev.corroborate.model.Dossier.Fact;
import dev.corroborate.model.Dossier.SourceSentence;
import dev.corroborate.nlp.Embedder;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the dossier of one story from its articles: facts with their independent sources, conflicts,
 * quotes, timeline and a cited summary. {@code origins} maps an article id to its origin group's
 * original, so copies of one wire story count once.
 */
public final class DossierBuilder {

    public Dossier build(List<Article> story, Map<String, String> origins, List<CopyRelation> duplicates) {
        List<Article> articles = ArticleSample.of(story, origins);
        List<StorySentence> sentences = sentences(articles);
        if (sentences.isEmpty()) return Dossier.empty();
        int[] factOf = FactGrouper.group(sentences);
        List<FactGroup> groups = groups(sentences, factOf, origins);

        List<Conflict> conflicts = new ArrayList<>(ConflictFinder.find(sentences, factOf, origins));
        List<QuoteExtractor.Found> found = new ArrayList<>();
        for (Article a : articles) {
            try {
                found.addAll(QuoteExtractor.extract(a.id(), a.sentences()));
            } catch (RuntimeException e) {
                // one odd article must not cost the story its dossier
                System.err.println("compare: quotes of article " + a.id() + " skipped: " + e);
            }
        }
        Map<String, LocalDate> published = new HashMap<>();
        for (Article a : articles) {
            LocalDate day = a.published() != null ? a.published().atZone(ZoneOffset.UTC).toLocalDate() : TimeExpressions.dateline(a.sentences());
            if (day != null) published.put(a.id(), day);
        }
        conflicts.addAll(DateConflicts.find(sentences, published, origins));
        conflicts.addAll(NameConflicts.find(sentences, factOf, origins));
        List<Summarizer.Candidate> candidates = groups.stream()
                .map(g -> new Summarizer.Candidate(g.representative, g.sources, g.independent, g.earliest)).toList();
        return new Dossier(groups.stream().map(FactGroup::fact).toList(), conflicts, QuoteMerger.merge(found),
                TimelineBuilder.build(sentences, factOf, published), Summarizer.summarize(candidates, conflicts));
    }

    private static List<StorySentence> sentences(List<Article> articles) {
        List<String> texts = new ArrayList<>();
        List<String[]> where = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Article a : articles) {
            if (!seen.add(a.id())) continue;
            for (int i = 0; i < a.sentences().size(); i++) {
                String t = a.sentences().get(i).strip();
                if (t.isEmpty()) continue;
                texts.add(t);
                where.add(new String[]{a.id(), Integer.toString(i)});
            }
        }
        // the model is the cost: embed each distinct sentence once (copies repeat them), and skip those too
        // short to state a fact, which get a zero vector (similar to nothing)
        List<List<String>> content = texts.stream().map(Words::content).toList();
        Map<String, Integer> distinct = new LinkedHashMap<>();
        for (int k = 0; k < texts.size(); k++) if (content.get(k).size() >= 3) distinct.putIfAbsent(texts.get(k), distinct.size());
        List<float[]> vectors = Embedder.embedAll(List.copyOf(distinct.keySet()));
        float[] none = vectors.isEmpty() ? new float[0] : new float[vectors.getFirst().length];
        List<StorySentence> out = new ArrayList<>(texts.size());
        for (int k = 0; k < texts.size(); k++) {
            String t = texts.get(k);
            Integer v = distinct.get(t);
            out.add(new StorySentence(where.get(k)[0], Integer.parseInt(where.get(k)[1]), t, v == null ? none : vectors.get(v),
                    content.get(k), quantities(where.get(k)[0], t)));
        }
        return out;
    }

    private static List<Quantity> quantities(String article, String sentence) {
        try {
            return QuantityParser.parse(sentence);
        } catch (RuntimeException e) {
            System.err.println("compare: values of a sentence of article " + article + " skipped: " + e);
            return List.of();
        }
    }

    /** One fact while it is being built. */
    private record FactGroup(StorySentence representative, List<StorySentence> members, List<String> sources,
                             int independent, int earliest) {
        Fact fact() {
            return new Fact(representative.text(),
                    members.stream().map(s -> new SourceSentence(s.article(), s.text())).toList(), sources, independent);
        }
    }

    private static List<FactGroup> groups(List<StorySentence> sentences, int[] factOf, Map<String, String> origins) {
        Map<Integer, List<StorySentence>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            // a sentence too short to state anything ("Comments are closed.") is no fact
            if (sentences.get(i).content().size() < 3) continue;
            byGroup.computeIfAbsent(factOf[i], k -> new ArrayList<>()).add(sentences.get(i));
        }
        List<FactGroup> out = new ArrayList<>();
        for (List<StorySentence> m : byGroup.values()) {
            List<String> sources = new ArrayList<>();
            Set<String> origin = new HashSet<>();
            int earliest = Integer.MAX_VALUE;
            for (StorySentence s : m) {
                if (!sources.contains(s.article())) sources.add(s.article());
                origin.add(origins.getOrDefault(s.article(), s.article()));
                earliest = Math.min(earliest, s.index());
            }
            out.add(new FactGroup(representative(m, origins), m, sources, origin.size(), earliest));
        }
        out.sort(Comparator.comparingInt((FactGroup g) -> -g.independent).thenComparingInt(g -> -g.sources.size())
                .thenComparingInt(g -> g.earliest));
        return out;
    }

    /** The member closest in meaning to all the others, preferring an original over a copy. */
    private static StorySentence representative(List<StorySentence> m, Map<String, String> origins) {
        StorySentence best = m.getFirst();
        double bestScore = -1;
        for (StorySentence s : m) {
            double sum = 0;
            for (StorySentence o : m) if (o != s) sum += s.cosine(o);
            boolean copy = !origins.getOrDefault(s.article(), s.article()).equals(s.article());
            double score = sum / Math.max(1, m.size() - 1) - (copy ? 0.05 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }
}
