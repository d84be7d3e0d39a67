package dev.corroborate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corroborate.render.Json;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DedupCommandTest {

    @Test
    void streamsOneLinePerSeedWithTheCopyFolded() throws Exception {
        Path seeds = Path.of("..", "..", "shared", "seeds");
        if (!Files.isDirectory(seeds)) seeds = Path.of("..", "shared", "seeds");
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int rc;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            rc = Main.run("dedup", seeds.toString());
        } finally {
            System.setOut(old);
        }
        assertEquals(0, rc);
        List<JsonNode> lines = new ArrayList<>();
        for (String l : buf.toString(StandardCharsets.UTF_8).split("\n")) lines.add(Json.mapper().readTree(l));
        assertEquals(5, lines.size());
        JsonNode copy = lines.get(1);
        assertTrue(copy.get("id").asText().startsWith("001"));
        assertTrue(copy.get("origin").asText().startsWith("000"));
        assertTrue(copy.get("containment").asDouble() > 0.7);
        for (int i : new int[]{0, 2, 3, 4}) {
            assertEquals(lines.get(i).get("id").asText(), lines.get(i).get("origin").asText());
            assertTrue(lines.get(i).get("jaccard").isNull());
        }
    }
}
