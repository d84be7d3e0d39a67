package dev.corroborate.eval.microbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** JMH's JSON result file read into table rows, and the table the report prints. */
public final class JmhResults {

    static final String ALLOC = "gc.alloc.rate.norm";

    /**
     * One benchmark's result. {@code allocBytesPerOp} and {@code cpuShare} are NaN when the profiler did not run.
     *
     * @param benchmark class and method, without the package
     * @param cpuShare  CPU seconds of the benchmark's JVM per wall second ({@link CpuTimeProfiler})
     */
    public record Row(String benchmark, String mode, double score, double error, String unit,
                      double allocBytesPerOp, double cpuShare) {

        /** The score per CPU-second (throughput) or in CPU time (time per op); NaN without the CPU share. */
        public double perCpu() {
            if (Double.isNaN(cpuShare) || cpuShare <= 0) return Double.NaN;
            return unit.endsWith("/op") ? score * cpuShare : score / cpuShare;
        }
    }

    private JmhResults() {
    }

    public static List<Row> parse(Path json) throws IOException {
        return parse(new ObjectMapper().readTree(json.toFile()));
    }

    static List<Row> parse(JsonNode root) {
        List<Row> rows = new ArrayList<>();
        for (JsonNode b : root) {
            String name = b.path("benchmark").asText();
            String[] parts = name.split("\\.");
            String shortName = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : name;
            JsonNode p = b.path("primaryMetric");
            JsonNode secondary = b.path("secondaryMetrics");
            rows.add(new Row(shortName, b.path("mode").asText(), p.path("score").asDouble(Double.NaN),
                    p.path("scoreError").asDouble(Double.NaN), p.path("scoreUnit").asText(),
                    secondaryScore(secondary, ALLOC), secondaryScore(secondary, CpuTimeProfiler.LABEL)));
        }
        return rows;
    }

    /** A secondary metric's score; older JMH versions prefix the labels with a middle dot. */
    private static double secondaryScore(JsonNode secondary, String label) {
        JsonNode m = secondary.has(label) ? secondary.get(label) : secondary.get("\u00b7" + label);
        return m == null ? Double.NaN : m.path("score").asDouble(Double.NaN);
    }

    /** A plain-text table: score ± error (99.9%), allocation per operation, CPU share, score per CPU-second. */
    public static String table(List<Row> rows) {
        int w = Math.max("benchmark".length(), rows.stream().mapToInt(r -> r.benchmark().length()).max().orElse(0));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-" + w + "s %6s %14s %12s %-8s %12s %9s %16s%n", "benchmark", "mode",
                "score", "± error", "unit", "alloc B/op", "CPU s/s", "score per CPU s"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-" + w + "s %6s %14s %12s %-8s %12s %9s %16s%n", r.benchmark(),
                    r.mode(), number(r.score()), number(r.error()), r.unit(), number(r.allocBytesPerOp()),
                    Double.isNaN(r.cpuShare()) ? "-" : String.format(Locale.ROOT, "%.2f", r.cpuShare()),
                    number(r.perCpu())));
        }
        return sb.toString();
    }

    /** No exponent, about three significant figures from 1 up: 1234567, 12345, 123.4, 1.234, 0.012. */
    static String number(double v) {
        if (Double.isNaN(v)) return "-";
        double a = Math.abs(v);
        String f = a >= 1000 ? "%.0f" : a >= 100 ? "%.1f" : a >= 10 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, f, v);
    }
}
