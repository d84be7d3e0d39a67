package dev.corroborate.cli;

import dev.corroborate.clean.Cleaner;
import dev.corroborate.cluster.ClusterConfig;
import dev.corroborate.cluster.StoryClusterer;
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

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Stream articles through cleaning, copy detection and story clustering, printing the story "
                + "each article joins as it arrives (for corpus work; articles are taken in reading order).",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was read", "1:some inputs failed (the others are still clustered)",
                "2:bad usage"})
final class ClusterCommand implements Callable<Integer> {

    enum Format { jsonl }

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, directories (read recursively), glob patterns, or - for standard input.")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "jsonl",
            description = "Output format: ${COMPLETION-CANDIDATES}: one {\"id\", \"story\"} object per article.")
    Format format;

    @Option(names = "--threshold", paramLabel = "X", description = "Similarity needed to join a story (0..1; default: tuned).")
    Double threshold;

    @Option(names = "--quiet-days", paramLabel = "DAYS", description = "A story closes after this many days without "
            + "a new article (default: ${DEFAULT-VALUE}).", defaultValue = "3")
    int quietDays;

    @Option(names = "--no-embedding", description = "Leave out the dense embedding (faster, slightly less accurate).")
    boolean noEmbedding;

    @Option(names = "--max-file-size", defaultValue = "" + ReadOptions.DEFAULT_MAX_FILE_BYTES, paramLabel = "BYTES",
            description = "Refuse input files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @Override
    public Integer call() {
        ClusterConfig config = ClusterConfig.defaults().withEmbeddings(!noEmbedding)
                .withQuietPeriod(Duration.ofDays(quietDays));
        if (threshold != null) config = config.withThreshold(threshold);
        StoryClusterer clusterer = new StoryClusterer(config);
        CopyDetector copies = new CopyDetector();
        Cleaner cleaner = new Cleaner();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        int[] failed = {0};
        Inputs.read(inputs, new ReadOptions(maxFileBytes), new ArticleSink() {
            @Override
            public void article(RawArticle raw) {
                Article a;
                try {
                    a = cleaner.clean(raw);
                } catch (RuntimeException e) {
                    error(new InputError(raw.input(), raw.line(), "cannot clean article " + raw.id() + ": " + e.getMessage()));
                    return;
                }
                String origin = a.id();
                for (CopyRelation r : copies.add(a)) if (r.copy().equals(a.id())) origin = r.original();
                Map<String, String> line = new LinkedHashMap<>();
                line.put("id", a.id());
                line.put("story", clusterer.add(a, origin));
                try {
                    out.println(Json.mapper().writeValueAsString(line));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new UncheckedIOException(e); // two strings always serialise
                }
            }

            @Override
            public void error(InputError error) {
                failed[0]++;
                out.flush();
                System.err.println("error: " + error);
            }
        });
        out.flush();
        return failed[0] == 0 ? 0 : 1;
    }
}
