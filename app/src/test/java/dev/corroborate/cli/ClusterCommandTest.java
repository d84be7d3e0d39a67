package dev.corroborate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corroborate.render.Json;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClusterCommandTest {

    @Test
    void streamsOneLinePerArticleAndTheCeasefireReportsShareAStory() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        int status;
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            status = Main.run("cluster", "../examples/ceasefire-call", "--format", "jsonl", "--no-embedding");
        } finally {
            System.setOut(saved);
        }
        assertEquals(0, status);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : buffer.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) lines.add(Json.mapper().readTree(line));
        }
        assertEquals(5, lines.size());
        assertEquals("000_b3be3259fe58e445", lines.get(0).get("id").asText());
        assertEquals(1, lines.stream().map(l -> l.get("story").asText()).distinct().count(), lines.toString());
    }
}
