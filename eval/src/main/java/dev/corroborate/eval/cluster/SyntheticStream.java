package dev.corroborate.eval.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corroborate.model.Article;
import dev.corroborate.render.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A long, dated stream of articles built from real text, for the clustering benchmark. Each synthetic story
 * is one real article (ECB+ or an extraction-benchmark gold body) retold several times: every retelling
 * keeps a random run of its sentences and adds a sentence or two of another article. Stories start at an
 * even pace over the stream and their reports arrive within 36 hours, so a realistic set of stories is open
 * at any time. Articles are made on demand, so the stream costs no memory.
 */
final class SyntheticStream implements Iterable<Article> {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final int REPORTS_PER_STORY = 10;

    private final List<String[]> bases;
    private final long[] events; // story << 20 | report, sorted by time
    private final long[] times;

    SyntheticStream(List<String[]> bases, int size, Duration span) {
        this.bases = bases;
        int stories = (size + REPORTS_PER_STORY - 1) / REPORTS_PER_STORY;
        long spanMs = span.toMillis();
        record Event(long time, long key) {
        }
        List<Event> all = new ArrayList<>(size);
        for (int s = 0; s < stories; s++) {
            long start = spanMs * s / stories;
            SplittableRandom r = new SplittableRandom(s);
            for (int k = 0; k < REPORTS_PER_STORY && all.size() < size; k++) {
                all.add(new Event(start + r.nextLong(Duration.ofHours(36).toMillis()), ((long) s << 20) | k));
            }
        }
        all.sort(Comparator.comparingLong(Event::time).thenComparingLong(Event::key));
        events = all.stream().mapToLong(Event::key).toArray();
        times = all.stream().mapToLong(Event::time).toArray();
    }

    /** Reads the real texts: ECB+ article texts and the extraction benchmark's gold bodies. */
    static List<String[]> realTexts(Path ecbplus, Path extractionGold) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(ecbplus, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) out.add(sentences(Json.mapper().readTree(line).path("text").asText("")));
        }
        JsonNode gold = Json.mapper().readTree(Files.readString(extractionGold, StandardCharsets.UTF_8));
        gold.properties().forEach(e -> out.add(sentences(e.getValue().path("articleBody").asText(""))));
        out.removeIf(s -> s.length < 3);
        return out;
    }

    private static String[] sentences(String text) {
        return Arrays.stream(text.split("(?<=[.!?])\\s+|\\n+")).map(String::strip).filter(s -> s.length() > 1)
                .toArray(String[]::new);
    }

    int size() {
        return events.length;
    }

    Article get(int i) {
        long key = events[i];
        int story = (int) (key >>> 20), report = (int) (key & 0xFFFFF);
        SplittableRandom r = new SplittableRandom(key * 31 + 7);
        String[] base = bases.get(new SplittableRandom(story).nextInt(bases.size()));
        int len = Math.max(2, (int) Math.round(base.length * (0.5 + 0.5 * r.nextDouble())));
        int from = r.nextInt(base.length - Math.min(len, base.length) + 1);
        List<String> body = new ArrayList<>(Arrays.asList(base).subList(from, Math.min(base.length, from + len)));
        int extra = 1 + r.nextInt(2);
        for (int e = 0; e < extra; e++) {
            String[] other = bases.get(r.nextInt(bases.size()));
            body.add(r.nextInt(body.size() + 1), other[r.nextInt(other.length)]);
        }
        String title = body.get(0);
        List<String> sentences = body.subList(1, body.size());
        return new Article("a" + story + "-" + report, "outlet" + r.nextInt(50), null, title,
                START.plusMillis(times[i]), null, "eng", String.join("\n\n", sentences), sentences, List.of());
    }

    @Override
    public Iterator<Article> iterator() {
        return new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < events.length;
            }

            @Override
            public Article next() {
                return get(i++);
            }
        };
    }
}
