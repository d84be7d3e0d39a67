package dev.corroborate.spark;

import dev.corroborate.cluster.ArticleFeatures;
import dev.corroborate.cluster.StoryKeys;
import dev.corroborate.cluster.StreamState;
import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.Story;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stories at scale, equal to the single-machine run's.
 *
 * <ol>
 *   <li>Every article gets its rank in the global publication order; each original its clusterer features
 *       (in mapPartitions) and its {@link StreamState}: the document frequencies of its terms and names
 *       among the originals up to it (one shuffle of (term, rank) pairs, sorted per term), and the stream's
 *       clock.</li>
 *   <li>From those, core's {@link StoryKeys}: rare terms and names in time windows. The clusterer only
 *       ever compares an article with stories whose members registered a key it looks up, so joining each
 *       article to the earlier articles whose keys it looks up (and each copy to its original) and taking
 *       connected components gives blocks that hold every story any of their articles could join.</li>
 *   <li>Core's clusterer runs over each block in the global order, fed those states instead of counting its
 *       own, and so decides as over the whole stream; then core's dossier builder on each story.</li>
 * </ol>
 * Stories crossing window edges need no joining afterwards: their articles share keys across the edge, so
 * they sit in one block.
 */
final class StoryStage {

    /**
     * One story with its dossier (null when not asked for), its members in publication order and the block
     * it was clustered in.
     */
    record Told(String id, String storyJson, String dossierJson, List<String> members, long block) implements Serializable {
    }

    /** Shuffle partitions, whether to cut into blocks at all, the clusterer's embedding, dossiers. */
    record Settings(int partitions, boolean blocks, boolean embeddings, boolean dossiers) implements Serializable {
    }

    /**
     * An article placed in the stream: its global rank and, for an original, its features and the stream's
     * state as of it (both null for a copy, which simply follows its original).
     */
    record Placed(CopyStage.Copied copied, long rank, ArticleFeatures features, StreamState state)
            implements Serializable {
        boolean original() {
            return copied.origin().equals(copied.doc().id());
        }
    }

    /** Blocks from this size up report their clustering time on stderr. */
    private static final int LOGGED_BLOCK = 5_000;

    private StoryStage() {
    }

    static JavaRDD<Told> run(JavaRDD<CopyStage.Copied> copied, Settings settings) {
        int partitions = settings.partitions();
        JavaRDD<Placed> unkeyed = place(copied, settings).persist(StorageLevel.MEMORY_AND_DISK_SER());
        // Per key, its holders in the global order: who offers and who looks it up.
        JavaPairRDD<String, List<long[]>> holders = unkeyed.filter(Placed::original).flatMapToPair(p -> {
                    StoryKeys keys = Stages.storyKeys(p.features(), p.state());
                    long node = CopyStage.node(p.copied().doc().id());
                    // Every offered key is also looked up: one entry per lookup, flagged when offered.
                    Set<String> offered = new HashSet<>(keys.offered());
                    List<Tuple2<String, long[]>> out = new ArrayList<>();
                    for (String k : keys.lookups()) out.add(new Tuple2<>(k, new long[]{node, p.rank(), offered.contains(k) ? 1 : 0}));
                    return out.iterator();
                })
                .groupByKey(partitions)
                .mapValues(StoryStage::inOrder)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        // Each original's count of earlier offerers per key (which keys it registers), into its state.
        JavaPairRDD<Long, Tuple2<String, Integer>> offeredCounts = holders.flatMapToPair(g -> {
            List<Tuple2<Long, Tuple2<String, Integer>>> out = new ArrayList<>();
            int offered = 0;
            for (long[] h : g._2()) if (h[2] == 1) out.add(new Tuple2<>(h[1], new Tuple2<>(g._1(), ++offered)));
            return out.iterator();
        });
        JavaRDD<Placed> placed = unkeyed.mapToPair(p -> new Tuple2<>(p.rank(), p))
                .cogroup(offeredCounts, partitions)
                .map(g -> {
                    Placed p = g._2()._1().iterator().next();
                    if (!p.original()) return p;
                    Map<String, Integer> counts = new HashMap<>();
                    g._2()._2().forEach(c -> counts.put(c._1(), c._2()));
                    return new Placed(p.copied(), p.rank(), p.features(), p.state().withKeys(counts));
                })
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<Long, Placed> byBlock;
        if (!settings.blocks()) {
            byBlock = placed.mapToPair(p -> new Tuple2<>(0L, p));
        } else {
            JavaPairRDD<Long, Long> block = ConnectedComponents.of(keyEdges(holders, Stages.keyCapacity())
                    .union(placed.filter(p -> !p.original()).mapToPair(p -> new Tuple2<>(
                            CopyStage.node(p.copied().doc().id()), CopyStage.node(p.copied().origin())))), partitions);
            byBlock = placed.mapToPair(p -> new Tuple2<>(CopyStage.node(p.copied().doc().id()), p))
                    .leftOuterJoin(block, partitions)
                    .mapToPair(t -> new Tuple2<>(t._2()._2().orElse(t._1()), t._2()._1()));
        }
        return byBlock.groupByKey(settings.blocks() ? partitions : 1).flatMap(g -> cluster(g._1(), g._2(), settings).iterator());
    }

