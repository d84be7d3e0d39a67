package dev.corroborate.eval.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.clean.SentenceSplitter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The real news texts committed in eval/data, and Reuters-21578 when fetched (see dedup-gold/README.md). */
public final class RealArticles {

    /** One real article body; {@code story} is the ECB+ gold story, or null. */
    public record Text(String id, String story, String text) {
    }

    private RealArticles() {
    }

    public static List<Text> ecbPlus(Path data) {
        List<Text> out = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(data.resolve("ecbplus-dev/articles.jsonl"), StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode n = m.readTree(line);
                out.add(new Text(n.get("id").asText(), n.get("story").asText(), n.get("text").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The sentences of the ECB+ articles, as the cleaning stage splits them, in article order. */
    public static List<String> ecbPlusSentences(Path data) {
        SentenceSplitter splitter = new SentenceSplitter();
        List<String> out = new ArrayList<>();
        for (Text t : ecbPlus(data)) out.addAll(splitter.split(t.text()));
        return out;
    }

    /** Gold article bodies of the extraction benchmark. */
    static List<Text> extractionBodies(Path data) {
        List<Text> out = new ArrayList<>();
        try {
            JsonNode root = new ObjectMapper().readTree(data.resolve("article-extraction-benchmark/ground-truth.json").toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new Text("aeb-" + e.getKey().substring(0, 12), null, e.getValue().get("articleBody").asText()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The extraction-benchmark gold bodies, run together and cut into clean articles of 600 words. */
    static List<dev.corroborate.model.Article> sixHundredWordArticles(Path data) {
        List<String> words = new ArrayList<>();
        List<dev.corroborate.model.Article> out = new ArrayList<>();
        for (Text t : extractionBodies(data)) {
            for (String w : t.text().split(" ")) {
                words.add(w);
                if (words.size() == 600) {
                    String text = String.join(" ", words);
                    out.add(new dev.corroborate.model.Article("a" + out.size(), null, null, null, null, null, "eng",
                            text, List.of(text.split("\\n\\s*\\n")), List.of()));
                    words.clear();
                }
            }
        }
        return out;
    }

    /**
     * Reuters-21578 bodies from the npm package's full.str (one JSON object a line); empty when the file is
     * absent. Not committed: research-use licence.
     */
    static List<Text> reuters(Path fullStr) {
        List<Text> out = new ArrayList<>();
        if (fullStr == null || !Files.isRegularFile(fullStr)) return out;
        ObjectMapper m = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(fullStr, StandardCharsets.UTF_8)) {
            int i = 0;
            for (String line; (line = r.readLine()) != null; i++) {
                if (line.isBlank()) continue;
                JsonNode n = m.readTree(line);
                JsonNode body = n.get("body");
                if (body == null || body.asText().split("\\s+").length < 40) continue;
                // Reuters bodies are hard-wrapped: rejoin lines, keep the indented paragraph starts.
                String text = body.asText().replaceAll("\\n\\s{2,}", "\n\n").replaceAll("(?<!\\n)\\n(?!\\n)", " ");
                out.add(new Text("reuters-" + i, null, text));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
