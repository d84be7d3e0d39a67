package dev.corroborate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corroborate.render.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code corroborate analyze} end to end through {@link Main#run}: output and exit status. */
class AnalyzeCommandTest {

    private static final String EXAMPLES = "../examples/ceasefire-call";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @TempDir
    Path tmp;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void readableReportWithExplanations() {
        assertEquals(0, Main.run("analyze", "--explain", EXAMPLES));
        String report = stdout();
        assertTrue(report.contains("5 articles"), report);
        assertTrue(report.contains("- byline: Anjali Sharma"), report);
        assertTrue(report.contains("- date: 2025-03-19T00:00:00Z"), report);
        assertTrue(report.contains("[comments widget] Comments are closed."), report);
        assertTrue(report.contains("[related-article link] Related article: Takeaways from Trump-Putin Call"), report);
        assertTrue(report.contains("sentences kept: "), report);
    }

    @Test
    void jsonFormat() throws IOException {
        assertEquals(0, Main.run("analyze", "--format", "json", EXAMPLES));
        JsonNode root = Json.mapper().readTree(stdout());
        assertEquals(5, root.get("articles").size());
        JsonNode a = root.get("articles").get(0);
        for (String field : new String[]{"id", "source", "title", "published", "author", "language", "text", "sentences", "removed"}) {
            assertTrue(a.has(field), field);
        }
        JsonNode first = root.get("articles").findParents("author").stream()
                .filter(n -> "Anjali Sharma".equals(n.path("author").asText())).findFirst().orElseThrow();
        assertEquals("eng", first.get("language").asText());
        assertTrue(first.get("removed").get(0).has("reason"));
        assertEquals(0, root.get("errors").size());
    }

    @Test
    void someInputsFailedExitsOneAndReportsTheRest() throws IOException {
        Path empty = Files.createFile(tmp.resolve("empty.txt"));
        assertEquals(1, Main.run("analyze", "--format", "json", EXAMPLES, empty.toString(), tmp.resolve("missing.txt").toString()));
        JsonNode root = Json.mapper().readTree(stdout());
        assertEquals(5, root.get("articles").size());
        assertEquals(2, root.get("errors").size());
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("empty.txt: empty file"), errors);
        assertTrue(errors.contains("missing.txt: no such file or directory"), errors);
    }

    @Test
    void maxFileSizeOption() throws IOException {
        Path f = Files.writeString(tmp.resolve("a.txt"), "Russia and Ukraine agreed to exchange prisoners of war on Wednesday.");
        assertEquals(1, Main.run("analyze", "--max-file-size", "10", f.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("over the limit of 10 bytes"));
        assertEquals(0, Main.run("analyze", "--max-file-size", "1K", f.toString()));
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, Main.run("analyze"));
        assertEquals(2, Main.run("analyze", "--format", "xml", EXAMPLES));
        assertEquals(2, Main.run("analyze", "--max-file-size", "lots", EXAMPLES));
        assertEquals(2, Main.run("analyze", "--no-such-option", EXAMPLES));
    }
}
