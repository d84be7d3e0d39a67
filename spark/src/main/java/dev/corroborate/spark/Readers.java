package dev.corroborate.spark;

import dev.corroborate.ingest.ArticleSink;
import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the job's inputs (local paths, globs, directories or any Hadoop-compatible URI) into raw
 * articles and read errors. JSON Lines and Parquet are split by Spark; every other format (text, HTML,
 * WARC) is handed whole, file by file, to core's readers. Files are ranked by path, records by position,
 * which gives the arrival order the single-machine path sees.
 */
final class Readers {

    /** Records per file fit below this many; the file's rank goes above. */
    static final int RECORD_BITS = 40;

    private Readers() {
    }

    static JavaRDD<Raw> read(SparkSession spark, List<String> inputs, List<Raw> listingErrors) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> files = expand(sc.hadoopConfiguration(), inputs, listingErrors);
        List<JavaRDD<Raw>> parts = new ArrayList<>();
        Map<String, Long> others = new HashMap<>();
        for (int rank = 0; rank < files.size(); rank++) {
            String f = files.get(rank);
            long base = (long) rank << RECORD_BITS;
            String name = f.toLowerCase();
            if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson")
                    || name.endsWith(".json") || name.endsWith(".json.gz")) {
                parts.add(sc.textFile(f).zipWithIndex().mapPartitions(it -> {
                    List<Raw> out = new ArrayList<>();
                    while (it.hasNext()) {
                        var t = it.next();
                        long seq = base + t._2();
                        Stages.parseJsonLine(f, (int) (t._2() + 1), t._1(), new ArticleSink() {
                            @Override
                            public void article(RawArticle a) {
                                out.add(Raw.of(seq, a));
                            }

                            @Override
                            public void error(InputError e) {
                                out.add(Raw.of(seq, e));
                            }
                        });
                    }
                    return out.iterator();
                }));
            } else if (name.endsWith(".parquet")) {
                parts.add(spark.read().parquet(f).toJavaRDD().zipWithIndex()
                        .map(t -> fromRow(f, base + t._2(), (int) (t._2() + 1), t._1())));
            } else {
                others.put(pathOf(f), base);
            }
        }
        if (!others.isEmpty()) {
            List<String> whole = files.stream().filter(f -> others.containsKey(pathOf(f))).toList();
            parts.add(sc.binaryFiles(String.join(",", whole)).flatMap(t ->
                    readWhole(t._1(), others.getOrDefault(pathOf(t._1()), 0L), t._2()).iterator()));
        }
        if (parts.isEmpty()) return sc.emptyRDD();
        return sc.union(parts.toArray(JavaRDD[]::new));
    }

    /** Inputs to a sorted list of data files; a missing input becomes an error, not a failure. */
    static List<String> expand(Configuration conf, List<String> inputs, List<Raw> errors) {
        List<String> files = new ArrayList<>();
        for (String in : inputs) {
            try {
                Path p = new Path(in);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(p);
                if (matches == null || matches.length == 0) {
                    errors.add(Raw.of(0, new InputError(in, 0, "no such file or directory")));
                    continue;
                }
                List<String> found = new ArrayList<>();
                for (FileStatus m : matches) {
                    if (m.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
                        while (it.hasNext()) {
                            LocatedFileStatus s = it.next();
                            if (s.isFile() && !hidden(s.getPath())) found.add(s.getPath().toString());
                        }
                    } else {
                        found.add(m.getPath().toString());
                    }
                }
                if (found.isEmpty()) errors.add(Raw.of(0, new InputError(in, 0, "no readable files")));
                found.sort(Comparator.naturalOrder());
                files.addAll(found);
            } catch (IOException | IllegalArgumentException e) {
                errors.add(Raw.of(0, new InputError(in, 0, "cannot list: " + e.getMessage())));
            }
        }
        return files;
    }

    /** The path part of a URI, to match Spark's spelling of a file with ours ("file:/x" and "file:///x"). */
    private static String pathOf(String uri) {
        return new Path(uri).toUri().getPath();
    }

    private static boolean hidden(Path p) {
        String n = p.getName();
        return n.startsWith(".") || n.startsWith("_");
    }

    /**
     * A whole file through core's readers, from a local copy that keeps its name and its folder's name:
     * core derives ids from the one and, lacking better, the outlet from the other.
     */
    private static List<Raw> readWhole(String uri, long base, PortableDataStream data) {
        List<Raw> out = new ArrayList<>();
        java.nio.file.Path dir = null;
        try {
            dir = Files.createTempDirectory("corroborate-read");
            Path remote = new Path(uri);
            java.nio.file.Path folder = remote.getParent() == null || remote.getParent().getName().isEmpty()
                    ? dir : Files.createDirectory(dir.resolve(remote.getParent().getName()));
            java.nio.file.Path local = folder.resolve(remote.getName());
            try (InputStream in = data.open()) {
                Files.copy(in, local, StandardCopyOption.REPLACE_EXISTING);
            }
            long[] n = {0};
            Stages.readFile(local.toString(), new ArticleSink() {
                @Override
                public void article(RawArticle a) {
                    out.add(Raw.of(base + n[0]++, a));
                }

                @Override
                public void error(InputError e) {
                    // Name the file as the user gave it, not the local copy.
                    out.add(Raw.of(base + n[0]++, new InputError(uri, e.line(), e.message().replace(local.toString(), uri))));
                }
            });
        } catch (IOException e) {
            out.add(Raw.of(base, new InputError(uri, 0, "cannot read: " + e.getMessage())));
        } finally {
            if (dir != null) deleteQuietly(dir);
        }
        return out;
    }

    private static void deleteQuietly(java.nio.file.Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Parquet row with the JSONL field names; {@code published} may be a timestamp or a string. */
    private static Raw fromRow(String file, long seq, int line, Row row) {
        String id = string(row, "id");
        String text = string(row, "text");
        String html = string(row, "html");
        if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
            return Raw.of(seq, new InputError(file, line, "no \"text\" or \"html\" column value"));
        }
        if (id == null || id.isBlank()) return Raw.of(seq, new InputError(file, line, "no \"id\""));
        Instant published = null;
        int i = index(row, "published");
        if (i >= 0 && !row.isNullAt(i)) {
            Object v = row.get(i);
            if (v instanceof Timestamp ts) published = ts.toInstant();
            else if (v instanceof Instant in) published = in;
            else {
                try {
                    published = Instant.parse(v.toString());
                } catch (RuntimeException e) {
                    return Raw.of(seq, new InputError(file, line, "unreadable \"published\": " + v));
                }
            }
        }
        boolean hasText = text != null && !text.isBlank();
        return Raw.of(seq, new RawArticle(id, file, line, string(row, "source"), string(row, "url"),
                string(row, "title"), published, string(row, "author"), hasText ? text : null, hasText ? null : html));
    }

    private static int index(Row row, String field) {
        try {
            return row.fieldIndex(field);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static String string(Row row, String field) {
        int i = index(row, field);
        return i < 0 || row.isNullAt(i) ? null : row.get(i).toString();
    }
}