    /** A key's holders ({node, rank, 1 if it offers the key}) sorted by rank. */
    private static List<long[]> inOrder(Iterable<long[]> holders) {
        List<long[]> out = new ArrayList<>();
        holders.forEach(out::add);
        out.sort((x, y) -> Long.compare(x[1], y[1]));
        return out;
    }

    /** Ranks, features and stream states (see the class comment, step 1). */
    private static JavaRDD<Placed> place(JavaRDD<CopyStage.Copied> copied, Settings settings) {
        int partitions = settings.partitions();
        JavaPairRDD<Long, CopyStage.Copied> ranked = copied
                .sortBy(c -> c.doc().orderKey(), true, partitions)
                .zipWithIndex()
                .mapToPair(Tuple2::swap)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        // An undated article's clock is the last dated article's time: in publication order, the latest.
        long latest = copied.map(c -> c.doc().dated() ? c.doc().time() : Long.MIN_VALUE).fold(Long.MIN_VALUE, Math::max);
        // Originals numbered 1.. in the global order: the document count as of each.
        JavaPairRDD<Long, Tuple2<Long, CopyStage.Copied>> originals = ranked
                .filter(t -> t._2().origin().equals(t._2().doc().id()))
                .sortByKey(true, partitions)
                .zipWithIndex()
                .mapToPair(t -> new Tuple2<>(t._2() + 1, t._1()));
        boolean embeddings = settings.embeddings();
        JavaPairRDD<Long, Tuple2<Long, ArticleFeatures>> features = originals.mapPartitionsToPair(it -> {
            List<Tuple2<Long, Tuple2<Long, ArticleFeatures>>> out = new ArrayList<>();
            var fx = Stages.featureExtractor(embeddings);
            while (it.hasNext()) {
                var t = it.next();
                out.add(new Tuple2<>(t._1(), new Tuple2<>(t._2()._1(), fx.apply(t._2()._2().doc().article()))));
            }
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        // Document frequency as of each original: per term, its originals in order, counted.
        JavaPairRDD<Long, Tuple2<String, Integer>> frequencies = features
                .flatMapToPair(t -> {
                    List<Tuple2<String, Long>> out = new ArrayList<>();
                    for (String term : t._2()._2().terms().keySet()) out.add(new Tuple2<>("t" + term, t._1()));
                    for (String name : t._2()._2().names().keySet()) out.add(new Tuple2<>("n" + name, t._1()));
                    return out.iterator();
                })
                .groupByKey(partitions)
                .flatMapToPair(g -> {
                    List<Long> docs = new ArrayList<>();
                    g._2().forEach(docs::add);
                    docs.sort(null);
                    List<Tuple2<Long, Tuple2<String, Integer>>> out = new ArrayList<>(docs.size());
                    for (int i = 0; i < docs.size(); i++) out.add(new Tuple2<>(docs.get(i), new Tuple2<>(g._1(), i + 1)));
                    return out.iterator();
                });
        JavaPairRDD<Long, Tuple2<ArticleFeatures, StreamState>> states = features.cogroup(frequencies, partitions).mapToPair(g -> {
            Tuple2<Long, ArticleFeatures> f = g._2()._1().iterator().next();
            Map<String, Integer> terms = new HashMap<>(), names = new HashMap<>();
            for (Tuple2<String, Integer> df : g._2()._2()) {
                (df._1().charAt(0) == 't' ? terms : names).put(df._1().substring(1), df._2());
            }
            long rank = f._1();
            Instant published = f._2().published();
            Instant clock = published != null ? published : latest == Long.MIN_VALUE ? null : Instant.ofEpochMilli(latest);
            return new Tuple2<>(rank, new Tuple2<>(f._2(), new StreamState(g._1(), terms, names, clock, Map.of())));
        });
        return ranked.leftOuterJoin(states, partitions).map(t -> {
            Optional<Tuple2<ArticleFeatures, StreamState>> o = t._2()._2();
            return new Placed(t._2()._1(), t._1(), o.isPresent() ? o.get()._1() : null, o.isPresent() ? o.get()._2() : null);
        });
    }

    /**
     * Edges of the block graph: the articles joined through one key are those that look it up after one of
     * its registrants (its first {@code capacity} offerers) came, and the registrants that a later article
     * looks it up after (see the class comment, step 2). Each partition first unites the articles of all
     * its keys locally and emits one edge per article to its local root: the same components, with far
     * fewer edges than one per (article, key) for the distributed rounds.
     */
    private static JavaPairRDD<Long, Long> keyEdges(JavaPairRDD<String, List<long[]>> holders, int capacity) {
        return holders.mapPartitionsToPair(groups -> {
            Map<Long, Long> parent = new HashMap<>();
            while (groups.hasNext()) {
                List<long[]> g = groups.next()._2();
                long firstRegistrant = Long.MAX_VALUE, lastLooker = Long.MIN_VALUE;
                for (long[] h : g) {
                    if (h[2] == 1 && firstRegistrant == Long.MAX_VALUE) firstRegistrant = h[1];
                    lastLooker = Math.max(lastLooker, h[1]);
                }
                if (firstRegistrant >= lastLooker) continue; // nobody finds anybody through this key
                long joined = 0;
                boolean any = false;
                int offered = 0;
                for (long[] h : g) {
                    boolean registrant = h[2] == 1 && ++offered <= capacity;
                    if (h[1] > firstRegistrant || registrant && h[1] < lastLooker) {
                        if (any) union(parent, joined, h[0]);
                        joined = h[0];
                        any = true;
                    }
                }
            }
            List<Tuple2<Long, Long>> out = new ArrayList<>(parent.size());
            for (Long node : parent.keySet()) out.add(new Tuple2<>(node, root(parent, node)));
            return out.iterator();
        });
    }

    private static long root(Map<Long, Long> parent, long x) {
        long r = x;
        for (Long p = parent.get(r); p != null && p != r; p = parent.get(r)) r = p;
        // Path compression keeps later finds short.
        for (Long p = parent.get(x); p != null && p != r; p = parent.get(x)) {
            parent.put(x, r);
            x = p;
        }
        return r;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        long ra = root(parent, a), rb = root(parent, b);
        if (ra != rb) parent.put(Math.max(ra, rb), Math.min(ra, rb));
    }

    /** Core's clusterer and dossier builder over one block, in the global order. */
    private static List<Told> cluster(long blockId, Iterable<Placed> block, Settings settings) {
        List<Placed> ordered = new ArrayList<>();
        block.forEach(ordered::add);
        ordered.sort((a, b) -> Long.compare(a.rank(), b.rank()));
        List<Article> articles = new ArrayList<>();
        Map<String, String> origins = new HashMap<>();
        Map<String, Article> byId = new HashMap<>();
        Map<String, ArticleFeatures> features = new HashMap<>();
        Map<String, StreamState> states = new HashMap<>();
        List<CopyRelation> relations = new ArrayList<>();
        for (Placed p : ordered) {
            Article a = p.copied().doc().article();
            articles.add(a);
            byId.put(a.id(), a);
            origins.put(a.id(), p.copied().origin());
            if (p.features() != null) {
                features.put(a.id(), p.features());
                states.put(a.id(), p.state());
            }
            relations.addAll(p.copied().copyRelations());
        }
        Map<String, Integer> rank = new HashMap<>();
        for (Article a : articles) rank.put(a.id(), rank.size());
        List<Told> out = new ArrayList<>();
        long t0 = System.nanoTime();
        List<Story> stories = Stages.stories(articles, origins, features, states, settings.embeddings());
        if (articles.size() >= LOGGED_BLOCK) {
            // The largest block is the sequential part of the stage: say what it costs.
            System.err.printf("corroborate-spark: block of %d articles clustered in %.1f s%n", articles.size(),
                    (System.nanoTime() - t0) / 1e9);
        }
        for (Story s : stories) {
            List<String> members = new ArrayList<>(s.articles());
            members.sort((x, y) -> Integer.compare(rank.getOrDefault(x, Integer.MAX_VALUE),
                    rank.getOrDefault(y, Integer.MAX_VALUE)));
            Set<String> in = new HashSet<>(members);
            List<Article> memberArticles = members.stream().map(byId::get).toList();
            List<CopyRelation> duplicates = relations.stream().filter(r -> in.contains(r.copy())).toList();
            Dossier dossier = settings.dossiers()
                    ? Stages.dossier(memberArticles, Stages.originsOf(memberArticles, origins), duplicates) : null;
            // A stable id: the story's first report, which no other story holds.
            String id = "story-" + members.get(0);
            Story renamed = new Story(id, s.headline(), members, s.firstSeen(), s.lastSeen(), s.names(), null);
            out.add(new Told(id, Codec.write(renamed), dossier == null ? null : Codec.write(dossier), members, blockId));
        }
        return out;
    }
}
