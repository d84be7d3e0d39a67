package dev.corroborate.spark;

import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.Dossier;
import dev.corroborate.model.Story;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stories at scale. Articles are blocked by (rare name, time window): each article keys its own window
 * and the next, so reports on either side of a window edge meet; a copy is tied to its original. The
 * connected components of that graph are the blocks (joined across window edges by construction), and
 * core's online clusterer then runs over each block in the global publication order, followed by the
 * dossier of each story it finds. Undated articles all share one window.
 */
final class StoryStage {

    /** One story with its dossier (null when not asked for) and its members in publication order. */
    record Told(String id, String storyJson, String dossierJson, List<String> members) implements Serializable {
    }

    /**
     * How stories are formed: shuffle partitions, blocking window and the document frequency above which a
     * name is too common to block on, whether to block at all, the clusterer's embedding, dossiers.
     */
    record Settings(int partitions, long windowMillis, int maxTermDf, boolean blockByNames, boolean embeddings,
                    boolean dossiers) implements Serializable {
    }

    private StoryStage() {
    }

    static JavaRDD<Told> run(JavaRDD<CopyStage.Copied> copied, Settings settings) {
        int partitions = settings.partitions();
        if (!settings.blockByNames()) {
            // One block: the single-machine run exactly, for any clusterer, on one executor.
            return copied.mapToPair(c -> new Tuple2<>(0L, c)).groupByKey(1).flatMap(g -> cluster(g._2(), settings).iterator());
        }
        // (term, (article id, window)) for every name an article leads with.
        JavaPairRDD<String, Tuple2<String, Long>> termUses = copied.flatMapToPair(c -> {
            Doc d = c.doc();
            long window = d.dated() ? Math.floorDiv(d.time(), settings.windowMillis()) : Long.MIN_VALUE;
            List<Tuple2<String, Tuple2<String, Long>>> out = new ArrayList<>();
            for (String t : Blocking.terms(d.article())) out.add(new Tuple2<>(t, new Tuple2<>(d.id(), window)));
            return out.iterator();
        });
        JavaPairRDD<String, Integer> rare = termUses.mapToPair(t -> new Tuple2<>(t._1(), 1))
                .reduceByKey(Integer::sum, partitions)
                .filter(t -> t._2() >= 2 && t._2() <= settings.maxTermDf());
        JavaPairRDD<Long, Long> termEdges = termUses.join(rare, partitions).flatMapToPair(t -> {
            String term = t._1();
            String id = t._2()._1()._1();
            long w = t._2()._1()._2();
            long a = CopyStage.node(id);
            List<Tuple2<Long, Long>> out = new ArrayList<>();
            out.add(new Tuple2<>(a, Stages.hash64("block:" + term + "|" + w)));
            if (w != Long.MIN_VALUE) out.add(new Tuple2<>(a, Stages.hash64("block:" + term + "|" + (w + 1))));
            return out.iterator();
        });
        // Copies always share a story: tie each to its original.
        JavaPairRDD<Long, Long> copyEdges = copied.filter(c -> !c.origin().equals(c.doc().id()))
                .mapToPair(c -> new Tuple2<>(CopyStage.node(c.doc().id()), CopyStage.node(c.origin())));

        JavaPairRDD<Long, Long> block = ConnectedComponents.of(termEdges.union(copyEdges), partitions);
        JavaPairRDD<Long, Tuple2<CopyStage.Copied, Optional<Long>>> labelled = copied
                .mapToPair(c -> new Tuple2<>(CopyStage.node(c.doc().id()), c))
                .leftOuterJoin(block, partitions);
        return labelled
                .mapToPair(t -> new Tuple2<>(t._2()._2().orElse(t._1()), t._2()._1()))
                .groupByKey(partitions)
                .flatMap(g -> cluster(g._2(), settings).iterator());
    }

    /** Core's clusterer and dossier builder over one block, in the single-machine order. */
    private static List<Told> cluster(Iterable<CopyStage.Copied> block, Settings settings) {
        List<CopyStage.Copied> ordered = new ArrayList<>();
        block.forEach(ordered::add);
        ordered.sort((a, b) -> Doc.ORDER.compare(a.doc(), b.doc()));
        List<Article> articles = new ArrayList<>();
        Map<String, String> origins = new HashMap<>();
        Map<String, Article> byId = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        List<CopyRelation> relations = new ArrayList<>();
        for (CopyStage.Copied c : ordered) {
            Article a = c.doc().article();
            articles.add(a);
            byId.put(a.id(), a);
            rank.put(a.id(), rank.size());
            origins.put(a.id(), c.origin());
            relations.addAll(c.copyRelations());
        }
        List<Told> out = new ArrayList<>();
        for (Story s : Stages.stories(articles, origins, settings.embeddings())) {
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
            out.add(new Told(id, Codec.write(renamed), dossier == null ? null : Codec.write(dossier), members));
        }
        return out;
    }
}
