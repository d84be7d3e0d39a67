package dev.corroborate.cli;

import dev.corroborate.Corroborate;
import dev.corroborate.ingest.ReadOptions;
import dev.corroborate.model.Analysis;
import dev.corroborate.model.InputError;
import dev.corroborate.render.HtmlReport;
import dev.corroborate.render.JsonReport;
import dev.corroborate.render.TextReport;
import picocli.CommandLine;
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

    @Option(names = "--max-file-size", defaultValue = "64M", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Refuse a text or HTML file larger than this without reading it, and any JSONL line or "
                    + "WARC record larger than this; bytes, or with a K, M or G suffix (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    /** "64M", "500k", "2G" or a plain number of bytes. */
    static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.strip().toUpperCase(java.util.Locale.ROOT).replaceFirst("I?B$", "");
            long unit = switch (v.isEmpty() ? ' ' : v.charAt(v.length() - 1)) {
                case 'K' -> 1L << 10;
                case 'M' -> 1L << 20;
                case 'G' -> 1L << 30;
                default -> 1;
            };
            String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
            try {
                long n = Long.parseLong(digits.strip());
                if (n <= 0) throw new CommandLine.TypeConversionException("size must be positive: " + value);
                return Math.multiplyExact(n, unit);
            } catch (NumberFormatException | ArithmeticException e) {
                throw new CommandLine.TypeConversionException("not a size: " + value + " (try 64M, 500K or 1G)");
            }
        }
    }

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
