package dev.corroborate.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corroborate.Corroborate;
import dev.corroborate.clean.Cleaner;
import dev.corroborate.cluster.ClusterConfig;
import dev.corroborate.cluster.StoryClusterer;
import dev.corroborate.dedup.CopyDetector;
import dev.corroborate.ingest.ArticleSink;
import dev.corroborate.ingest.Inputs;
import dev.corroborate.model.Article;
import dev.corroborate.model.InputError;
import dev.corroborate.ingest.ReadOptions;
import dev.corroborate.model.Analysis;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.RawArticle;
import dev.corroborate.model.Story;
import dev.corroborate.render.Json;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode against the single-machine pipeline, on real articles and real-edit
 * copies of them: same copy relations, same origin groups, same stories, same dossiers, on 1 and 4
 * partitions alike.
 */
class CorroborateJobTest {

    private static final Path DATA = Path.of("..", "eval", "data");
    /** Articles of the subset run with the embedding and dossiers (both paths, CI time). */
    private static final int SUBSET = 300;

    @TempDir
    static Path dir;
    static SparkSession spark;
    static List<RawArticle> corpus;
    static Path input;
    static Analysis single;
    static Path onePartition;
    static Path fourPartitions;
    static final Map<String, CorroborateJob.Summary> SUMMARIES = new HashMap<>();

    @BeforeAll
    static void setUp() throws IOException {
        corpus = EditedCorpus.withCopies(DATA.resolve("ecbplus-dev/articles.jsonl"),
                DATA.resolve("article-extraction-benchmark/ground-truth.json"), 2);
        input = dir.resolve("corpus.jsonl");
        EditedCorpus.writeJsonl(corpus, input);
        // The single-machine path over the same file: core's readers, then the pipeline's stages.
        single = singleMachine(input, ClusterConfig.defaults().withEmbeddings(false));
        assertEquals(List.of(), single.errors());
        spark = CorroborateJob.session("local[2]");
        Path parquet = dir.resolve("corpus.parquet");
        spark.read().json(input.toString()).coalesce(1).write().parquet(parquet.toString());
        // The whole corpus without the embedding and the dossiers (CI time); the subset tests below have both.
        onePartition = run("p1", "--partitions", "1", "--format", "jsonl", "--no-embedding", "--no-dossiers");
        fourPartitions = run("p4", "--input", parquet.toString(), "--partitions", "4", "--no-embedding", "--no-dossiers");
    }

    @AfterAll
    static void tearDown() throws IOException {
        if (spark != null) spark.close();
    }

