package dev.corroborate.cli;

import dev.corroborate.store.Store;
import dev.corroborate.store.StoredStory;
import dev.corroborate.web.StoryPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print one stored story with its dossier: summary with citations, conflicts, facts with their "
                + "independent-source counts, quotes by speaker, timeline and the articles.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:shown", "1:no such story", "2:bad usage", "3:the store cannot be opened"})
final class ShowCommand implements Callable<Integer> {

    enum Format { md, json, html }

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "STORY_ID", description = "The story id (see 'corroborate stories').")
    String id;

    @Option(names = "--format", defaultValue = "md",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). html is a standalone page.")
    Format format;

    @Override
    public Integer call() {
        Store s = store.openForReading();
        if (s == null) return StoreOption.STORE_UNAVAILABLE;
        try (s) {
            Optional<String> out = switch (format) {
                case json -> s.storyJson(id);
                case md -> s.story(id).map(StoryMarkdown::render);
                case html -> s.story(id, StoryPage.MAX_ARTICLES).map((StoredStory st) -> StoryPage.render(st, true));
            };
            if (out.isEmpty()) {
                System.err.println("corroborate: no story " + id + " in " + store.dir());
                return 1;
            }
            System.out.println(out.get());
        }
        return 0;
    }
}
