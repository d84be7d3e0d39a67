package dev.corroborate.spark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corroborate.model.Article;
import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;
import dev.corroborate.render.Json;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The Corroborate pipeline as a Spark job: read, clean, fold copies, cluster stories, build dossiers,
 * and write every table as Parquet and JSON Lines.
 *
 * <pre>spark-submit --class dev.corroborate.spark.CorroborateJob corroborate-spark.jar --input IN --output OUT</pre>
 * or, without a cluster, {@code spark/run --master local[2] --input IN --output OUT}.
 */
@Command(name = "corroborate-spark", mixinStandardHelpOptions = true,
        description = "Runs the Corroborate pipeline on Apache Spark.")
public final class CorroborateJob implements Callable<Integer> {

    @Option(names = "--input", required = true, split = ",",
            description = "Input files, directories, globs or Hadoop URIs (JSONL, Parquet, WARC, HTML, text).")
    List<String> inputs;

    @Option(names = "--output", required = true, description = "Output directory or Hadoop URI.")
    String output;

    @Option(names = "--master", description = "Spark master when not started by spark-submit, e.g. local[2].")
    String master;

    @Option(names = "--partitions", defaultValue = "0",
            description = "Partitions of the shuffles (default: the cluster's default parallelism).")
    int partitions;

    @Option(names = "--format", split = ",", defaultValue = "parquet,jsonl",
            description = "Output formats: parquet, jsonl (default both).")
    Set<String> formats;

    @Option(names = "--clean", defaultValue = "outlet",
            description = "outlet: each outlet's articles cleaned as one batch, as the single-machine path "
                    + "does (learns repeated boilerplate); article: each article alone. Default outlet.")
    String cleanScope;

    @Option(names = "--story-blocking", defaultValue = "keys",
            description = "keys: stories are clustered inside the blocks of articles that the clusterer's keys "
                    + "(rare terms and names in nearby time windows) connect, in parallel; none: one block, on one "
                    + "executor. Both give exactly the single-machine stories. Default keys.")
    String storyBlocking;

    @Option(names = "--no-dossiers", description = "Stop after the stories: no dossier per story.")
    boolean noDossiers;

    @Option(names = "--no-embedding", description = "Stories without the dense embedding of title and lead "
            + "(as `corroborate cluster --no-embedding`): faster, slightly less accurate.")
    boolean noEmbedding;

