package dev.corroborate.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.Story;
import dev.corroborate.render.Json;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The store's schema: one Lucene index holds three kinds of documents (article, copy, story), so that one
 * commit makes a whole ingest batch durable at once.
 */
final class Docs {

    static final String KIND = "kind";
    static final String ARTICLE = "article";
    static final String COPY = "copy";
    static final String STORY = "story";

    // article documents
    static final String ARTICLE_ID = "article_id";
    static final String HASH = "hash";
    static final String SEQ = "seq";
    static final String ORIGIN = "origin";
    /** The origin handed to the clusterer when the article was added: replaying with it reproduces the stories. */
    static final String CLUSTER_ORIGIN = "cluster_origin";
    static final String TITLE = "title";
    static final String TEXT = "text";
    /** The clusterer's vector of title and lead (half precision), so that a replay need not embed again. */
    static final String VECTOR = "vector";
    // copy documents
    static final String COPY_OF = "copy_of";
    static final String COPIED_BY = "copied_by";
    // story documents
    static final String STORY_ID = "story_id";
    static final String MEMBER = "member";
    static final String TIME = "time";
    static final String SUMMARY = "summary";
    static final String HEADLINE = "headline";
    static final String BODY = "body";
    /** Present (value "1") on a story whose dossier is not built yet: ingest can defer dossiers to the end of a run. */
    static final String PENDING = "dossier_pending";
    // all kinds: the record as JSON
    static final String JSON = "json";

    private Docs() {
    }

    static Query kind(String kind) {
        return new TermQuery(new Term(KIND, kind));
    }

    /** Stories whose dossier is pending. */
    static Query pending() {
        return new TermQuery(new Term(PENDING, "1"));
    }

    static Document article(Article a, String hash, String origin, String clusterOrigin, long seq, float[] vector) {
        Document d = new Document();
        d.add(new StringField(KIND, ARTICLE, Field.Store.NO));
        d.add(new StringField(ARTICLE_ID, a.id(), Field.Store.YES));
        d.add(new StringField(HASH, hash, Field.Store.YES));
        d.add(new NumericDocValuesField(SEQ, seq));
        d.add(new StoredField(SEQ, seq));
        d.add(new StoredField(ORIGIN, origin));
        d.add(new StoredField(CLUSTER_ORIGIN, clusterOrigin));
        if (a.title() != null) d.add(new TextField(TITLE, a.title(), Field.Store.NO));
        d.add(new TextField(TEXT, a.text(), Field.Store.NO));
        d.add(new StoredField(JSON, write(a)));
        if (vector != null) d.add(new StoredField(VECTOR, StoredFeatures.encode(vector)));
        return d;
    }

    /** The stored vector of an article document, null when it has none. */
    static float[] vector(Document d) {
        BytesRef b = d.getBinaryValue(VECTOR);
        return b == null ? null : StoredFeatures.decode(java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length));
    }

    static Document copy(CopyRelation r) {
        Document d = new Document();
        d.add(new StringField(KIND, COPY, Field.Store.NO));
        d.add(new StringField(COPY_OF, r.copy(), Field.Store.NO));
        d.add(new StringField(COPIED_BY, r.original(), Field.Store.NO));
        d.add(new StoredField(JSON, write(r)));
        return d;
    }

    static Document story(Story s, StorySummary summary, boolean dossierPending) {
        Document d = new Document();
        d.add(new StringField(KIND, STORY, Field.Store.NO));
        if (dossierPending) d.add(new StringField(PENDING, "1", Field.Store.NO));
        d.add(new StringField(STORY_ID, s.id(), Field.Store.YES));
        // Small values as doc values: lists and lookups read them without decompressing the story's JSON.
        d.add(new SortedDocValuesField(STORY_ID, new BytesRef(s.id())));
        for (String m : s.articles()) d.add(new StringField(MEMBER, m, Field.Store.NO));
        long t = summary.time().toEpochMilli();
        d.add(new LongPoint(TIME, t));
        d.add(new NumericDocValuesField(TIME, t));
        if (s.headline() != null) d.add(new TextField(HEADLINE, s.headline(), Field.Store.NO));
        d.add(new TextField(BODY, searchableBody(s), Field.Store.NO));
        d.add(new BinaryDocValuesField(SUMMARY, new BytesRef(write(summary))));
        d.add(new StoredField(JSON, write(s)));
        return d;
    }

    /** What a story is found by besides its headline: its names and its dossier's summary and facts. */
    private static String searchableBody(Story s) {
        StringBuilder b = new StringBuilder(String.join(" ", s.names()));
        Dossier dossier = s.dossier();
        if (dossier != null) {
            b.append('\n').append(dossier.summary().stream().map(Dossier.SummarySentence::text)
                    .collect(Collectors.joining("\n")));
            b.append('\n').append(dossier.facts().stream().map(Dossier.Fact::text).collect(Collectors.joining("\n")));
        }
        return b.toString();
    }

    /** The summary of a story document, null for other kinds. */
    static StorySummary summary(IndexSearcher s, int doc) throws IOException {
        LeafReaderContext leaf = leaf(s, doc);
        BinaryDocValues v = leaf.reader().getBinaryDocValues(SUMMARY);
        if (v == null || !v.advanceExact(doc - leaf.docBase)) return null;
        return read(v.binaryValue().utf8ToString(), StorySummary.class);
    }

    static String storyId(IndexSearcher s, int doc) throws IOException {
        LeafReaderContext leaf = leaf(s, doc);
        SortedDocValues v = leaf.reader().getSortedDocValues(STORY_ID);
        if (v == null || !v.advanceExact(doc - leaf.docBase)) return null;
        return v.lookupOrd(v.ordValue()).utf8ToString();
    }

    private static LeafReaderContext leaf(IndexSearcher s, int doc) {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        return leaves.get(ReaderUtil.subIndex(doc, leaves));
    }

    /** SHA-256 of the text with whitespace collapsed: the same body re-read under another id is not stored again. */
    static String contentHash(Article a) {
        String normal = a.text().strip().replaceAll("\\s+", " ");
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String write(Object o) {
        try {
            return mapper().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("corrupt " + type.getSimpleName() + " record in the store", e);
        }
    }

    private static ObjectMapper mapper() {
        return Json.mapper();
    }
}
