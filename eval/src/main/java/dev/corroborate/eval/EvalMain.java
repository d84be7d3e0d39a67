package dev.corroborate.eval;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code eval/run SUBCOMMAND}: quality evaluations on real labelled data and whole-run benchmarks. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Quality evaluations and whole-run benchmarks of Corroborate on real public data.",
        subcommands = {
                CommandLine.HelpCommand.class,
                dev.corroborate.eval.report.ReportCommand.class,
                dev.corroborate.eval.dedup.DedupQualityCommand.class,
                dev.corroborate.eval.readclean.ReadCleanBenchmark.class,
                dev.corroborate.eval.extraction.ExtractionCommand.class,
                dev.corroborate.eval.dedup.DedupBenchCommand.class,
                dev.corroborate.eval.store.StoreBench.class,
                dev.corroborate.eval.compare.DossierQualityCommand.class,
                dev.corroborate.eval.compare.DossierBenchCommand.class,
                dev.corroborate.eval.cluster.ClusterTuneCommand.class,
                dev.corroborate.eval.cluster.ClusterQualityCommand.class,
                dev.corroborate.eval.cluster.ClusterBenchCommand.class,
                dev.corroborate.eval.microbench.MicrobenchCommand.class,
        })
public final class EvalMain {

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvalMain()).execute(args));
    }
}
