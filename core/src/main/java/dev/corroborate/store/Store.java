package dev.corroborate.store;

import dev.corroborate.clean.Cleaner;
import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;
import dev.corroborate.model.Story;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded store: articles, copy relations, stories and dossiers in one Lucene index in a directory, with
 * BM25 search. Writes go through {@link #ingest}, which returns only after a Lucene commit holding the batch,
 * so a process killed at any moment leaves every acknowledged article on disk. One writer at a time (Lucene's
 * write lock); any number of readers. Thread-safe.
 */
public final class Store implements AutoCloseable {

    /** The directory used when none is given. */
    public static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".corroborate");
    }

    private static final Analyzer ANALYZER = new StandardAnalyzer();

    private final Path dir;
    private final Directory directory;
    private final DossierStage dossiers;
    private final Cleaner cleaner = new Cleaner();
    private IndexWriter writer;
    private Ingester ingester;
    private SearcherManager searchers;
    private long replayMillis;
    private long cleanNs;
    private long ingestNs;
    private long commitNs;

    private Store(Path dir, Directory directory, DossierStage dossiers) {
        this.dir = dir;
        this.directory = directory;
        this.dossiers = dossiers;
    }

    /** Opens (creating it if needed) the store in {@code dir} for reading and writing. */
    public static Store open(Path dir) {
        return open(dir, DossierStage.standard());
    }

    /** As {@link #open(Path)}, with the compare stage given. */
    public static Store open(Path dir, DossierStage dossiers) {
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            Store store = new Store(dir, directory, dossiers);
            store.openWriter();
            return store;
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new StoreLockedException(dir, e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("cannot open the store " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing store for reading only: takes no lock, so it works while a writer is running. */
    public static Store openReadOnly(Path dir) {
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                throw new IllegalArgumentException("no store in " + dir + " (run 'corroborate ingest' first)");
            }
            Store store = new Store(dir, directory, null);
            store.searchers = new SearcherManager(directory, null);
            return store;
        } catch (IOException e) {
            closeQuietly(directory);
            throw new UncheckedIOException("cannot open the store " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(directory);
            throw e;
        }
    }

    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(ANALYZER)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        writer = new IndexWriter(directory, config);
        // An empty first commit makes a fresh store readable (and visible to read-only opens) at once.
        if (!DirectoryReader.indexExists(directory)) writer.commit();
        searchers = new SearcherManager(writer, null);
        long start = System.nanoTime();
        ingester = new Ingester(writer, dossiers);
        withSearcherIo(s -> {
            ingester.replay(s);
            return null;
        });
        replayMillis = (System.nanoTime() - start) / 1_000_000;
    }

    public Path dir() {
        return dir;
    }

    /** How long opening for writing spent replaying stored articles into the incremental stages. */
    public long replayMillis() {
        return replayMillis;
    }

    /**
     * Cleans raw articles as one batch (on all cores; boilerplate an outlet repeats within the batch is learned)
     * and ingests them; those the cleaner refuses are reported, not thrown.
     */
    public IngestReport ingestRaw(List<RawArticle> raw) {
        return ingestRaw(raw, true);
    }

    /**
     * As {@link #ingestRaw(List)}; with {@code buildDossiers} false the touched stories are stored with their
     * dossiers pending, to be built once by {@link #buildPendingDossiers} (or when a story is read) rather than
     * after every batch: a story that grows over many batches is then compared once, not once per batch.
     */
    public IngestReport ingestRaw(List<RawArticle> raw, boolean buildDossiers) {
        long start = System.nanoTime();
        List<InputError> errors = new ArrayList<>();
        List<Article> clean = cleaner.cleanBatch(raw, errors::add);
        synchronized (this) {
            cleanNs += System.nanoTime() - start;
        }
        int cleaningErrors = errors.size();
        IngestReport report = ingest(clean, errors, buildDossiers);
        // The store names articles by id; name the file (and line) they came from as well.
        Map<String, RawArticle> byId = new java.util.HashMap<>();
        for (RawArticle r : raw) byId.putIfAbsent(r.id(), r);
        List<InputError> named = new ArrayList<>(report.errors().subList(0, cleaningErrors));
        for (InputError e : report.errors().subList(cleaningErrors, report.errors().size())) {
            RawArticle r = byId.get(e.input());
            named.add(r == null ? e : new InputError(r.input(), r.line(), "article " + r.id() + ": " + e.message()));
        }
        return new IngestReport(report.stored(), report.skipped(), report.stories(), named, report.total());
    }

    /**
     * Stores the articles not yet stored (new id and new content), folds copies and clusters them against what
     * is stored, rebuilds the dossiers of the stories they touch, and commits. Returns after the commit.
     */
    public IngestReport ingest(List<Article> articles) {
        return ingest(articles, new ArrayList<>(), true);
    }

    private synchronized IngestReport ingest(List<Article> articles, List<InputError> errors, boolean buildDossiers) {
        return write("ingest failed, batch not stored", () -> {
            long start = System.nanoTime();
            IngestReport report = ingester.ingest(articles, errors, this::load, buildDossiers);
            ingestNs += System.nanoTime() - start;
            commit();
            return report;
        });
    }

    private interface WriteWork<T> {
        T run() throws IOException;
    }

    /** Runs a write; when it fails, drops what it wrote since the last commit (see {@link #recover}) and rethrows. */
    private synchronized <T> T write(String failure, WriteWork<T> work) {
        requireWritable();
        try {
            return work.run();
        } catch (IOException | RuntimeException e) {
            recover(e);
            if (e instanceof IOException io) throw new UncheckedIOException(failure + ": " + io.getMessage(), io);
            throw (RuntimeException) e;
        }
    }

    private void requireWritable() {
        if (writer == null) {
            throw new IllegalStateException("the store " + dir + (ingester == null ? " is open read-only"
                    : " could not recover from a failed write; reopen it"));
        }
    }

    /** Stories whose dossier is still to be built (deferred by ingest, or left so by a process that was killed). */
    public long pendingDossiers() {
        return withSearcher(s -> (long) s.count(Docs.pending()));
    }

    /**
     * Builds every pending dossier, committing every {@code perCommit} stories so that a long run keeps what
     * it built when it is killed; {@code progress} hears the number built so far after each commit. Returns
     * the stories built and their errors (a story whose dossier fails is stored without one).
     */
    public IngestReport buildPendingDossiers(int perCommit, java.util.function.IntConsumer progress) {
        return buildPendingDossiers(Integer.MAX_VALUE, perCommit, progress);
    }

    /** As {@link #buildPendingDossiers(int, java.util.function.IntConsumer)}, for at most {@code limit} stories (the rest stay pending). */
    public synchronized IngestReport buildPendingDossiers(int limit, int perCommit, java.util.function.IntConsumer progress) {
        requireWritable();
        List<String> ids = withSearcher(s -> {
            TopDocs top = s.search(Docs.pending(), Math.max(1, Math.min(limit, s.count(Docs.pending()))));
            List<String> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) out.add(Docs.storyId(s, sd.doc));
            return out;
        });
        List<InputError> errors = new ArrayList<>();
        List<String> built = new ArrayList<>();
        int every = Math.max(1, perCommit);
        write("building dossiers failed", () -> {
            for (String id : ids) {
                Optional<Story> story = storedStory(id);
                if (story.isEmpty()) continue;
                long start = System.nanoTime();
                ingester.rebuild(story.get(), this::load, errors);
                ingestNs += System.nanoTime() - start;
                built.add(id);
                if (built.size() % every == 0) {
                    commit();
                    progress.accept(built.size());
                }
            }
            if (built.size() % every != 0) {
                commit();
                progress.accept(built.size());
            }
            return null;
        });
        return new IngestReport(0, 0, built, errors, articleCount());
    }

    private void commit() throws IOException {
        long committing = System.nanoTime();
        writer.commit();
        searchers.maybeRefreshBlocking();
        commitNs += System.nanoTime() - committing;
    }

    private Optional<Story> storedStory(String id) {
        return withSearcher(s -> {
            int doc = storyDoc(s, id);
            return doc < 0 ? Optional.<Story>empty() : Optional.of(Docs.read(s.storedFields().document(doc).get(Docs.JSON), Story.class));
        });
    }

    private static boolean isPending(IndexSearcher s, String id) throws IOException {
        return s.count(new BooleanQuery.Builder().add(new TermQuery(new Term(Docs.STORY_ID, id)), Occur.FILTER)
                .add(Docs.pending(), Occur.FILTER).build()) > 0;
    }

    private boolean readOnlyPending(IndexSearcher s, String id) throws IOException {
        return writer == null && isPending(s, id);
    }

    /**
     * A pending dossier built from what is stored, for a reader that cannot write it back (a writer may be
     * ingesting at the same time): the members with their stored origins and the copy relations among them.
     */
    private Dossier dossierFromStored(IndexSearcher s, Story story) throws IOException {
        List<Ingester.Loaded> loaded = load(s, story.articles());
        List<Article> members = new ArrayList<>();
        Map<String, String> origins = new java.util.HashMap<>();
        for (Ingester.Loaded l : loaded) {
            members.add(l.article());
            origins.put(l.article().id(), l.origin());
        }
        members.sort(Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder())));
        List<CopyRelation> copies = new ArrayList<>();
        TopDocs top = s.search(new TermInSetQuery(Docs.COPY_OF, terms(story.articles())), Integer.MAX_VALUE / 2);
        for (ScoreDoc sd : top.scoreDocs) {
            copies.add(Docs.read(s.storedFields().document(sd.doc).get(Docs.JSON), CopyRelation.class));
        }
        DossierStage stage = dossiers != null ? dossiers : DossierStage.standard();
        return stage.build(members, origins, copies);
    }

    /** A read of a story whose dossier is pending builds it first (and keeps it, when this store can write). */
    private void buildIfPending(String id) {
        if (writer == null || ingester == null) return;
        if (!withSearcher(s -> isPending(s, id))) return;
        write("building the dossier of story " + id + " failed", () -> {
            // Another reader may have built it while this one waited for the lock.
            Optional<Story> story = withSearcherIo(s -> isPending(s, id)) ? storedStory(id) : Optional.empty();
            if (story.isPresent()) {
                ingester.rebuild(story.get(), this::load, new ArrayList<>());
                commit();
            }
            return null;
        });
    }

    /** After a failed batch: drop what it wrote and rebuild the stages' state from the last commit. */
    private void recover(Exception cause) {
        try {
            searchers.close();
            ingester.close();
            writer.rollback();
            openWriter();
        } catch (IOException | RuntimeException again) {
            cause.addSuppressed(again);
            writer = null;
        }
    }

    /**
     * Where ingest time went since this store was opened, in milliseconds: cleaning, copy detection,
     * clustering, loading the stored articles of touched stories, building dossiers, the rest of the indexing
     * (hashing, JSON, Lucene documents), and commits (with the refresh of searchers).
     */
    public synchronized Map<String, Long> ingestTimings() {
        Map<String, Long> t = new java.util.LinkedHashMap<>();
        t.put("clean", cleanNs / 1_000_000);
        if (ingester != null) {
            t.put("dedup", ingester.dedupNs / 1_000_000);
            t.put("cluster", ingester.clusterNs / 1_000_000);
            t.put("load_members", ingester.loadNs / 1_000_000);
            t.put("dossier", ingester.dossierNs / 1_000_000);
            long stages = ingester.dedupNs + ingester.clusterNs + ingester.loadNs + ingester.dossierNs;
            t.put("index", (ingestNs - stages) / 1_000_000);
        }
        t.put("commit", commitNs / 1_000_000);
        return t;
    }

    /** Articles in the store (acknowledged ones). */
    public long articleCount() {
        return withSearcher(s -> (long) s.count(Docs.kind(Docs.ARTICLE)));
    }

    public Optional<StoredArticle> article(String id) {
        return withSearcher(s -> {
            List<Ingester.Loaded> found = load(s, List.of(id));
            if (found.isEmpty()) return Optional.empty();
            Ingester.Loaded l = found.get(0);
            return Optional.of(new StoredArticle(l.article(), l.origin(), storyOf(s, id), l.seq()));
        });
    }

    /** Stories, newest first; {@code since} (may be null) keeps those that moved at or after it. */
    public List<StorySummary> stories(Instant since, int limit) {
        return withSearcher(s -> {
            Query q = Docs.kind(Docs.STORY);
            if (since != null) {
                q = new BooleanQuery.Builder().add(q, Occur.FILTER)
                        .add(LongPoint.newRangeQuery(Docs.TIME, since.toEpochMilli(), Long.MAX_VALUE), Occur.FILTER)
                        .build();
            }
            TopDocs top = s.search(q, Math.max(1, limit), new Sort(new SortField(Docs.TIME, SortField.Type.LONG, true)));
            List<StorySummary> out = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) out.add(Docs.summary(s, sd.doc));
            return out;
        });
    }

    /** The story with its dossier as stored JSON (served as is by the API). */
    public Optional<String> storyJson(String id) {
        buildIfPending(id);
        return withSearcher(s -> {
            int doc = storyDoc(s, id);
            if (doc < 0) return Optional.<String>empty();
            String json = s.storedFields().document(doc).get(Docs.JSON);
            if (!readOnlyPending(s, id)) return Optional.of(json);
            Story story = Docs.read(json, Story.class);
            return Optional.of(Docs.write(story.withDossier(dossierFromStored(s, story))));
        });
    }

    /** The story with all its articles and copy relations, for its page. */
    public Optional<StoredStory> story(String id) {
        return story(id, Integer.MAX_VALUE);
    }

    /** As {@link #story(String)} with at most {@code maxArticles} articles (the first the story lists). */
    public Optional<StoredStory> story(String id, int maxArticles) {
        buildIfPending(id);
        return withSearcher(s -> {
            int doc = storyDoc(s, id);
            if (doc < 0) return Optional.empty();
            Story story = Docs.read(s.storedFields().document(doc).get(Docs.JSON), Story.class);
            if (readOnlyPending(s, id)) story = story.withDossier(dossierFromStored(s, story));
            List<String> ids = story.articles().subList(0, Math.min(maxArticles, story.articles().size()));
            List<StoredArticle> articles = load(s, ids).stream()
                    .map(l -> new StoredArticle(l.article(), l.origin(), id, l.seq()))
                    .sorted(Comparator.comparing((StoredArticle a) -> a.article().published(),
                            Comparator.nullsLast(Comparator.naturalOrder())).thenComparingLong(StoredArticle::seq))
                    .toList();
            List<CopyRelation> copies = new ArrayList<>();
            TopDocs top = s.search(new TermInSetQuery(Docs.COPY_OF, terms(ids)), Integer.MAX_VALUE / 2);
            StoredFields fields = s.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                copies.add(Docs.read(fields.document(sd.doc).get(Docs.JSON), CopyRelation.class));
            }
            return Optional.of(new StoredStory(Docs.summary(s, doc), story, articles, copies));
        });
    }

    /**
     * BM25 search over articles (title, text) and stories (headline, names, dossier). Lucene query syntax is
     * accepted; text that does not parse as a query is searched as plain words.
     */
    public List<SearchHit> search(String query, int limit) {
        if (query == null || query.isBlank()) throw new IllegalArgumentException("empty query");
        Query parsed = parse(query);
        return withSearcher(s -> {
            TopDocs top;
            try {
                top = s.search(parsed, Math.max(1, limit));
            } catch (TooManyClauses e) {
                throw new IllegalArgumentException("query too broad: " + e.getMessage());
            }
            StoredFields fields = s.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                StorySummary st = Docs.summary(s, sd.doc);
                if (st == null) {
                    Article a = Docs.read(fields.document(sd.doc).get(Docs.JSON), Article.class);
                    hits.add(new SearchHit("article", a.id(), a.title(), storyOf(s, a.id()), sd.score, snippet(a.text())));
                } else {
                    hits.add(new SearchHit("story", st.id(), st.headline(), st.id(), sd.score,
                            st.articles() + " articles from " + st.outlets() + " outlets"));
                }
            }
            return hits;
        });
    }

    private static Query parse(String query) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[]{Docs.TITLE, Docs.TEXT, Docs.HEADLINE, Docs.BODY}, ANALYZER,
                Map.of(Docs.TITLE, 2f, Docs.HEADLINE, 2f, Docs.TEXT, 1f, Docs.BODY, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(query);
        } catch (ParseException | RuntimeException e) {
            try {
                return parser.parse(QueryParser.escape(query));
            } catch (ParseException again) {
                throw new IllegalArgumentException("cannot search for this: " + again.getMessage());
            }
        }
    }

    private static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 240 ? flat : flat.substring(0, 240) + "…";
    }

    /** The story's document number, -1 when there is none. */
    private static int storyDoc(IndexSearcher s, String id) throws IOException {
        TopDocs top = s.search(new TermQuery(new Term(Docs.STORY_ID, id)), 1);
        return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
    }

    private static String storyOf(IndexSearcher s, String articleId) throws IOException {
        TopDocs top = s.search(new TermQuery(new Term(Docs.MEMBER, articleId)), 1);
        return top.scoreDocs.length == 0 ? null : Docs.storyId(s, top.scoreDocs[0].doc);
    }

    private List<Ingester.Loaded> load(Collection<String> ids) throws IOException {
        if (ids.isEmpty()) return List.of();
        return withSearcherIo(s -> load(s, ids));
    }

    private static List<Ingester.Loaded> load(IndexSearcher s, Collection<String> ids) throws IOException {
        if (ids.isEmpty()) return List.of();
        TopDocs top = s.search(new TermInSetQuery(Docs.ARTICLE_ID, terms(ids)), ids.size());
        StoredFields fields = s.storedFields();
        List<Ingester.Loaded> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = fields.document(sd.doc);
            out.add(new Ingester.Loaded(Docs.read(d.get(Docs.JSON), Article.class), d.get(Docs.ORIGIN),
                    d.get(Docs.CLUSTER_ORIGIN), d.getField(Docs.SEQ).numericValue().longValue(), Docs.vector(d)));
        }
        return out;
    }

    private static List<BytesRef> terms(Collection<String> ids) {
        return ids.stream().map(BytesRef::new).toList();
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            return withSearcherIo(work);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the store " + dir + ": " + e.getMessage(), e);
        }
    }

    private <T> T withSearcherIo(SearcherWork<T> work) throws IOException {
        SearcherManager manager = searchers;
        if (writer == null) manager.maybeRefresh(); // a read-only store follows the writer's commits
        IndexSearcher s = manager.acquire();
        try {
            return work.apply(s);
        } finally {
            manager.release(s);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (searchers != null) searchers.close();
            if (ingester != null) ingester.close();
            if (writer != null) writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the store " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Directory d) {
        if (d == null) return;
        try {
            d.close();
        } catch (IOException ignored) {
            // already failing: the first error is the one reported
        }
    }
}
