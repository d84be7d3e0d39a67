package dev.corroborate.store;

import dev.corroborate.cluster.ClusterConfig;
import dev.corroborate.cluster.StoryClusterer;
import dev.corroborate.dedup.CopyDetector;
import dev.corroborate.dedup.Fingerprint;
import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.InputError;
import dev.corroborate.model.Story;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The write path: the in-memory state of the incremental stages (copy detector, story clusterer, what is
 * already stored) and the turning of a batch into documents. The stages keep their state in memory only, so
 * opening a store for writing replays the stored articles into them in ingest order.
 */
final class Ingester implements AutoCloseable {

    private static final int REPLAY_CHUNK = 4096;

    private final IndexWriter writer;
    private final DossierStage dossiers;
    private final CopyDetector detector = new CopyDetector();
    private final StoredFeatures features = new StoredFeatures(ClusterConfig.defaults().useEmbeddings());
    private final StoryClusterer clusterer = new StoryClusterer(ClusterConfig.defaults(), features);
    private final Set<String> ids = new HashSet<>();
    private final Set<String> hashes = new HashSet<>();
    private final Map<String, String> outletOf = new HashMap<>();
    private final Map<String, List<CopyRelation>> relations = new HashMap<>();
    private Map<String, String> origins = Map.of();
    private final Map<String, Integer> storySizes = new HashMap<>();
    private long seq;
    /** Time spent per stage over this store's life, in nanoseconds: copy detection, clustering, loading stored
     *  members of touched stories, building dossiers. */
    long dedupNs;
    long clusterNs;
    long loadNs;
    long dossierNs;

    Ingester(IndexWriter writer, DossierStage dossiers) {
        this.writer = writer;
        this.dossiers = dossiers;
    }

    /** Frees what the stages hold outside the heap. */
    @Override
    public void close() {
        detector.close();
    }

