package dev.corroborate.ingest;

import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputsTest {

    @TempDir
    Path tmp;

    /** Collects what the readers hand over. */
    static final class Collected implements ArticleSink {
        final List<RawArticle> articles = new ArrayList<>();
        final List<InputError> errors = new ArrayList<>();

        @Override
        public void article(RawArticle article) {
            articles.add(article);
        }

        @Override
        public void error(InputError error) {
            errors.add(error);
        }
    }

    private static final String BODY = "Russian President Vladimir Putin agreed in a phone call with U.S. President "
            + "Donald Trump on Tuesday to pause strikes on Ukrainian energy infrastructure, but their highly "
            + "anticipated conversation failed to produce a broader ceasefire agreement. The two leaders spoke for "
            + "more than 90 minutes.";

    private static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Putin agrees to pause "
            + "energy strikes</title></head><body><article><h1>Putin agrees to pause energy strikes</h1><p>" + BODY
            + "</p></article></body></html>";

    private Collected read(ReadOptions options, String... inputs) {
        Collected c = new Collected();
        Inputs.read(List.of(inputs), options, c);
        return c;
    }

    private Collected read(String... inputs) {
        return read(ReadOptions.defaults(), inputs);
    }

    private Path write(String rel, String content) throws IOException {
        return write(rel, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String rel, byte[] content) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    private static void assertOneError(Collected c, String input, int line, String fragment) {
        assertEquals(1, c.errors.size(), c.errors.toString());
        InputError e = c.errors.get(0);
        assertTrue(e.input().endsWith(input), e.toString());
        assertEquals(line, e.line(), e.toString());
        assertTrue(e.message().contains(fragment), e.toString());
        assertTrue(!e.toString().contains("\n"), "one line: " + e);
    }

    @Test
    void directoryIsReadRecursivelyInSortedOrderWithIdsAndFolderOutlet() throws IOException {
        write("news/outlet-b/2.txt", BODY);
        write("news/outlet-a/sub/1.txt", BODY);
        write("news/outlet-a/0.text", BODY);
        write("news/.hidden/x.txt", BODY);
        Collected c = read(tmp.resolve("news").toString());
        assertEquals(List.of(), c.errors);
        assertEquals(List.of("0", "1", "2"), c.articles.stream().map(RawArticle::id).toList());
        assertEquals(List.of("outlet-a", "sub", "outlet-b"), c.articles.stream().map(RawArticle::source).toList());
        assertEquals(BODY, c.articles.get(0).text());
    }

    @Test
    void htmlFileGivesTitleAndText() throws IOException {
        write("site/page.html", PAGE);
        Collected c = read(tmp.resolve("site/page.html").toString());
        assertEquals(List.of(), c.errors);
        RawArticle a = c.articles.get(0);
        assertEquals("page", a.id());
        assertEquals("Putin agrees to pause energy strikes", a.title());
        assertTrue(a.text().contains("failed to produce a broader ceasefire agreement"), a.text());
        assertNull(a.html());
    }

    @Test
    void htmlIsSniffedWhateverTheName() throws IOException {
        write("x/page.dat", PAGE);
        Collected c = read(tmp.resolve("x/page.dat").toString());
        assertEquals("Putin agrees to pause energy strikes", c.articles.get(0).title());
    }

    @Test
    void jsonLinesStreamWithFieldsAndLineErrors() throws IOException {
        String lines = String.join("\n",
                "{\"id\": \"r1\", \"source\": \"Reuters\", \"title\": \"Call\", \"published\": \"2025-03-18T14:00:00Z\", \"author\": \"Jane Doe\", \"text\": \"" + BODY + "\"}",
                "{\"id\": 2, \"url\": \"https://www.kyivindependent.com/a\", \"published\": \"March 19, 2025\", \"text\": \"Second.\"}",
                "not json at all",
                "",
                "{\"id\": \"r4\", \"title\": \"no body\"}",
                "{\"url\": \"https://example.org/p\", \"html\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(PAGE) + "}",
                "[1, 2]");
        write("feed/batch.jsonl", lines);
        Collected c = read(tmp.resolve("feed/batch.jsonl").toString());
        assertEquals(List.of("r1", "2", "batch-6"), c.articles.stream().map(RawArticle::id).toList());
        RawArticle r1 = c.articles.get(0);
        assertEquals("Reuters", r1.source());
        assertEquals(Instant.parse("2025-03-18T14:00:00Z"), r1.published());
        assertEquals("Jane Doe", r1.author());
        assertEquals(1, r1.line());
        assertEquals("kyivindependent.com", c.articles.get(1).source());
        assertEquals(Instant.parse("2025-03-19T00:00:00Z"), c.articles.get(1).published());
        assertEquals("example.org", c.articles.get(2).source());
        assertEquals("Putin agrees to pause energy strikes", c.articles.get(2).title());
        assertEquals(3, c.errors.size(), c.errors.toString());
        assertEquals(List.of(3, 5, 7), c.errors.stream().map(InputError::line).toList());
        assertTrue(c.errors.get(0).message().startsWith("not valid JSON"), c.errors.toString());
        assertTrue(c.errors.get(1).message().contains("no \"text\" or \"html\""), c.errors.toString());
        assertTrue(c.errors.get(0).toString().contains("batch.jsonl:3: "), c.errors.get(0).toString());
    }

    @Test
    void oneJsonLineAtATimeGivesWhatTheWholeFileGives() throws IOException {
        String lines = String.join("\n",
                "{\"id\": \"r1\", \"source\": \"Reuters\", \"published\": \"2025-03-18T14:00:00Z\", \"text\": \"" + BODY + "\"}",
                "{\"text\": \"No id, no outlet.\"}",
                "{\"id\": \"broken\"",
                "",
                "{\"url\": \"https://example.org/p\", \"html\": " + com.fasterxml.jackson.databind.node.TextNode.valueOf(PAGE) + "}");
        write("feed/split.jsonl", lines);
        String file = tmp.resolve("feed/split.jsonl").toString();
        Collected whole = read(file);
        Collected split = new Collected();
        String[] each = lines.split("\n", -1);
        for (int i = 0; i < each.length; i++) JsonlArticles.parseLine(file, i + 1, each[i], split);
        assertEquals(whole.articles, split.articles);
        assertEquals(whole.errors, split.errors);
        assertEquals(List.of("r1", "split-2", "split-5"), split.articles.stream().map(RawArticle::id).toList());
        assertEquals(List.of(3), split.errors.stream().map(InputError::line).toList());
    }

    @Test
    void jsonLineOverTheLimitIsRefusedAlone() throws IOException {
        String big = "{\"id\": \"big\", \"text\": \"" + "word ".repeat(400) + "\"}";
        write("feed/limits.jsonl", "{\"id\": \"small\", \"text\": \"Short text.\"}\n" + big + "\n");
        Collected c = read(new ReadOptions(1000), tmp.resolve("feed/limits.jsonl").toString());
        assertEquals(List.of("small"), c.articles.stream().map(RawArticle::id).toList());
        assertOneError(c, "limits.jsonl", 2, "over the limit");
    }

    @Test
    void warcResponsesAreArticlesOtherRecordsSkipped() throws IOException {
        for (WarcCompression compression : WarcCompression.values()) {
            Path f = tmp.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
            try (WarcWriter w = new WarcWriter(FileChannel.open(f, StandardOpenOption.CREATE, StandardOpenOption.WRITE), compression)) {
                w.write(response("https://www.example-news.com/world/putin-call/", MediaType.HTML_UTF8, PAGE));
                w.write(response("https://www.example-news.com/logo.png", MediaType.parse("image/png"), "\u0089PNG"));
                w.write(response("https://www.example-news.com/world/putin-call/", MediaType.HTML_UTF8, PAGE));
                w.write(response("https://www.example-news.com/empty", MediaType.HTML_UTF8, "<html><body><p>Nothing here.</p></body></html>"));
            }
            Collected c = read(f.toString());
            assertEquals(List.of("www.example-news.com/world/putin-call", "www.example-news.com/world/putin-call~2"),
                    c.articles.stream().map(RawArticle::id).toList(), compression.toString());
            assertEquals("example-news.com", c.articles.get(0).source());
            assertEquals("https://www.example-news.com/world/putin-call/", c.articles.get(0).url());
            assertOneError(c, f.getFileName().toString(), 4, "no article");
        }
    }

    private static WarcResponse response(String url, MediaType type, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(type, body.getBytes(StandardCharsets.UTF_8)).build();
        return new WarcResponse.Builder(URI.create(url)).body(http).build();
    }

    @Test
    void globPatternsExpandSorted() throws IOException {
        write("g/a/1.txt", BODY);
        write("g/b/2.txt", BODY);
        write("g/b/3.html", PAGE);
        Collected c = read(tmp.resolve("g").toString() + "/*/*.txt");
        assertEquals(List.of("1", "2"), c.articles.stream().map(RawArticle::id).toList());
        Collected none = read(tmp.resolve("g").toString() + "/*.md");
        assertOneError(none, "*.md", 0, "no files match");
    }

    @Test
    void standardInputIsSniffed() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(("{\"id\": \"s1\", \"text\": \"" + BODY + "\"}\n").getBytes(StandardCharsets.UTF_8)));
            Collected c = read("-");
            assertEquals(List.of("s1"), c.articles.stream().map(RawArticle::id).toList());
            System.setIn(new ByteArrayInputStream(BODY.getBytes(StandardCharsets.UTF_8)));
            Collected t = read("-");
            assertEquals("stdin", t.articles.get(0).id());
            assertEquals(BODY, t.articles.get(0).text());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void emptyFile() throws IOException {
        write("bad/empty.txt", "");
        write("bad/blank.txt", "  \n\n ");
        assertOneError(read(tmp.resolve("bad/empty.txt").toString()), "empty.txt", 0, "empty file");
        assertOneError(read(tmp.resolve("bad/blank.txt").toString()), "blank.txt", 0, "empty file");
    }

    @Test
    void binaryFiles() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        write("bin/photo.txt", png);
        assertOneError(read(tmp.resolve("bin/photo.txt").toString()), "photo.txt", 0, "PNG image");
        Path zip = tmp.resolve("bin/archive.html");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write(BODY.getBytes(StandardCharsets.UTF_8));
        }
        assertOneError(read(zip.toString()), "archive.html", 0, "zip archive");
        write("bin/nul.txt", ("text" + "\u0000".repeat(10) + "more").getBytes(StandardCharsets.ISO_8859_1));
        assertOneError(read(tmp.resolve("bin/nul.txt").toString()), "nul.txt", 0, "NUL bytes");
    }

    @Test
    void windows1252IsDetectedAndRead() throws IOException {
        String text = "The café owner said “we will reopen” – but the ministry’s decision, announced on Tuesday, "
                + "left the façade of the old hôtel closed for another month. Résumé of events follows.";
        write("legacy/cp1252.txt", text.getBytes(Charset.forName("windows-1252")));
        Collected c = read(tmp.resolve("legacy/cp1252.txt").toString());
        assertEquals(List.of(), c.errors);
        assertEquals(text, c.articles.get(0).text());
    }

    @Test
    void fileOverTheSizeLimitIsRefusedFromItsSize() throws IOException {
        Path big = tmp.resolve("huge/report.txt");
        Files.createDirectories(big.getParent());
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: no 200 MB is written or read
        }
        assertOneError(read(big.toString()), "report.txt", 0, "over the limit of 64.0 MiB");
        write("huge/small.txt", BODY);
        assertOneError(read(new ReadOptions(100), tmp.resolve("huge/small.txt").toString()), "small.txt", 0,
                "over the limit of 100 bytes");
    }

    @Test
    void htmlWithNoArticle() throws IOException {
        write("web/nav.html", "<html><head><title>Home</title></head><body><nav><a href=/>Home</a> <a href=/w>World</a></nav></body></html>");
        assertOneError(read(tmp.resolve("web/nav.html").toString()), "nav.html", 0, "no article in this HTML page");
    }

    @Test
    void directoryWithNoReadableFiles() throws IOException {
        write("nothing/empty.txt", "");
        write("nothing/pic.jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16});
        Files.createDirectories(tmp.resolve("void"));
        Collected c = read(tmp.resolve("nothing").toString());
        assertEquals(3, c.errors.size(), c.errors.toString());
        assertTrue(c.errors.get(2).message().contains("no readable files"), c.errors.toString());
        assertOneError(read(tmp.resolve("void").toString()), "void", 0, "no files");
    }

    @Test
    void missingPathAndTheBatchGoesOn() throws IOException {
        write("ok/fine.txt", BODY);
        Collected c = read(tmp.resolve("does-not-exist.txt").toString(), tmp.resolve("ok").toString());
        assertOneError(c, "does-not-exist.txt", 0, "no such file");
        assertEquals(List.of("fine"), c.articles.stream().map(RawArticle::id).toList());
    }

    @Test
    void randomBytesNeverBreakTheBatch() throws IOException {
        java.util.Random random = new java.util.Random(42);
        String[] names = {"a.txt", "b.html", "c.jsonl", "d.warc", "e.warc.gz", "f"};
        for (int i = 0; i < 30; i++) {
            byte[] junk = new byte[1 + random.nextInt(3000)];
            random.nextBytes(junk);
            if (i % 3 == 0) junk[0] = '{';
            if (i % 5 == 0) System.arraycopy("WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII), 0, junk, 0, Math.min(10, junk.length));
            write("junk/" + i + "-" + names[i % names.length], junk);
        }
        write("junk/zz-good.txt", BODY);
        Collected c = read(tmp.resolve("junk").toString());
        assertEquals(List.of("zz-good"), c.articles.stream().map(RawArticle::id).filter(id -> id.equals("zz-good")).toList());
        assertTrue(c.errors.size() >= 25, c.errors.toString());
        for (InputError e : c.errors) assertTrue(!e.message().isBlank() && !e.toString().contains("\n"), e.toString());
    }
}
