package dev.corroborate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code corroborate} command and its subcommands. */
@Command(name = "corroborate", mixinStandardHelpOptions = true, version = "corroborate 0.1.0",
        description = "Turns news reports from many outlets into stories you can trust: clean articles, "
                + "copies folded, stories, and a dossier per story.",
        subcommands = {AnalyzeCommand.class, CommandLine.HelpCommand.class,
                DedupCommand.class,
                IngestCommand.class,
                StoriesCommand.class,
                ShowCommand.class,
                SearchCommand.class,
                ServeCommand.class,
        })
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit status (0 ok, 1 some inputs failed, 2 bad usage). */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }
}
