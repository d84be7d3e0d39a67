package dev.corroborate.eval.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.model.RawArticle;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Any number of distinct articles made from real news text: the ECB+ dev articles and the gold bodies of the
 * extraction benchmark. Article i takes body i mod n, keeps a random run of its paragraphs, may splice in a
 * paragraph of another body, and gets an outlet, a dateline and a time, so that every article has its own
 * text (the store would fold exact repeats) while its words stay real.
 */
final class BenchCorpus {

    private static final String[] OUTLETS = {"Harbour Times", "Coast Daily", "Island Post", "Valley Courier",
            "Metro Herald", "Northern Star", "The Ledger", "Evening Mail", "River Gazette", "Capital Wire",
            "Plains Tribune", "Lakeside Journal", "Summit Observer", "Bay Chronicle", "Delta News"};

    private final List<List<String>> bodies;

    private BenchCorpus(List<List<String>> bodies) {
        this.bodies = bodies;
    }

    static BenchCorpus load(Path dataDir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<List<String>> bodies = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(dataDir.resolve("ecbplus-dev/articles.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) add(bodies, json.readTree(line).path("text").asText(""));
            }
        }
        JsonNode gold = json.readTree(dataDir.resolve("article-extraction-benchmark/ground-truth.json").toFile());
        for (Iterator<JsonNode> it = gold.elements(); it.hasNext(); ) add(bodies, it.next().path("articleBody").asText(""));
        return new BenchCorpus(bodies);
    }

    private static void add(List<List<String>> bodies, String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n")) if (!p.isBlank()) paragraphs.add(p.strip());
        if (paragraphs.size() >= 2) bodies.add(paragraphs);
    }

    int bodies() {
        return bodies.size();
    }

    RawArticle article(int i) {
        SplittableRandom rnd = new SplittableRandom(0x5eedL * 31 + i);
        List<String> body = bodies.get(i % bodies.size());
        int from = rnd.nextInt(Math.max(1, body.size() - 1));
        int to = Math.min(body.size(), from + 2 + rnd.nextInt(Math.max(1, body.size())));
        List<String> paragraphs = new ArrayList<>(body.subList(from, to));
        if (rnd.nextInt(3) == 0) {
            List<String> other = bodies.get(rnd.nextInt(bodies.size()));
            paragraphs.add(rnd.nextInt(paragraphs.size() + 1), other.get(rnd.nextInt(other.size())));
        }
        String outlet = OUTLETS[rnd.nextInt(OUTLETS.length)];
        Instant published = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * i + rnd.nextInt(60));
        String dateline = outlet.toUpperCase() + ", " + published.toString().substring(0, 10) + " (report " + i + ") -";
        String title = paragraphs.get(0).length() > 90 ? paragraphs.get(0).substring(0, 90) : paragraphs.get(0);
        String text = dateline + " " + String.join("\n\n", paragraphs);
        return new RawArticle("bench-" + i, "bench", i, outlet, "https://bench.example/" + i, title, published, null,
                text, null);
    }
}
