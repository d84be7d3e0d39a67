package dev.corroborate.spark;

import dev.corroborate.clean.Cleaner;
import dev.corroborate.cluster.ArticleFeatures;
import dev.corroborate.cluster.ClusterConfig;
import dev.corroborate.cluster.FeatureExtractor;
import dev.corroborate.cluster.StoryKeys;
import dev.corroborate.cluster.StreamState;
import dev.corroborate.cluster.StoryClusterer;
import dev.corroborate.compare.DossierBuilder;
import dev.corroborate.dedup.CopyDetector;
import dev.corroborate.dedup.CopyVerifier;
import dev.corroborate.dedup.Fingerprint;
import dev.corroborate.ingest.ArticleSink;
import dev.corroborate.ingest.Inputs;
import dev.corroborate.ingest.JsonlArticles;
import dev.corroborate.ingest.ReadOptions;
import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;
import dev.corroborate.model.Story;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every call the Spark job makes into {@code core}, in one place: the job distributes and joins, the
 * stages themselves are core's and nothing here re-implements them. When a core stage changes its API,
 * this is the only class to touch.
 */
final class Stages {

    private static final CopyVerifier VERIFIER = new CopyVerifier();

    private Stages() {
    }

    // ---- reading ----

    /** Files of any format core reads (text, HTML, WARC, ...), from a local copy. */
    static void readFile(String localPath, ArticleSink sink) {
        Inputs.read(List.of(localPath), ReadOptions.defaults(), sink);
    }

    /** One JSON Lines record (Spark splits big files by line): the article or an error naming file and line. */
    static void parseJsonLine(String input, int line, String json, ArticleSink sink) {
        JsonlArticles.parseLine(input, line, json, sink);
    }

    // ---- cleaning ----

    /** One outlet's articles in input order, cleaned as the single-machine batch cleans them. */
    static List<Article> cleanOutlet(List<RawArticle> raw, List<InputError> errors) {
        return new Cleaner().cleanBatch(raw, errors::add);
    }

    /** One article on its own (rules only). */
    static Article clean(RawArticle raw) {
        return new Cleaner().clean(raw);
    }

    // ---- copies ----

    /** Core's fingerprint (Serializable, so it travels between stages as it is). */
    static Fingerprint fingerprint(Article a) {
        return Fingerprint.of(a);
    }

    /**
     * The keys under which the detector looks for candidates: the LSH band keys and the exact-text hash
     * (tagged so that it cannot meet a band key, whose high bits hold a band number below 2^16).
     */
    static long[] candidateKeys(Fingerprint f) {
        long[] bands = f.bandKeys();
        long[] keys = Arrays.copyOf(bands, bands.length + 1);
        keys[bands.length] = f.textHash() | 0xffff_0000_0000_0000L;
        return keys;
    }

    /**
     * Exact verification of a candidate pair on the shingle sets, in either direction: true when one is
     * a copy of the other by core's test. Symmetric on purpose: the detector later decides direction and
     * group from the global order; this only has to keep every pair it might relate in one component.
     */
    static boolean related(Fingerprint fa, Fingerprint fb) {
        return VERIFIER.measure(fa, fb).isPresent() || VERIFIER.measure(fb, fa).isPresent();
    }

    /** What the copy stage says about a set of articles that only relate to each other. */
    record CopyResult(List<CopyRelation> relations, Map<String, String> origins) {
    }

    /** The incremental detector over one copy component, in global publication order. */
    static CopyResult copies(List<Article> ordered) {
        try (CopyDetector d = new CopyDetector()) {
            List<CopyRelation> relations = new ArrayList<>();
            for (Article a : ordered) relations.addAll(d.add(a));
            return new CopyResult(relations, d.origins());
        }
    }

    // ---- stories and dossiers ----

    /** What the clusterer compares of an article (Lucene analysis, names, and the embedding when asked). */
    static FeatureExtractor featureExtractor(boolean embeddings) {
        return new FeatureExtractor(embeddings);
    }

    /** How many originals may register one story key: the clusterer's setting. */
    static int keyCapacity() {
        return ClusterConfig.defaults().keyCapacity();
    }

    /** The keys through which an original finds stories and is found, as the clusterer derives them. */
    static StoryKeys storyKeys(ArticleFeatures features, StreamState state) {
        return StoryKeys.of(features, state, ClusterConfig.defaults());
    }

    /**
     * The online clusterer over one story block, in global publication order, each original weighed with
     * the whole stream's state as of it.
     */
    static List<Story> stories(List<Article> ordered, Map<String, String> origins, Map<String, ArticleFeatures> features,
                               Map<String, StreamState> states, boolean embeddings) {
        StoryClusterer c = new StoryClusterer(ClusterConfig.defaults().withEmbeddings(embeddings), a -> features.get(a.id()));
        for (Article a : ordered) c.add(a, origins.getOrDefault(a.id(), a.id()), states.get(a.id()));
        return c.stories();
    }

    static Dossier dossier(List<Article> members, Map<String, String> origins, List<CopyRelation> duplicates) {
        return new DossierBuilder().build(members, origins, duplicates);
    }

    // ---- helpers ----

    /** A stable 64-bit key for a string (graph node ids, band keys): the first 8 bytes of its SHA-256. */
    static long hash64(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) h = (h << 8) | (d[i] & 0xff);
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> originsOf(List<Article> members, Map<String, String> all) {
        Map<String, String> m = new HashMap<>();
        for (Article a : members) m.put(a.id(), all.getOrDefault(a.id(), a.id()));
        return m;
    }
}
