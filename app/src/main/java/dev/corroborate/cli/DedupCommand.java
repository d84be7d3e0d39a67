package dev.corroborate.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.corroborate.clean.Cleaner;
import dev.corroborate.dedup.CopyDetector;
import dev.corroborate.ingest.ArticleSink;
import dev.corroborate.ingest.Inputs;
import dev.corroborate.ingest.ReadOptions;
import dev.corroborate.model.Article;
import dev.corroborate.model.CopyRelation;
import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;
import dev.corroborate.render.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Corpus-scale copy detection: streams one line per article as it is read, so memory holds only the
 * sketch index (shingle sets of originals spill to a temporary file), never the articles.
 */
@Command(name = "dedup", mixinStandardHelpOptions = true,
        description = "Fold copies in a corpus: one line per article with its origin (the original of its copy "
                + "group) and its Jaccard and containment against it (null for originals). Input in publication order.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was read", "1:some inputs failed (the others are still reported)",
                "2:bad usage"})
final class DedupCommand implements Callable<Integer> {

    enum Format { jsonl, tsv }

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, directories, glob patterns, or - for standard input (.jsonl for corpora).")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "jsonl",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--max-file-size", defaultValue = "" + ReadOptions.DEFAULT_MAX_FILE_BYTES, paramLabel = "BYTES",
            description = "Refuse input files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @Option(names = "--spill-dir", paramLabel = "DIR", description = "Where the temporary shingle file goes "
            + "(default: the system temporary folder).")
    Path spillDir;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        Cleaner cleaner = new Cleaner();
        int[] errors = {0};
        Path spill = spillDir != null ? spillDir : Path.of(System.getProperty("java.io.tmpdir"));
        try (CopyDetector detector = CopyDetector.lean(spill)) {
            Inputs.read(inputs, new ReadOptions(maxFileBytes), new ArticleSink() {
                @Override
                public void article(RawArticle raw) {
                    Article a = cleaner.clean(raw);
                    List<CopyRelation> relations = detector.add(a);
                    String origin = detector.originOf(a.id());
                    CopyRelation toOrigin = relations.stream()
                            .filter(r -> r.copy().equals(a.id()) && r.original().equals(origin)).findFirst().orElse(null);
                    write(out, a.id(), origin, toOrigin);
                }

                @Override
                public void error(InputError e) {
                    errors[0]++;
                    System.err.println("error: " + e);
                }
            });
        }
        out.flush();
        return errors[0] == 0 ? 0 : 1;
    }

    private void write(PrintWriter out, String id, String origin, CopyRelation r) {
        if (format == Format.tsv) {
            out.println(id + "\t" + origin + "\t" + (r == null ? "" : r.jaccard()) + "\t" + (r == null ? "" : r.containment()));
            return;
        }
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeStringField("origin", origin);
            if (r == null) {
                g.writeNullField("jaccard");
                g.writeNullField("containment");
            } else {
                g.writeNumberField("jaccard", Math.round(r.jaccard() * 10000) / 10000.0);
                g.writeNumberField("containment", Math.round(r.containment() * 10000) / 10000.0);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
