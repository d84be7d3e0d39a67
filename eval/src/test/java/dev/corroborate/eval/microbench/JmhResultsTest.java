package dev.corroborate.eval.microbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JmhResultsTest {

    /** Trimmed from a JMH 1.37 JSON result: one throughput run with both profilers, one time-per-op run without. */
    private static final String JSON = """
            [ { "benchmark" : "dev.corroborate.eval.dedup.LshLookupBenchmark.corroborateBandLookup",
                "mode" : "thrpt", "threads" : 1, "forks" : 1,
                "primaryMetric" : { "score" : 250000.5, "scoreError" : 1200.25, "scoreUnit" : "ops/s" },
                "secondaryMetrics" : {
                  "gc.alloc.rate" : { "score" : 300.0, "scoreError" : "NaN", "scoreUnit" : "MB/sec" },
                  "gc.alloc.rate.norm" : { "score" : 96.0, "scoreError" : 0.001, "scoreUnit" : "B/op" },
                  "cpu.share" : { "score" : 0.8, "scoreError" : "NaN", "scoreUnit" : "CPU s/s" } } },
              { "benchmark" : "dev.corroborate.eval.compare.EmbeddingBatchBenchmark.corroborateEmbedAll",
                "mode" : "avgt", "threads" : 1, "forks" : 1,
                "primaryMetric" : { "score" : 40000.0, "scoreError" : "NaN", "scoreUnit" : "us/op" },
                "secondaryMetrics" : { "\u00b7cpu.share" : { "score" : 2.0, "scoreUnit" : "CPU s/s" } } } ]
            """;

    @Test
    void readsScoresAllocationAndCpuShare() throws Exception {
        List<JmhResults.Row> rows = JmhResults.parse(new ObjectMapper().readTree(JSON));
        assertEquals(2, rows.size());
        JmhResults.Row lsh = rows.get(0);
        assertEquals("LshLookupBenchmark.corroborateBandLookup", lsh.benchmark());
        assertEquals(250000.5, lsh.score());
        assertEquals(1200.25, lsh.error());
        assertEquals(96.0, lsh.allocBytesPerOp());
        // Throughput per CPU-second: the benchmark had 0.8 of a core.
        assertEquals(312500.625, lsh.perCpu(), 1e-6);

        JmhResults.Row embed = rows.get(1);
        assertTrue(Double.isNaN(embed.error()));
        assertTrue(Double.isNaN(embed.allocBytesPerOp()));
        // Time per operation in CPU time: two cores busy.
        assertEquals(80000.0, embed.perCpu(), 1e-6);
    }

    @Test
    void tablePrintsOneLinePerBenchmarkWithMissingValuesAsDashes() throws Exception {
        String table = JmhResults.table(JmhResults.parse(new ObjectMapper().readTree(JSON)));
        String[] lines = table.split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[1].matches("LshLookupBenchmark\\.corroborateBandLookup\\s+thrpt\\s+250001\\s+1200\\s+ops/s\\s+96\\.00\\s+0\\.80\\s+312501"), lines[1]);
        assertTrue(lines[2].matches("EmbeddingBatchBenchmark\\.corroborateEmbedAll\\s+avgt\\s+40000\\s+-\\s+us/op\\s+-\\s+2\\.00\\s+80000"), lines[2]);
    }

    @Test
    void numbersKeepThreeSignificantFigures() {
        assertEquals("1234567", JmhResults.number(1234567.4));
        assertEquals("123.4", JmhResults.number(123.44));
        assertEquals("12.35", JmhResults.number(12.345));
        assertEquals("0.012", JmhResults.number(0.0123));
    }
}
