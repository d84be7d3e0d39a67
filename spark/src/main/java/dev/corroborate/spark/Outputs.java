package dev.corroborate.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.util.Set;

/**
 * Writes each table as JSON Lines (the project's JSON, one record a line) and/or Parquet (the same
 * fields, typed by a fixed schema so that empty tables and every run get the same columns). Rows are
 * sorted by key so that the files are the same on every run and partitioning.
 */
final class Outputs {

    static final String ARTICLES = "id STRING, source STRING, url STRING, title STRING, published STRING, "
            + "author STRING, language STRING, text STRING, sentences ARRAY<STRING>, "
            + "removed ARRAY<STRUCT<text: STRING, reason: STRING>>, origin STRING, story STRING";
    static final String COPIES = "copy STRING, original STRING, jaccard DOUBLE, containment DOUBLE, "
            + "passages ARRAY<STRUCT<copy_sentence: STRING, original_sentence: STRING, edited: BOOLEAN>>";
    static final String ORIGIN_GROUPS = "original STRING, copies ARRAY<STRING>";
    static final String STORIES = "id STRING, headline STRING, articles ARRAY<STRING>, first_seen STRING, "
            + "last_seen STRING, names ARRAY<STRING>";
    static final String DOSSIERS = "story STRING, "
            + "facts ARRAY<STRUCT<text: STRING, sentences: ARRAY<STRUCT<article: STRING, text: STRING>>, "
            + "sources: ARRAY<STRING>, independent: INT>>, "
            + "conflicts ARRAY<STRUCT<kind: STRING, about: STRING, values: ARRAY<STRUCT<value: STRING, normalized: STRING, "
            + "text: STRING, sources: ARRAY<STRING>, from_copy: BOOLEAN>>>>, "
            + "quotes ARRAY<STRUCT<text: STRING, speaker: STRING, sources: ARRAY<STRING>>>, "
            + "timeline ARRAY<STRUCT<when: STRING, what: STRING, sources: ARRAY<STRING>>>, "
            + "summary ARRAY<STRUCT<text: STRING, sources: ARRAY<STRING>>>";
    static final String ERRORS = "input STRING, line INT, message STRING";

    private final SparkSession spark;
    private final String root;
    private final Set<String> formats;

    Outputs(SparkSession spark, String root, Set<String> formats) {
        this.spark = spark;
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        this.formats = formats;
    }

    /** One table from (sort key, JSON line) pairs. */
    void write(String table, String schema, JavaPairRDD<String, String> keyedJson, int partitions) {
        var json = spark.createDataset(keyedJson.sortByKey(true, partitions).values().rdd(), Encoders.STRING());
        if (formats.contains("jsonl")) {
            json.write().mode(SaveMode.Overwrite).text(root + "/jsonl/" + table);
        }
        if (formats.contains("parquet")) {
            spark.read().schema(schema).json(json).write().mode(SaveMode.Overwrite)
                    .parquet(root + "/parquet/" + table);
        }
    }
}
