package dev.corroborate.cli;

import dev.corroborate.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store commands end to end on a real store, in process. */
class StoreCommandsTest {

    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int status = Main.run(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void ingestListShowSearch() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("quake-a.txt"), "A magnitude 6.1 earthquake struck the Elbasan valley in central Albania at dawn on Monday.\n\nHouses collapsed in two villages near Elbasan, Albanian officials said.");
        Files.writeString(in.resolve("quake-b.txt"), "Rescue teams reached the Elbasan valley in central Albania after Monday's magnitude 6.1 earthquake.\n\nAid arrived by road from Tirana, Albanian officials said.");
        String store = tmp.resolve("store").toString();

        Run ingest = run("ingest", "--store", store, "--batch", "1", in.toString());
        assertEquals(0, ingest.status(), ingest.err());
        assertEquals(2, ingest.out().lines().filter(l -> l.startsWith("stored 1 ")).count(), ingest.out());
        assertTrue(ingest.out().lines().anyMatch(l -> l.matches("dossiers built [1-9]\\d*")),
                "the dossiers are built once, after the last batch: " + ingest.out());
        assertTrue(run("ingest", "--store", store, in.toString()).out().startsWith("stored 0 (skipped 2"));

        Run stories = run("stories", "--store", store);
        assertEquals(0, stories.status());
        String id = stories.out().lines().findFirst().orElseThrow().split("\t")[0];
        assertTrue(stories.out().contains("2 articles"));
        assertEquals("", run("stories", "--store", store, "--since", "2999-01-01").out());
        assertEquals(2, run("stories", "--store", store, "--since", "someday").status());

        Run md = run("show", "--store", store, id);
        assertTrue(md.out().contains("## Conflicts") && md.out().contains("quake-a"), md.out());
        assertTrue(run("show", "--store", store, id, "--format", "json").out().contains("\"dossier\""));
        assertTrue(run("show", "--store", store, id, "--format", "html").out().startsWith("<!doctype html>"));
        assertEquals(1, run("show", "--store", store, "no-such-story").status());

        Run search = run("search", "--store", store, "aid road");
        assertTrue(search.out().contains("quake-b") && !search.out().contains("quake-a"), search.out());

        try (Store writer = Store.open(Path.of(store))) {
            Run second = run("ingest", "--store", store, in.toString());
            assertEquals(StoreOption.STORE_UNAVAILABLE, second.status());
            assertTrue(second.err().contains("already open for writing"), second.err());
            assertEquals(0, run("stories", "--store", store).status(), "readers work beside the writer");
        }
        assertEquals(StoreOption.STORE_UNAVAILABLE, run("stories", "--store", tmp.resolve("none").toString()).status());
        for (String cmd : new String[]{"ingest", "stories", "show", "search", "serve"}) {
            Run help = run(cmd, "--help");
            assertEquals(0, help.status());
            assertTrue(help.out().contains("--store"), cmd);
        }
    }
}
