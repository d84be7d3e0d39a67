package dev.corroborate.eval.microbench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

/**
 * CPU seconds the benchmark's JVM used per wall-clock second of each iteration. On a shared machine it
 * says how much of the wall clock the benchmark really had (below 1 for one thread: neighbours took the
 * rest) and how many cores a kernel keeps busy (above 1: ONNX Runtime's threads, the JIT, the GC).
 */
public final class CpuTimeProfiler implements InternalProfiler {

    /** The secondary result's label. */
    public static final String LABEL = "cpu.share";

    private long cpu0;
    private long wall0;

    @Override
    public String getDescription() {
        return "process CPU seconds per wall-clock second of each iteration";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        cpu0 = processCpuNanos();
        wall0 = System.nanoTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
                                                       IterationResult result) {
        double share = (double) (processCpuNanos() - cpu0) / (System.nanoTime() - wall0);
        return List.of(new ScalarResult(LABEL, share, "CPU s/s", AggregationPolicy.AVG));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
