package dev.corroborate.cli;

import dev.corroborate.store.Store;
import picocli.CommandLine.Option;

import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The {@code --store DIR} option shared by the store commands, and how they open it. */
final class StoreOption {

    /** Exit status when the store cannot be opened (missing, locked by another writer, unreadable). */
    static final int STORE_UNAVAILABLE = 3;

    @Option(names = "--store", paramLabel = "DIR",
            description = "The store directory (default: ~/.corroborate). Created by ingest and serve.")
    Path dir;

    Path dir() {
        return dir != null ? dir : Store.defaultDir();
    }

    /** Opens for writing; null after printing why when it cannot be opened. */
    Store openForWriting() {
        try {
            return Store.open(dir());
        } catch (RuntimeException e) {
            return unavailable(e);
        }
    }

    /** Opens for reading; null after printing why when it cannot be opened. */
    Store openForReading() {
        try {
            return Store.openReadOnly(dir());
        } catch (RuntimeException e) {
            return unavailable(e);
        }
    }

    private static Store unavailable(RuntimeException e) {
        if (!(e instanceof UncheckedIOException) && !(e instanceof IllegalArgumentException)
                && !(e instanceof dev.corroborate.store.StoreLockedException)) throw e;
        System.err.println("corroborate: " + e.getMessage());
        return null;
    }
}
