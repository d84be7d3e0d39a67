package dev.corroborate.cli;

import dev.corroborate.ingest.ArticleSink;
import dev.corroborate.ingest.Inputs;
import dev.corroborate.ingest.ReadOptions;
import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;
import dev.corroborate.store.IngestReport;
import dev.corroborate.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Add articles to the store: clean them, fold copies and cluster them against what is stored, "
                + "and rebuild the dossiers of the stories they touch. Articles already stored (same id or same text) "
                + "are skipped.",
                "Dossiers are built once, after the last batch, for every story the run touched (a story that grows "
                        + "over many batches is compared once); a story read before that gets its dossier built then.",
                "Articles are committed in batches; each line 'stored N ...' on standard output acknowledges a batch "
                        + "that is safely on disk, even if the process is killed right after."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every input was read and stored", "1:some inputs or articles failed (the others are stored)",
                "2:bad usage", "3:the store cannot be opened (for example another process is writing to it)"})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files, directories (read recursively), glob patterns, or - for standard input. "
                    + "Formats: .txt, .html/.htm, .jsonl, .warc/.warc.gz.")
    List<String> inputs;

    @Option(names = "--batch", defaultValue = "500", paramLabel = "N",
            description = "Articles per commit (default: ${DEFAULT-VALUE}). Smaller batches are acknowledged sooner.")
    int batch;

    @Option(names = "--max-file-size", defaultValue = "" + ReadOptions.DEFAULT_MAX_FILE_BYTES, paramLabel = "BYTES",
            description = "Refuse input files larger than this (default: ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @Option(names = "--defer-dossiers",
            description = "Do not build the touched stories' dossiers at the end of the run: each is built when its "
                    + "story is first read (show, serve) or by the next ingest.")
    boolean deferDossiers;

    private int failures;
    private long stored;
    private long seen;
    private long started;

    @Override
    public Integer call() {
        if (batch < 1) {
            System.err.println("corroborate: --batch must be at least 1");
            return 2;
        }
        Store s = store.openForWriting();
        if (s == null) return StoreOption.STORE_UNAVAILABLE;
        started = System.nanoTime();
        try (s) {
            List<RawArticle> pending = new ArrayList<>(batch);
            Inputs.read(inputs, new ReadOptions(maxFileBytes), new ArticleSink() {
                @Override
                public void article(RawArticle article) {
                    pending.add(article);
                    if (pending.size() >= batch) flush(s, pending);
                }

                @Override
                public void error(InputError error) {
                    report(error);
                }
            });
            flush(s, pending);
            if (!deferDossiers) buildDossiers(s);
        }
        if (System.console() != null) System.err.println();
        return failures == 0 ? 0 : 1;
    }

    private void flush(Store s, List<RawArticle> pending) {
        if (pending.isEmpty()) return;
        IngestReport r = s.ingestRaw(pending, false);
        seen += pending.size();
        pending.clear();
        stored += r.stored();
        // The batch's refusals first, so that whoever reads the acknowledgement has already heard of them.
        r.errors().forEach(this::report);
        System.err.flush();
        // The acknowledgement: printed only after the commit that holds these articles.
        System.out.printf("stored %d (skipped %d, total %d, stories updated %d)%n", r.stored(), r.skipped(), r.total(),
                r.stories().size());
        System.out.flush();
        if (System.console() != null) {
            double secs = (System.nanoTime() - started) / 1e9;
            System.err.printf("\r%d read, %d stored, %.0f articles/s ", seen, stored, seen / Math.max(secs, 1e-3));
        }
    }

    private void buildDossiers(Store s) {
        long pending = s.pendingDossiers();
        if (pending == 0) return;
        boolean terminal = System.console() != null;
        if (terminal) System.err.printf("%nbuilding %d dossiers%n", pending);
        IngestReport r = s.buildPendingDossiers(100, done -> {
            if (terminal) System.err.printf("\r%d of %d dossiers built ", done, pending);
        });
        System.out.printf("dossiers built %d%n", r.stories().size());
        r.errors().forEach(this::report);
    }

    private void report(InputError e) {
        failures++;
        PrintStream err = System.err;
        err.println("error: " + e);
    }
}
