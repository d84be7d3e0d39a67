package dev.corroborate.eval.dedup;

import dev.corroborate.dedup.CopyVerifier;
import dev.corroborate.dedup.Fingerprint;
import dev.corroborate.model.Article;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The peer: Lucene's MinHashFilter (word 5-gram shingles, 96 buckets) indexed as terms, a BooleanQuery of
 * an article's hashes to find candidates (at least 10 of 96 equal, i.e. sketch Jaccard about 0.1 and up),
 * then the same exact verification. Two passes (index all, then query each against the earlier ones),
 * which spares Lucene a reader reopen per article and so favours the peer.
 */
final class LuceneMinHashPeer {

    private static final Analyzer MINHASH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer t = new StandardTokenizer();
            ShingleFilter sh = new ShingleFilter(new LowerCaseFilter(t), Fingerprint.SHINGLE_WORDS, Fingerprint.SHINGLE_WORDS);
            sh.setOutputUnigrams(false);
            TokenStream mh = new MinHashFilter(sh, 1, Fingerprint.COMPONENTS, 1, true);
            return new TokenStreamComponents(t, mh);
        }
    };

    private final CopyVerifier verifier = new CopyVerifier();
    private final Directory dir;
    private final IndexWriter writer;
    private final List<int[]> shingles = new ArrayList<>();

    LuceneMinHashPeer(Path indexDir) throws IOException {
        dir = new MMapDirectory(indexDir);
        IndexWriterConfig cfg = new IndexWriterConfig(MINHASH);
        cfg.setRAMBufferSizeMB(256);
        writer = new IndexWriter(dir, cfg);
    }

    void index(Article a) throws IOException {
        Document d = new Document();
        d.add(new StringField("n", Integer.toString(shingles.size()), Field.Store.YES));
        d.add(new TextField("mh", a.text(), Field.Store.NO));
        writer.addDocument(d);
        shingles.add(Fingerprint.of(a).shingles());
    }

    private DirectoryReader reader;
    private IndexSearcher searcher;

    /** Ends the first pass. */
    void startQueries() throws IOException {
        writer.forceMerge(1);
        writer.commit();
        reader = DirectoryReader.open(writer);
        searcher = new IndexSearcher(reader);
    }

    /** Second pass: article {@code i} against the earlier ones; true when it is a verified copy. */
    boolean queryOne(int i, String text) throws IOException {
        for (ScoreDoc sd : candidates(query(text))) {
            int j = Integer.parseInt(searcher.storedFields().document(sd.doc).get("n"));
            if (j < i && verifier.measure(shingles.get(i), shingles.get(j)).isPresent()) return true;
        }
        return false;
    }

    /** The candidate query of a text: its 96 MinHash terms, at least 10 of which must match. */
    static BooleanQuery query(String text) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        try (TokenStream ts = MINHASH.tokenStream("mh", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) q.add(new TermQuery(new Term("mh", term.toString())), BooleanClause.Occur.SHOULD);
            ts.end();
        }
        q.setMinimumNumberShouldMatch(10);
        return q.build();
    }

    /** The lookup alone: the best 50 indexed articles that match the query. */
    ScoreDoc[] candidates(BooleanQuery query) throws IOException {
        return searcher.search(query, 50).scoreDocs;
    }

    void close() throws IOException {
        if (reader != null) reader.close();
        writer.close();
        dir.close();
    }
}