    @Test
    void copyGroupsEqualTheSingleMachinePipeline() throws IOException {
        assertTrue(corpus.size() > 1500, "a corpus of real articles: " + corpus.size());
        Map<String, String> origins = new TreeMap<>();
        for (JsonNode a : table(fourPartitions, "articles")) origins.put(a.get("id").asText(), a.get("origin").asText());
        Map<String, String> expected = new TreeMap<>();
        for (RawArticle r : corpus) expected.put(r.id(), single.originOf(r.id()));
        assertEquals(expected.size(), origins.size());
        assertTrue(expected.equals(origins), "origins differ for " + differing(expected, origins));
        TreeSet<String> relations = table(fourPartitions, "copies").stream()
                .map(c -> c.get("copy").asText() + " <- " + c.get("original").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(pairs(single.duplicates()), relations);
        assertTrue(relations.size() > corpus.size() / 4, "the edited copies are found: " + relations.size());
    }

    @Test
    void sameIdsAndGroupsOnOneAndFourPartitionsFromJsonlAndParquet() throws IOException {
        for (String t : List.of("articles", "copies", "origin_groups", "stories", "errors")) {
            assertTrue(lines(onePartition, t).equals(lines(fourPartitions, t)), t + " differs between 1 and 4 partitions");
        }
        assertEquals(table(fourPartitions, "stories").size(),
                spark.read().parquet(fourPartitions.resolve("parquet/stories").toString()).count());
        // Blocking never splits a copy from its original.
        Map<String, String> storyOf = new HashMap<>();
        for (JsonNode a : table(fourPartitions, "articles")) storyOf.put(a.get("id").asText(), a.get("story").asText());
        for (JsonNode a : table(fourPartitions, "articles")) {
            assertEquals(storyOf.get(a.get("origin").asText()), a.get("story").asText(), a.get("id").asText());
        }
    }

    @Test
    void storiesEqualTheSingleMachinePipeline() throws IOException {
        Map<String, String> storyOf = new HashMap<>();
        for (JsonNode a : table(fourPartitions, "articles")) storyOf.put(a.get("id").asText(), a.get("story").asText());
        Map<String, Set<String>> byStory = new HashMap<>();
        storyOf.forEach((a, s) -> byStory.computeIfAbsent(s, x -> new TreeSet<>()).add(a));
        Set<Set<String>> job = new HashSet<>(byStory.values());
        Set<Set<String>> expected = new HashSet<>();
        single.stories().forEach(s -> expected.add(new TreeSet<>(s.articles())));
        assertEquals(expected.size(), job.size(), "stories");
        assertTrue(expected.equals(job), "stories differ, e.g. " + expected.stream().filter(s -> !job.contains(s)).limit(3).toList());
        // The cut into blocks is real: many blocks, none holding half the corpus (27 blocks, the largest of 654
        // articles, when written: the extraction benchmark's bodies, a month of unrelated stories, connect).
        CorroborateJob.Summary summary = SUMMARIES.get("p4");
        System.err.printf("stories in %d blocks, the largest of %d articles%n", summary.blocks(), summary.largestBlock());
        assertTrue(summary.blocks() >= 20 && summary.largestBlock() < corpus.size() / 2,
                summary.blocks() + " blocks, the largest of " + summary.largestBlock());
    }

    @Test
    void withTheEmbeddingStoriesAndDossiersEqualTheSingleMachinePipelineInBlocksOrInOne() throws IOException {
        List<RawArticle> part = corpus.subList(0, SUBSET);
        Path small = dir.resolve("small.jsonl");
        EditedCorpus.writeJsonl(part, small);
        Analysis expected = Corroborate.analyze(List.of(small.toString()), ReadOptions.defaults());
        Map<Set<String>, String> dossiers = dossiers(expected);
        Path out = run("one-block", "--input", small.toString(), "--partitions", "2", "--format", "jsonl",
                "--story-blocking", "none");
        assertEquals(dossiers, dossiers(out));
        assertEquals(dossiers, dossiers(run("blocks", "--input", small.toString(), "--partitions", "2", "--format", "jsonl")));
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndTheBatchGoesOn() throws IOException {
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, """
                {"id": "ok-1", "source": "a.example", "text": "Flooding closed the port of Rotterdam on Monday."}
                {"id": "broken", "text": "unterminated
                {"id": "no-body", "source": "a.example"}
                {"id": "ok-2", "source": "b.example", "text": "The port of Rotterdam reopened on Tuesday."}
                """, StandardCharsets.UTF_8);
        Path out = run("bad", "--input", bad.toString(), "--partitions", "2", "--format", "jsonl");
        assertEquals(Set.of("ok-1", "ok-2"), table(out, "articles").stream().map(a -> a.get("id").asText())
                .collect(Collectors.toSet()));
        List<JsonNode> errors = table(out, "errors");
        assertEquals(List.of(2, 3), errors.stream().map(e -> e.get("line").asInt()).toList());
        assertTrue(errors.stream().allMatch(e -> e.get("input").asText().endsWith("bad.jsonl")));
        assertTrue(errors.get(1).get("message").asText().contains("text"), errors.get(1).toString());
    }

    @Test
    void filesOfOtherFormatsGoThroughCoreReaders() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pages").resolve("harbour-news"));
        Files.writeString(folder.resolve("flood.txt"), "Port closed by floods\n\nFlooding closed the port of "
                + "Rotterdam on Monday, the harbour master said, and ships waited off the coast.\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("reopen.html"), "<html><head><title>Port reopens</title></head><body><article>"
                + "<h1>Port reopens</h1><p>The port of Rotterdam reopened on Tuesday after the floods of Monday, the "
                + "harbour master said.</p><p>Ships that had waited off the coast began to enter in the morning, "
                + "and the first container vessels were unloaded before noon, the port authority said in a statement.</p>"
                + "</article></body></html>", StandardCharsets.UTF_8);
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Analysis expected = singleMachine(folder, ClusterConfig.defaults());
        Path out = run("pages", "--input", folder.toString(), "--partitions", "2", "--format", "jsonl");
        List<JsonNode> articles = table(out, "articles");
        assertEquals(expected.articles().stream().map(a -> a.id() + " " + a.source() + " " + a.title()).sorted().toList(),
                articles.stream().map(a -> a.get("id").asText() + " " + a.get("source").asText() + " "
                        + a.get("title").asText()).sorted().toList());
        assertEquals(expected.articles().stream().map(a -> a.text()).sorted().toList(),
                articles.stream().map(a -> a.get("text").asText()).sorted().toList());
        assertEquals(2, articles.size());
        List<JsonNode> errors = table(out, "errors");
        assertEquals(expected.errors().stream().map(e -> Path.of(e.input()).getFileName() + " " + e.message()).toList(),
                errors.stream().map(e -> Path.of(e.get("input").asText().replace("file:", "")).getFileName() + " "
                        + e.get("message").asText()).toList());
    }

