package dev.corroborate.spark;

import dev.corroborate.dedup.Fingerprint;
import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies at scale. Core's fingerprints (shingles and SuperMinHash sketch) are computed in mapPartitions,
 * their LSH band keys are grouped, every pair sharing a band is a candidate, candidates are verified
 * exactly on the shingle sets by core's verifier, and the verified pairs are cut into connected
 * components. Core's incremental detector then runs over each component in the global publication order.
 * That gives exactly the single-machine relations and origin groups (stars around one original, no
 * transitive chains): an article's decision depends only on the earlier articles it verifiably copies,
 * and those are all in its component.
 */
final class CopyStage {

    /** An article after the copy stage: its group's original and the relations in which it is the copy. */
    record Copied(Doc doc, String origin, List<String> relations) implements Serializable {
        List<CopyRelation> copyRelations() {
            return relations.stream().map(r -> Codec.read(r, CopyRelation.class)).toList();
        }
    }

    private CopyStage() {
    }

    static JavaRDD<Copied> run(JavaRDD<Doc> docs, int partitions) {
        // Fingerprints once per article, in mapPartitions; they carry everything verification needs.
        JavaPairRDD<String, Fingerprint> sigs = docs.mapPartitionsToPair(it -> {
            List<Tuple2<String, Fingerprint>> out = new ArrayList<>();
            while (it.hasNext()) {
                Doc d = it.next();
                out.add(new Tuple2<>(d.id(), Stages.fingerprint(d.article())));
            }
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK_SER());
        // Every pair that shares a band (or the exact text) is a candidate, once, smaller id first.
        JavaPairRDD<String, String> candidates = sigs
                .flatMapToPair(t -> Arrays.stream(Stages.candidateKeys(t._2())).mapToObj(k -> new Tuple2<>(k, t._1())).iterator())
                .groupByKey(partitions)
                .flatMapToPair(g -> {
                    List<String> ids = new ArrayList<>();
                    g._2().forEach(ids::add);
                    ids.sort(null);
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    for (int i = 0; i < ids.size(); i++) {
                        for (int j = i + 1; j < ids.size(); j++) {
                            if (!ids.get(i).equals(ids.get(j))) out.add(new Tuple2<>(ids.get(i), ids.get(j)));
                        }
                    }
                    return out.iterator();
                }).distinct(partitions);
        JavaPairRDD<Long, Long> verified = candidates.join(sigs, partitions)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                .join(sigs, partitions)
                .filter(t -> Stages.related(t._2()._1()._2(), t._2()._2()))
                .mapToPair(t -> new Tuple2<>(node(t._2()._1()._1()), node(t._1())));

        JavaPairRDD<Long, Long> component = ConnectedComponents.of(verified, partitions);
        JavaPairRDD<Long, Tuple2<Doc, Optional<Long>>> labelled =
                docs.mapToPair(d -> new Tuple2<>(node(d.id()), d)).leftOuterJoin(component, partitions);

        JavaRDD<Copied> alone = labelled.filter(t -> !t._2()._2().isPresent())
                .map(t -> new Copied(t._2()._1(), t._2()._1().id(), List.of()));
        JavaRDD<Copied> grouped = labelled.filter(t -> t._2()._2().isPresent())
                .mapToPair(t -> new Tuple2<>(t._2()._2().get(), t._2()._1()))
                .groupByKey(partitions)
                .flatMap(g -> detect(g._2()).iterator());
        return alone.union(grouped);
    }

    /** Core's detector over one component, in the single-machine order. */
    private static List<Copied> detect(Iterable<Doc> members) {
        List<Doc> ordered = new ArrayList<>();
        members.forEach(ordered::add);
        ordered.sort(Doc.ORDER);
        List<Article> articles = ordered.stream().map(Doc::article).toList();
        Stages.CopyResult result = Stages.copies(articles);
        Map<String, List<String>> byCopy = new HashMap<>();
        for (CopyRelation r : result.relations()) {
            byCopy.computeIfAbsent(r.copy(), k -> new ArrayList<>()).add(Codec.write(r));
        }
        List<Copied> out = new ArrayList<>();
        for (Doc d : ordered) {
            out.add(new Copied(d, result.origins().getOrDefault(d.id(), d.id()),
                    byCopy.getOrDefault(d.id(), List.of())));
        }
        return out;
    }

    static long node(String articleId) {
        return Stages.hash64("article:" + articleId);
    }
}
