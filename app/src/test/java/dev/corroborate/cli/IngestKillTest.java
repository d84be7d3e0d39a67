package dev.corroborate.cli;

import dev.corroborate.store.Store;
import dev.corroborate.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Durability with a real process: {@code corroborate ingest} runs in a child JVM and is killed (SIGKILL) right
 * after it acknowledged some batches, while it works on the next one. The store must open and hold every
 * acknowledged article, intact.
 */
class IngestKillTest {

    private static final int ARTICLES = 300;
    private static final Pattern ACK = Pattern.compile("^stored \\d+ \\(skipped \\d+, total (\\d+),");

    @TempDir
    Path tmp;

    @Test
    void aKilledIngestKeepsEveryAcknowledgedArticle() throws Exception {
        Path inputs = Files.createDirectories(tmp.resolve("in"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(inputs.resolve(String.format("n%05d.txt", i)), text(i));
        }
        Path store = tmp.resolve("store");
        long acked = 0;
        for (int round = 0; round < 2; round++) {
            long before = acked;
            acked = ingestAndKill(store, inputs, 2 + round * 3);
            assertTrue(acked > before, "each round acknowledges more: " + before + " -> " + acked);
            try (Store s = Store.open(store)) {   // opens for writing: the dead writer's lock is gone
                long count = s.articleCount();
                assertTrue(count >= acked, "acknowledged " + acked + " but the store holds " + count);
                assertTrue(count < ARTICLES, "killed before the end");
                int found = 0;
                for (int i = 0; i < ARTICLES; i++) {
                    var a = s.article(String.format("n%05d", i));
                    if (a.isPresent()) {
                        found++;
                        StoredArticle sa = a.get();
                        assertEquals(text(i).strip(), sa.article().text(), "stored intact");
                    }
                }
                assertEquals(count, found, "every stored article is readable");
            }
        }
        // And the store takes new writes after the kill.
        try (Store s = Store.open(store)) {
            long before = s.articleCount();
            s.ingestRaw(List.of(new dev.corroborate.model.RawArticle("after-kill", "test", 0, null, null, null, null, null,
                    "A report written after the crash, about a lighthouse.", null)));
            assertEquals(before + 1, s.articleCount());
        }
    }

    private static String text(int i) {
        return "Report " + i + " from the harbour district.\n\nWitnesses counted " + (i * 7 % 1000)
                + " boats leaving before noon on day " + i + ".\n";
    }

    /** Runs the ingest until it has acknowledged {@code acks} batches, kills it, returns the acknowledged total. */
    private long ingestAndKill(Path store, Path inputs, int acks) throws IOException, InterruptedException {
        Process p = child(store, inputs, 10).redirectError(tmp.resolve("child.err").toFile()).start();
        long total = 0;
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = ACK.matcher(line);
                if (m.find()) {
                    total = Long.parseLong(m.group(1));
                    if (++seen == acks) break;
                }
            }
            p.destroyForcibly();   // SIGKILL, while the next batch is being written
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(acks, seen, "the child acknowledged batches before it was killed; its stderr: "
                + Files.readString(tmp.resolve("child.err")));
        return total;
    }

    private static ProcessBuilder child(Path store, Path inputs, int batch) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "ingest", "--store", store.toString(), "--batch", Integer.toString(batch), inputs.toString()));
        return new ProcessBuilder(cmd);
    }
}