    /** Feeds every stored article, in ingest order, to the stages. */
    void replay(IndexSearcher searcher) throws IOException {
        int n = Math.max(1, searcher.count(Docs.kind(Docs.ARTICLE)));
        TopDocs all = searcher.search(Docs.kind(Docs.ARTICLE), n, new Sort(new SortField(Docs.SEQ, SortField.Type.LONG)));
        StoredFields fields = searcher.storedFields();
        for (int from = 0; from < all.scoreDocs.length; from += REPLAY_CHUNK) {
            List<Document> docs = new ArrayList<>();
            for (int i = from; i < Math.min(all.scoreDocs.length, from + REPLAY_CHUNK); i++) {
                docs.add(fields.document(all.scoreDocs[i].doc));
            }
            // Parsing and fingerprinting dominate a replay and need no order: done on all cores, then added in order.
            List<Article> articles = docs.parallelStream().map(d -> Docs.read(d.get(Docs.JSON), Article.class)).toList();
            List<Fingerprint> prints = fingerprints(articles);
            Map<String, float[]> vectors = new HashMap<>();
            for (int i = 0; i < docs.size(); i++) {
                float[] v = Docs.vector(docs.get(i));
                if (v != null) vectors.put(articles.get(i).id(), v);
            }
            // Copies join their original without features; the rest had theirs computed and their vector stored.
            List<Article> originals = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                String clusterOrigin = docs.get(i).get(Docs.CLUSTER_ORIGIN);
                if (clusterOrigin == null || clusterOrigin.equals(articles.get(i).id())) originals.add(articles.get(i));
            }
            features.prepare(originals, vectors);
            for (int i = 0; i < docs.size(); i++) {
                Document d = docs.get(i);
                Article a = articles.get(i);
                ids.add(a.id());
                outletOf.put(a.id(), outlet(a));
                hashes.add(d.get(Docs.HASH));
                seq = Math.max(seq, d.getField(Docs.SEQ).numericValue().longValue());
                detector.add(a, prints.get(i)).forEach(this::remember);
                clusterer.add(a, d.get(Docs.CLUSTER_ORIGIN));
            }
            features.clear();
        }
        origins = detector.origins();
        for (Story s : clusterer.stories()) storySizes.put(s.id(), s.articles().size());
    }

    private static List<Fingerprint> fingerprints(List<Article> articles) {
        return articles.parallelStream().map(Fingerprint::of).toList();
    }

    /**
     * Adds the batch's new articles and rewrites the touched stories, with their dossiers rebuilt when
     * {@code buildDossiers}, else marked pending (see {@link #rebuild}); the caller commits.
     */
    IngestReport ingest(List<Article> batch, List<InputError> errors, ArticleLoader loader, boolean buildDossiers)
            throws IOException {
        List<Article> fresh = new ArrayList<>();
        Map<String, String> hashOf = new HashMap<>();
        int skipped = 0;
        for (Article a : batch) {
            if (a.text() == null || a.text().isBlank()) {
                errors.add(new InputError(a.id(), 0, "no text left after cleaning; not stored"));
                continue;
            }
            String h = Docs.contentHash(a);
            if (ids.contains(a.id()) || hashes.contains(h)) {
                skipped++;
                continue;
            }
            ids.add(a.id());
            outletOf.put(a.id(), outlet(a));
            hashes.add(h);
            hashOf.put(a.id(), h);
            fresh.add(a);
        }
        // Publication order drives the incremental stages, as in the in-memory pipeline.
        fresh.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
        long t0 = System.nanoTime();
        List<CopyRelation> found = new ArrayList<>();
        List<Fingerprint> prints = fingerprints(fresh);
        for (int i = 0; i < fresh.size(); i++) found.addAll(detector.add(fresh.get(i), prints.get(i)));
        Map<String, String> before = origins;
        origins = detector.origins();
        dedupNs += System.nanoTime() - t0;
        for (CopyRelation r : found) {
            remember(r);
            writer.addDocument(Docs.copy(r));
        }

        Set<String> touched = new LinkedHashSet<>();
        Map<String, Article> inBatch = new HashMap<>();
        long t1 = System.nanoTime();
        features.prepare(fresh.stream().filter(a -> originOf(a.id()).equals(a.id())).toList(), Map.of());
        clusterNs += System.nanoTime() - t1;
        for (Article a : fresh) {
            String origin = originOf(a.id());
            long t2 = System.nanoTime();
            touched.add(clusterer.add(a, origin));
            clusterNs += System.nanoTime() - t2;
            writer.addDocument(Docs.article(a, hashOf.get(a.id()), origin, origin, ++seq, features.vector(a.id())));
            inBatch.put(a.id(), a);
        }
        features.clear();
        Set<String> moved = rewriteMovedOrigins(before, inBatch.keySet(), loader);

        Map<String, Story> stories = new LinkedHashMap<>();
        long t3 = System.nanoTime();
        List<Story> all = clusterer.stories();
        clusterNs += System.nanoTime() - t3;
        for (Story s : all) {
            stories.put(s.id(), s);
            Integer known = storySizes.put(s.id(), s.articles().size());
            if (!Objects.equals(known, s.articles().size())) touched.add(s.id());
            if (!moved.isEmpty() && s.articles().stream().anyMatch(moved::contains)) touched.add(s.id());
        }
        for (String gone : new ArrayList<>(storySizes.keySet())) {
            if (!stories.containsKey(gone)) {
                storySizes.remove(gone);
                writer.deleteDocuments(new Term(Docs.STORY_ID, gone));
            }
        }
        List<String> rebuilt = new ArrayList<>();
        for (String id : touched) {
            Story s = stories.get(id);
            if (s == null) continue;
            writeStory(s, inBatch, loader, errors, buildDossiers);
            rebuilt.add(id);
        }
        return new IngestReport(fresh.size(), skipped, rebuilt, errors, seq);
    }

    private String originOf(String id) {
        return origins.getOrDefault(id, id);
    }

    private void remember(CopyRelation r) {
        relations.computeIfAbsent(r.copy(), k -> new ArrayList<>()).add(r);
        relations.computeIfAbsent(r.original(), k -> new ArrayList<>()).add(r);
    }

    /** A new article can change the origin of stored ones (an earlier original turns up): store the new origin. */
    private Set<String> rewriteMovedOrigins(Map<String, String> before, Set<String> fresh, ArticleLoader loader)
            throws IOException {
        Set<String> moved = new HashSet<>();
        for (Map.Entry<String, String> e : origins.entrySet()) {
            if (fresh.contains(e.getKey())) continue;
            if (!e.getValue().equals(before.getOrDefault(e.getKey(), e.getKey()))) moved.add(e.getKey());
        }
        for (Loaded old : loader.load(moved)) {
            writer.updateDocument(new Term(Docs.ARTICLE_ID, old.article().id()),
                    Docs.article(old.article(), Docs.contentHash(old.article()), originOf(old.article().id()),
                            old.clusterOrigin(), old.seq(), old.vector()));
        }
        return moved;
    }

    /** Builds the dossier of a stored story whose dossier is pending and rewrites it; the caller commits. */
    void rebuild(Story s, ArticleLoader loader, List<InputError> errors) throws IOException {
        writeStory(s, Map.of(), loader, errors, true);
    }

    private void writeStory(Story s, Map<String, Article> inBatch, ArticleLoader loader, List<InputError> errors,
                            boolean buildDossier) throws IOException {
        // A pending story is written from what the ingester holds in memory: loading every stored member of
        // a story each time a batch touches it would grow with the story.
        Dossier dossier = buildDossier ? dossier(s, members(s.articles(), inBatch, loader), errors) : Dossier.empty();
        Set<String> outlets = new HashSet<>();
        for (String id : s.articles()) outlets.add(outletOf.getOrDefault(id, id));
        Instant time = s.lastSeen() != null ? s.lastSeen() : Instant.now();
        String headline = s.headline() != null && !s.headline().isBlank() ? s.headline()
                : fallbackHeadline(members(s.articles().subList(0, Math.min(1, s.articles().size())), inBatch, loader));
        StorySummary summary = new StorySummary(s.id(), headline, s.articles().size(), outlets.size(),
                dossier.conflicts().size(), time);
        writer.updateDocument(new Term(Docs.STORY_ID, s.id()), Docs.story(s.withDossier(dossier), summary, !buildDossier));
    }

    /** The articles of these ids, from the batch or else from the store, oldest first. */
    private List<Article> members(List<String> ids, Map<String, Article> inBatch, ArticleLoader loader) throws IOException {
        List<Article> members = new ArrayList<>();
        List<String> stored = new ArrayList<>();
        for (String id : ids) {
            Article a = inBatch.get(id);
            if (a != null) members.add(a);
            else stored.add(id);
        }
        long t0 = System.nanoTime();
        for (Loaded sa : loader.load(stored)) members.add(sa.article());
        loadNs += System.nanoTime() - t0;
        members.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
        return members;
    }

    private Dossier dossier(Story s, List<Article> members, List<InputError> errors) {
        Map<String, String> memberOrigins = new HashMap<>();
        Set<CopyRelation> copies = new LinkedHashSet<>();
        for (Article a : members) {
            memberOrigins.put(a.id(), originOf(a.id()));
            for (CopyRelation r : relations.getOrDefault(a.id(), List.of())) {
                if (r.copy().equals(a.id())) copies.add(r);
            }
        }
        long t1 = System.nanoTime();
        try {
            return dossiers.build(members, memberOrigins, List.copyOf(copies));
        } catch (RuntimeException e) {
            // One story's failing dossier must not lose the batch: store the story, say what went wrong.
            errors.add(new InputError("story " + s.id(), 0, "dossier not built: " + e));
            return Dossier.empty();
        } finally {
            dossierNs += System.nanoTime() - t1;
        }
    }

    /** When the clusterer has no headline: the first member's title, else the start of its text. */
    private static String fallbackHeadline(List<Article> members) {
        if (members.isEmpty()) return null;
        Article a = members.get(0);
        if (a.title() != null && !a.title().isBlank()) return a.title();
        String first = a.sentences().isEmpty() ? a.text() : a.sentences().get(0);
        first = first.replaceAll("\\s+", " ").strip();
        return first.length() <= 100 ? first : first.substring(0, 100) + "…";
    }

    /** What a story counts as one outlet: the article's source, or the article itself when it names none. */
    private static String outlet(Article a) {
        return a.source() == null || a.source().isBlank() ? a.id() : a.source().strip();
    }

    /** Reads stored articles by id from the last commit. */
    interface ArticleLoader {
        List<Loaded> load(Collection<String> ids) throws IOException;
    }

    /** A stored article with what replay and rewrites need. */
    record Loaded(Article article, String origin, String clusterOrigin, long seq, float[] vector) {
    }
}
