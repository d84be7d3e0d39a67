package dev.corroborate.spark;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.List;

/**
 * Connected components of an undirected graph with the alternating Large-Star / Small-Star algorithm
 * (Kiveris, Lattanzi, Mirrokni, Rastogi, Vassilvitskii, "Connected Components in MapReduce and Beyond",
 * SoCC 2014): O(log² n) rounds, and every component ends as a star around its smallest node id, so the
 * labels do not depend on partitioning or on the order in which edges arrive.
 */
final class ConnectedComponents {

    private ConnectedComponents() {
    }

    /** Node to component label (the smallest node id in its component), for every node on an edge. */
    static JavaPairRDD<Long, Long> of(JavaPairRDD<Long, Long> edges, int partitions) {
        // Edges kept as (larger, smaller), without self-loops.
        JavaPairRDD<Long, Long> e = edges
                .filter(t -> t._1().longValue() != t._2().longValue())
                .mapToPair(t -> t._1() > t._2() ? t : t.swap())
                .distinct(partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        while (true) {
            JavaPairRDD<Long, Long> next = smallStar(largeStar(e, partitions), partitions)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            // Both steps keep connectivity, so a forest of stars is the answer.
            boolean converged = isStarForest(next);
            e.unpersist(false);
            e = next;
            if (converged) break;
        }
        JavaPairRDD<Long, Long> roots = e.values().distinct(partitions).mapToPair(r -> new Tuple2<>(r, r));
        return e.union(roots);
    }

    /** Each node links its larger neighbours to the smallest node of its closed neighbourhood. */
    private static JavaPairRDD<Long, Long> largeStar(JavaPairRDD<Long, Long> e, int partitions) {
        return e.flatMapToPair(t -> List.of(t, t.swap()).iterator())
                .groupByKey(partitions)
                .flatMapToPair(g -> {
                    long u = g._1();
                    long m = u;
                    for (long v : g._2()) m = Math.min(m, v);
                    List<Tuple2<Long, Long>> out = new ArrayList<>();
                    for (long v : g._2()) if (v > u) out.add(new Tuple2<>(v, m));
                    return out.iterator();
                })
                .distinct(partitions);
    }

    /** Each node links itself and its smaller neighbours to the smallest of them. */
    private static JavaPairRDD<Long, Long> smallStar(JavaPairRDD<Long, Long> e, int partitions) {
        return e.groupByKey(partitions)
                .flatMapToPair(g -> {
                    long u = g._1();
                    long m = u;
                    for (long v : g._2()) m = Math.min(m, v);
                    List<Tuple2<Long, Long>> out = new ArrayList<>();
                    if (u != m) out.add(new Tuple2<>(u, m));
                    for (long v : g._2()) if (v != m) out.add(new Tuple2<>(v, m));
                    return out.iterator();
                })
                .distinct(partitions);
    }

    /** True when every node has one parent and no parent has a parent: each component is one star. */
    private static boolean isStarForest(JavaPairRDD<Long, Long> e) {
        JavaPairRDD<Long, Long> children = e.keys().distinct().mapToPair(k -> new Tuple2<>(k, k));
        long edges = e.count();
        return children.count() == edges
                && e.values().distinct().mapToPair(v -> new Tuple2<>(v, v)).join(children).isEmpty();
    }
}
