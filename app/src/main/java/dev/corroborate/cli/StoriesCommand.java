package dev.corroborate.cli;

import dev.corroborate.render.Json;
import dev.corroborate.store.Store;
import dev.corroborate.store.StorySummary;
import dev.corroborate.web.TimeParam;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "List the stored stories, newest first: id, when it last moved, articles, outlets, conflicts, headline.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:listed", "2:bad usage", "3:the store cannot be opened"})
final class StoriesCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin
    StoreOption store;

    @Option(names = "--since", paramLabel = "DATE",
            description = "Only stories updated at or after DATE (2024-03-01, or an instant like 2024-03-01T12:00:00Z).")
    String since;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N", description = "At most N stories (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        Instant from;
        try {
            from = TimeParam.since(since);
        } catch (IllegalArgumentException e) {
            System.err.println("corroborate: --since: " + e.getMessage());
            return 2;
        }
        Store s = store.openForReading();
        if (s == null) return StoreOption.STORE_UNAVAILABLE;
        try (s) {
            List<StorySummary> stories = s.stories(from, Math.max(1, limit));
            if (format == Format.json) {
                System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(stories));
            } else {
                for (StorySummary st : stories) {
                    System.out.printf("%s\t%s\t%d articles\t%d outlets\t%d conflicts\t%s%n", st.id(), st.time(),
                            st.articles(), st.outlets(), st.conflicts(), st.headline() == null ? "(untitled)" : st.headline());
                }
            }
        }
        return 0;
    }
}
