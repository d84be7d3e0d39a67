package dev.corroborate.cli;

import dev.corroborate.render.Json;
import dev.corroborate.store.SearchHit;
import dev.corroborate.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search (BM25) over the stored articles and stories, best first. All words must "
                + "match; Lucene query syntax (\"exact phrase\", OR, -word, title:word) is accepted.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:searched (even with no hit)", "2:bad usage", "3:the store cannot be opened"})
final class SearchCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for (quote it).")
    String query;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "At most N hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Store s = store.openForReading();
        if (s == null) return StoreOption.STORE_UNAVAILABLE;
        try (s) {
            List<SearchHit> hits;
            try {
                hits = s.search(query, Math.max(1, limit));
            } catch (IllegalArgumentException e) {
                System.err.println("corroborate: " + e.getMessage());
                return 2;
            }
            if (format == Format.json) {
                System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(hits));
            } else {
                for (SearchHit h : hits) {
                    System.out.printf("%.2f\t%s\t%s\tstory %s\t%s%n", h.score(), h.kind(), h.id(),
                            h.storyId() == null ? "-" : h.storyId(), h.title() == null ? "(untitled)" : h.title());
                }
            }
        }
        return 0;
    }
}
