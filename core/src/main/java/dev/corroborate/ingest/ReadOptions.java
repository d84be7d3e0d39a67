package dev.corroborate.ingest;

/**
 * Limits for reading.
 *
 * @param maxFileBytes a text or HTML file larger than this is refused from its size, before any byte is
 *                     read; JSON Lines and WARC files stream, so for them the limit applies to each line
 *                     or record instead (default 64 MiB; {@code analyze --max-file-size})
 */
public record ReadOptions(long maxFileBytes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

    public ReadOptions {
        if (maxFileBytes <= 0) throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
    }

    public static ReadOptions defaults() {
        return new ReadOptions(DEFAULT_MAX_FILE_BYTES);
    }
}
