package dev.corroborate.store;

import java.nio.file.Path;

/** Another process (or another open {@link Store}) holds the store's single-writer lock. */
public final class StoreLockedException extends RuntimeException {

    public StoreLockedException(Path dir, Throwable cause) {
        super("the store " + dir + " is already open for writing by another process (only one writer at a time: "
                + "stop the other 'corroborate ingest' or 'corroborate serve', or use another --store)", cause);
    }
}