    /** What one run found, for the log line and for callers. */
    /** {@code blocks}: how many blocks the stories were clustered in, {@code largestBlock}: articles in the largest. */
    public record Summary(long articles, long errors, long copies, long groups, long stories, long blocks,
                          long largestBlock) implements Serializable {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new CorroborateJob()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!Set.of("outlet", "article").contains(cleanScope)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--clean must be outlet or article");
        }
        if (formats.isEmpty() || !Set.of("parquet", "jsonl").containsAll(formats)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--format takes parquet, jsonl or both");
        }
        if (!Set.of("keys", "none").contains(storyBlocking)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--story-blocking must be keys or none");
        }
        try (SparkSession spark = session(master)) {
            Summary s = run(spark);
            System.out.printf("corroborate-spark: %d articles, %d copies in %d origin groups, %d stories (clustered in %d "
                            + "blocks, the largest of %d articles), %d errors -> %s%n",
                    s.articles(), s.copies(), s.groups(), s.stories(), s.blocks(), s.largestBlock(), s.errors(), output);
            return s.errors() > 0 ? 1 : 0;
        }
    }

    /** A session for spark-submit (master given by it) or a local one bound to loopback. */
    public static SparkSession session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("corroborate");
        if (master != null) {
            b.master(master);
            if (master.startsWith("local")) {
                b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                        .config("spark.ui.enabled", "false");
            }
        }
        return b.getOrCreate();
    }

    /** Runs the job with this object's options in an existing session. */
    public Summary run(SparkSession spark) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int p = partitions > 0 ? partitions : sc.defaultParallelism();

        List<Raw> listing = new ArrayList<>();
        JavaRDD<Raw> raw = Readers.read(spark, inputs, listing).persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Cleaned> cleaned = clean(raw.filter(r -> r.article() != null), p, "outlet".equals(cleanScope))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Raw.Error> errors = raw.filter(r -> r.error() != null).map(Raw::error)
                .union(cleaned.filter(c -> c.error() != null).map(Cleaned::error))
                .union(sc.parallelize(listing.stream().map(Raw::error).toList()));
        JavaRDD<Doc> docs = cleaned.filter(c -> c.doc() != null).map(Cleaned::doc)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        JavaRDD<CopyStage.Copied> copied = CopyStage.run(docs, p).persist(StorageLevel.MEMORY_AND_DISK_SER());
        StoryStage.Settings settings = new StoryStage.Settings(p, "keys".equals(storyBlocking), !noEmbedding, !noDossiers);
        JavaRDD<StoryStage.Told> told = StoryStage.run(copied, settings).persist(StorageLevel.MEMORY_AND_DISK_SER());

        Outputs out = new Outputs(spark, output, formats);
        JavaPairRDD<String, String> storyOf = told.flatMapToPair(t -> t.members().stream()
                .map(m -> new Tuple2<>(m, t.id())).iterator());
        out.write("articles", Outputs.ARTICLES, copied.mapToPair(c -> new Tuple2<>(c.doc().id(), c))
                .join(storyOf, p)
                .mapToPair(t -> new Tuple2<>(t._2()._1().doc().orderKey(), articleJson(t._2()._1(), t._2()._2()))), p);
        out.write("copies", Outputs.COPIES, copied.flatMapToPair(c -> c.relations().stream()
                .map(r -> new Tuple2<>(c.doc().orderKey(), r)).iterator()), p);
        JavaPairRDD<String, String> groups = copied.filter(c -> !c.origin().equals(c.doc().id()))
                .mapToPair(c -> new Tuple2<>(c.origin(), c.doc()))
                .groupByKey(p)
                .mapToPair(g -> new Tuple2<>(g._1(), groupJson(g._1(), g._2())));
        out.write("origin_groups", Outputs.ORIGIN_GROUPS, groups, p);
        out.write("stories", Outputs.STORIES, told.mapToPair(t -> new Tuple2<>(t.id(), t.storyJson())), p);
        if (!noDossiers) {
            out.write("dossiers", Outputs.DOSSIERS, told.mapToPair(t -> new Tuple2<>(t.id(), dossierJson(t))), p);
        }
        out.write("errors", Outputs.ERRORS, errors.mapToPair(e -> new Tuple2<>(
                e.input() + "\u0000" + String.format("%010d", e.line()) + "\u0000" + e.message(), Codec.write(e.toCore()))), p);

        List<Long> blockSizes = told.mapToPair(t -> new Tuple2<>(t.block(), (long) t.members().size()))
                .reduceByKey(Long::sum).values().collect();
        Summary s = new Summary(docs.count(), errors.count(),
                copied.map(c -> (long) c.relations().size()).fold(0L, Long::sum), groups.count(), told.count(),
                blockSizes.size(), blockSizes.stream().mapToLong(Long::longValue).max().orElse(0));
        for (JavaRDD<?> r : List.of(raw, cleaned, docs, copied, told)) r.unpersist(false);
        return s;
    }

    /** A clean article or the reason one could not be cleaned. */
    record Cleaned(Doc doc, Raw.Error error) implements Serializable {
    }

    private static JavaRDD<Cleaned> clean(JavaRDD<Raw> raw, int partitions, boolean byOutlet) {
        if (!byOutlet) {
            return raw.repartition(partitions).map(r -> cleanOne(r));
        }
        return raw.mapToPair(r -> new Tuple2<>(r.article().source() == null ? "" : r.article().source(), r))
                .groupByKey(partitions)
                .flatMap(g -> {
                    List<Raw> batch = new ArrayList<>();
                    g._2().forEach(batch::add);
                    batch.sort(Comparator.comparingLong(Raw::seq));
                    List<Cleaned> out = new ArrayList<>();
                    try {
                        Map<String, Long> seq = new HashMap<>();
                        List<RawArticle> core = new ArrayList<>();
                        for (Raw r : batch) {
                            seq.putIfAbsent(r.article().id(), r.seq());
                            core.add(r.article().toCore());
                        }
                        List<InputError> errors = new ArrayList<>();
                        for (Article a : Stages.cleanOutlet(core, errors)) out.add(new Cleaned(Doc.of(a, seq.get(a.id())), null));
                        for (InputError e : errors) out.add(new Cleaned(null, Raw.Error.of(e)));
                    } catch (RuntimeException e) {
                        // One bad article must not lose its outlet: fall back to cleaning each alone.
                        out.clear();
                        for (Raw r : batch) out.add(cleanOne(r));
                    }
                    return out.iterator();
                });
    }

    private static Cleaned cleanOne(Raw r) {
        try {
            return new Cleaned(Doc.of(Stages.clean(r.article().toCore()), r.seq()), null);
        } catch (RuntimeException e) {
            return new Cleaned(null, new Raw.Error(r.article().input(), r.article().line(),
                    "cannot clean article " + r.article().id() + ": " + e));
        }
    }

    private static String articleJson(CopyStage.Copied c, String story) throws Exception {
        ObjectNode n = (ObjectNode) Json.mapper().readTree(c.doc().json());
        n.put("origin", c.origin());
        n.put("story", story);
        return Json.mapper().writeValueAsString(n);
    }

    private static String groupJson(String original, Iterable<Doc> copies) throws Exception {
        List<Doc> ds = new ArrayList<>();
        copies.forEach(ds::add);
        ds.sort(Doc.ORDER);
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("original", original);
        ArrayNode a = n.putArray("copies");
        ds.forEach(d -> a.add(d.id()));
        return Json.mapper().writeValueAsString(n);
    }

    private static String dossierJson(StoryStage.Told t) throws Exception {
        ObjectNode n = Json.mapper().createObjectNode();
        n.put("story", t.id());
        n.setAll((ObjectNode) Json.mapper().readTree(t.dossierJson()));
        return Json.mapper().writeValueAsString(n);
    }

    /** Parses the options, for callers that run the job in their own session (tests, benchmarks). */
    public static CorroborateJob parse(String... args) {
        CorroborateJob job = new CorroborateJob();
        new CommandLine(job).parseArgs(args);
        job.formats = new LinkedHashSet<>(job.formats);
        return job;
    }
}
