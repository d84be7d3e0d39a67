package dev.corroborate.eval.microbench;

import dev.corroborate.eval.report.Plot;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "microbench", mixinStandardHelpOptions = true,
        description = "Runs the JMH microbenchmarks of the hot kernels (shingling and hashing, LSH lookup, sentence "
                + "splitting, embedding batch, quantity parsing) in short runs, with allocation per operation "
                + "and CPU share, and prints a table; JMH's JSON results go to --json.")
public final class MicrobenchCommand implements Callable<Integer> {

    @Option(names = "--include", defaultValue = "dev\\.corroborate\\.eval\\..*Benchmark\\..*",
            description = "Regular expression of the benchmarks to run (default: all of eval).")
    String include;

    @Option(names = "--forks", defaultValue = "1")
    int forks;

    @Option(names = "--warmup", defaultValue = "2", description = "Warm-up iterations (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--iterations", defaultValue = "3", description = "Measured iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--seconds", defaultValue = "1", description = "Length of one iteration (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--json", defaultValue = "eval/target/jmh/results.json", description = "JMH result file.")
    Path json;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(json.toAbsolutePath().getParent());
        Options opts = new OptionsBuilder().include(include).forks(forks)
                .warmupIterations(warmup).warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(seconds))
                .addProfiler(GCProfiler.class).addProfiler(CpuTimeProfiler.class)
                // Quiet forks: no warnings about JMH's Unsafe use or the native access of ONNX Runtime and Lucene.
                .jvmArgsAppend("--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED")
                .resultFormat(ResultFormatType.JSON).result(json.toString())
                .verbosity(VerboseMode.SILENT).build();
        long t0 = System.nanoTime();
        new Runner(opts).run();
        List<JmhResults.Row> rows = JmhResults.parse(json);
        System.out.printf("JMH %d fork(s), %d warm-up and %d measured iterations of %d s per benchmark, one thread; "
                        + "%d cores, load average %.1f; %.0f s in all%n", forks, warmup, iterations, seconds,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                (System.nanoTime() - t0) / 1e9);
        System.out.print(JmhResults.table(rows));
        System.out.println("error: JMH's 99.9% confidence half-width; alloc: gc.alloc.rate.norm of JMH's gc profiler; "
                + "CPU s/s: CPU seconds of the benchmark JVM per wall second (JIT and GC threads included)");
        // The raw results travel with the report's plot data.
        String plots = System.getenv(Plot.DIR_ENV);
        if (plots != null && !plots.isBlank()) {
            Files.copy(json, Path.of(plots).resolve("jmh-results.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        return rows.isEmpty() ? 1 : 0;
    }
}
