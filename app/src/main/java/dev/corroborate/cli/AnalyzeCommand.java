package dev.corroborate.cli;

import dev.corroborate.Corroborate;
import dev.corroborate.ingest.ReadOptions;
import dev.corroborate.model.Analysis;
import dev.corroborate.model.InputError;
import dev.corroborate.render.HtmlReport;
import dev.corroborate.render.JsonReport;
import dev.corroborate.render.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Read, clean, fold copies, cluster into stories and print a report with a dossier per story.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was read", "1:some inputs failed (the others are still reported)",
                "2:bad usage"})
final class AnalyzeCommand implements Callable<Integer> {

    enum Format { text, md, json, html }

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, directories (read recursively), glob patterns, or - for standard input. "
                    + "Formats: .txt, .html/.htm, .jsonl, .warc/.warc.gz.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "md",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--explain", description = "Also list the boilerplate removed from each article, with the reason.")
    boolean explain;

    @Option(names = "--max-file-size", defaultValue = "" + ReadOptions.DEFAULT_MAX_FILE_BYTES, paramLabel = "BYTES",
            description = "Refuse input files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @Override
    public Integer call() {
        Analysis analysis = Corroborate.analyze(inputs, new ReadOptions(maxFileBytes));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        switch (format) {
            case json -> JsonReport.write(analysis, out);
            case html -> HtmlReport.write(analysis, out);
            case text, md -> TextReport.write(analysis, explain, out);
        }
        out.flush();
        for (InputError e : analysis.errors()) {
            System.err.println("error: " + e);
        }
        return analysis.errors().isEmpty() ? 0 : 1;
    }
}