    @Test
    void connectedComponentsLabelEachNodeWithTheSmallestOfItsComponent() {
        // A long path in shuffled order, a cycle, and a lone edge: chains of any length resolve.
        List<Tuple2<Long, Long>> edges = new ArrayList<>();
        for (long i = 1; i < 200; i++) edges.add(i % 2 == 0 ? new Tuple2<>(i, i + 1) : new Tuple2<>(i + 1, i));
        for (long i = 1000; i < 1010; i++) edges.add(new Tuple2<>(i, i == 1009 ? 1000 : i + 1));
        edges.add(new Tuple2<>(-5L, 7000L));
        java.util.Collections.shuffle(edges, new java.util.Random(3));
        var sc = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<Long, Long> label = ConnectedComponents.of(sc.parallelizePairs(edges, 3), 3).collectAsMap();
        assertEquals(200 + 10 + 2, label.size());
        for (long i = 1; i <= 200; i++) assertEquals(1L, label.get(i));
        for (long i = 1000; i < 1010; i++) assertEquals(1000L, label.get(i));
        assertEquals(-5L, label.get(7000L));
        assertEquals(-5L, label.get(-5L));
    }

    private static String differing(Map<String, String> expected, Map<String, String> actual) {
        return expected.keySet().stream().filter(k -> !expected.get(k).equals(actual.get(k))).limit(5)
                .map(k -> k + ": " + expected.get(k) + " vs " + actual.get(k)).toList().toString();
    }

    /**
     * What {@code Corroborate.analyze} computes up to the stories, step by step, with a given clusterer
     * configuration (the whole test corpus is clustered without the embedding and dossiers, for CI time).
     */
    private static Analysis singleMachine(Path file, ClusterConfig config) {
        List<RawArticle> raw = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        Inputs.read(List.of(file.toString()), ReadOptions.defaults(), new ArticleSink() {
            @Override
            public void article(RawArticle a) {
                raw.add(a);
            }

            @Override
            public void error(InputError e) {
                errors.add(e);
            }
        });
        List<Article> articles = new Cleaner().cleanBatch(raw, errors::add);
        List<Article> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
        CopyDetector copies = new CopyDetector();
        List<CopyRelation> duplicates = new ArrayList<>();
        for (Article a : ordered) duplicates.addAll(copies.add(a));
        Map<String, String> origins = copies.origins();
        StoryClusterer clusterer = new StoryClusterer(config);
        for (Article a : ordered) clusterer.add(a, origins.getOrDefault(a.id(), a.id()));
        return new Analysis(articles, origins, duplicates, clusterer.stories(), errors);
    }

    private static Path run(String name, String... args) {
        Path out = dir.resolve(name);
        List<String> all = new ArrayList<>(List.of("--output", out.toString()));
        if (!List.of(args).contains("--input")) all.addAll(List.of("--input", input.toString()));
        all.addAll(List.of(args));
        long t0 = System.nanoTime();
        SUMMARIES.put(name, CorroborateJob.parse(all.toArray(String[]::new)).run(spark));
        System.err.printf("job %s: %.1f s%n", name, (System.nanoTime() - t0) / 1e9);
        return out;
    }

    private static List<String> lines(Path out, String table) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("jsonl").resolve(table))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    private static List<JsonNode> table(Path out, String table) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (String l : lines(out, table)) rows.add(Json.mapper().readTree(l));
        return rows;
    }

    /** Story members to the story's dossier as JSON (story ids differ between the two paths by design). */
    private static Map<Set<String>, String> dossiers(Analysis a) throws IOException {
        Map<Set<String>, String> out = new HashMap<>();
        for (Story s : a.stories()) out.put(new TreeSet<>(s.articles()), Json.mapper().writeValueAsString(s.dossier()));
        return out;
    }

    private static Map<Set<String>, String> dossiers(Path out) throws IOException {
        Map<String, Set<String>> members = new HashMap<>();
        for (JsonNode s : table(out, "stories")) members.put(s.get("id").asText(), members(s.get("articles")));
        Map<Set<String>, String> dossiers = new HashMap<>();
        for (JsonNode d : table(out, "dossiers")) {
            String story = d.get("story").asText();
            ((ObjectNode) d).remove("story");
            dossiers.put(members.get(story), Json.mapper().writeValueAsString(Json.mapper().treeToValue(d, Dossier.class)));
        }
        return dossiers;
    }

    private static TreeSet<String> members(JsonNode array) {
        TreeSet<String> s = new TreeSet<>();
        array.forEach(n -> s.add(n.asText()));
        return s;
    }

    private static TreeSet<String> pairs(List<CopyRelation> relations) {
        return relations.stream().map(r -> r.copy() + " <- " + r.original()).collect(Collectors.toCollection(TreeSet::new));
    }

}
