package dev.corroborate.eval.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corroborate.clean.Cleaner;
import dev.corroborate.cluster.ArticleFeatures;
import dev.corroborate.cluster.ClusterConfig;
import dev.corroborate.cluster.FeatureExtractor;
import dev.corroborate.cluster.StoryClusterer;
import dev.corroborate.model.Article;
import dev.corroborate.model.RawArticle;
import dev.corroborate.render.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * ECB+-style labelled articles (JSONL: id, story, text, url), cleaned and with their clustering features
 * computed once, so that many clustering runs (threshold sweeps, tuning) cost only the clustering itself.
 */
final class LabelledCorpus {

    /** One article with its gold story and its topic (the number before the dash of the story label). */
    record Labelled(Article article, String story, int topic) {
    }

    private final List<Labelled> articles;
    private final Map<String, ArticleFeatures> features = new HashMap<>();

    private LabelledCorpus(List<Labelled> articles) {
        this.articles = List.copyOf(articles);
    }

    /** Reads and cleans the file; computes features (with embeddings) for every article. */
    static LabelledCorpus load(Path file) throws IOException {
        List<Labelled> out = new ArrayList<>();
        Cleaner cleaner = new Cleaner();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) continue;
                JsonNode j;
                try {
                    j = Json.mapper().readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IOException(file + ":" + n + ": not JSON: " + e.getOriginalMessage());
                }
                String id = j.path("id").asText(""), story = j.path("story").asText(""), text = j.path("text").asText("");
                if (id.isEmpty() || story.isEmpty()) throw new IOException(file + ":" + n + ": needs id and story");
                int topic;
                try {
                    topic = Integer.parseInt(story.substring(0, story.indexOf('-') < 0 ? story.length() : story.indexOf('-')));
                } catch (NumberFormatException e) {
                    throw new IOException(file + ":" + n + ": story label '" + story + "' does not start with a topic number");
                }
                String url = j.hasNonNull("url") ? j.get("url").asText() : null;
                Article a = cleaner.clean(new RawArticle(id, file.toString(), n, null, url, null, null, null, text, null));
                out.add(new Labelled(a, story, topic));
            }
        }
        LabelledCorpus c = new LabelledCorpus(out);
        FeatureExtractor fx = new FeatureExtractor(true);
        for (Labelled l : c.articles) c.features.put(l.article().id(), fx.apply(l.article()));
        return c;
    }

    List<Labelled> select(IntPredicate topic) {
        return articles.stream().filter(l -> topic.test(l.topic())).toList();
    }

    ArticleFeatures features(Article a) {
        return features.get(a.id());
    }

    /**
     * Clusters the articles in file order with the real clusterer; returns each article's final story id
     * (after any merge of the second pass).
     */
    List<String> cluster(List<Labelled> part, ClusterConfig config) {
        StoryClusterer c = new StoryClusterer(config, this::features);
        part.forEach(l -> c.add(l.article(), null));
        Map<String, String> storyOf = new HashMap<>();
        c.stories().forEach(s -> s.articles().forEach(a -> storyOf.put(a, s.id())));
        return part.stream().map(l -> storyOf.get(l.article().id())).toList();
    }

    /** Clusters with the plain TF-IDF baseline. */
    List<String> baseline(List<Labelled> part, double threshold) {
        PlainTfIdfClusterer c = new PlainTfIdfClusterer(threshold);
        return part.stream().map(l -> "b" + c.add(features(l.article()))).toList();
    }

    static List<String> gold(List<Labelled> part) {
        return part.stream().map(Labelled::story).toList();
    }
}
