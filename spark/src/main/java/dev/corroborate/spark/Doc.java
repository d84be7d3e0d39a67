package dev.corroborate.spark;

import dev.corroborate.model.Article;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;

/**
 * A clean article as it travels between Spark stages: core's records are not Serializable, so the
 * article goes as its project JSON, with the keys that order the pipeline beside it.
 *
 * @param seq  arrival order: input file rank in the high bits, record rank in the file below
 * @param time publication time in epoch milliseconds, {@link Long#MAX_VALUE} when undated
 */
record Doc(String id, long seq, long time, String json) implements Serializable {

    /** The single-machine order: by publication time, undated last, then arrival. */
    static final Comparator<Doc> ORDER = Comparator.comparingLong(Doc::time).thenComparingLong(Doc::seq);

    static Doc of(Article a, long seq) {
        Instant p = a.published();
        return new Doc(a.id(), seq, p == null ? Long.MAX_VALUE : p.toEpochMilli(), Codec.write(a));
    }

    /** The single-machine order as text (for Spark's sorts): flipping the sign bit makes signed order and
     * fixed-width hex order agree. */
    String orderKey() {
        return String.format("%016x%016x", time ^ Long.MIN_VALUE, seq);
    }

    Article article() {
        return Codec.read(json, Article.class);
    }

    boolean dated() {
        return time != Long.MAX_VALUE;
    }
}
