package dev.corroborate.eval.dedup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A JSONL corpus for whole-run benchmarks: every real article once (Reuters-21578 when fetched, ECB+ dev,
 * extraction-benchmark bodies; at most 70% of the corpus), then edited copies of them ({@link CopyEdits}) up to the size asked,
 * each copy published a little after its original; lines in publication order.
 */
final class BenchCorpus {

    record Stats(int articles, int originals, int copies) {
    }

    private BenchCorpus() {
    }

    static Stats write(Path out, int size, List<RealArticles.Text> bases, long seed) throws IOException {
        Random rnd = new Random(seed);
        List<RealArticles.Text> shuffled = new ArrayList<>(bases);
        Collections.shuffle(shuffled, rnd);
        record Item(long minute, String id, String text) {
        }
        List<Item> items = new ArrayList<>(size);
        // At most 70% originals, so that every size has copies to find.
        int originals = Math.min((int) Math.ceil(size * 0.7), shuffled.size());
        for (int i = 0; i < originals; i++) {
            items.add(new Item(10L * i, shuffled.get(i).id(), shuffled.get(i).text()));
        }
        int copies = 0;
        for (int i = originals; i < size; i++, copies++) {
            int b = rnd.nextInt(originals);
            // Copies follow their original within about a day of the stream.
            items.add(new Item(10L * b + 1 + rnd.nextInt(1440), shuffled.get(b).id() + "~" + i,
                    CopyEdits.copy(shuffled.get(b).text(), rnd).text()));
        }
        items.sort(Comparator.comparingLong(Item::minute));
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        JsonFactory f = new JsonFactory();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Item it : items) {
                try (JsonGenerator g = f.createGenerator(w)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.writeStartObject();
                    g.writeStringField("id", it.id());
                    g.writeStringField("published", t0.plusSeconds(60 * it.minute()).toString());
                    g.writeStringField("text", it.text());
                    g.writeEndObject();
                }
                w.write('\n');
            }
        }
        return new Stats(items.size(), originals, copies);
    }
}
