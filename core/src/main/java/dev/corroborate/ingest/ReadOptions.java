package dev.corroborate.ingest;

/**
 * Limits for reading.
 *
 * @param maxFileBytes files larger than this are refused without being read (default 64 MiB)
 */
public record ReadOptions(long maxFileBytes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_FILE_BYTES);
    }
}
