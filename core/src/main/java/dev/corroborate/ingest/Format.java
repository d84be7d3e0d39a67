package dev.corroborate.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a file holds, decided from its first bytes and then its name: content that cannot be mistaken
 * (WARC header, HTML doctype, image or archive magic, NUL bytes) wins over the extension.
 */
enum Format {
    TEXT, HTML, JSONL, WARC, WARC_GZ, EMPTY, BINARY;

    /** Bytes enough to sniff: magic numbers, a WARC version line, the opening tags of a page. */
    static final int SNIFF_BYTES = 8192;

    /** The reason a binary head was refused, or null when it looks like text. */
    static String binaryKind(byte[] head, int n) {
        if (startsWith(head, n, 0x89, 'P', 'N', 'G')) return "a PNG image";
        if (startsWith(head, n, 0xFF, 0xD8, 0xFF)) return "a JPEG image";
        if (startsWith(head, n, 'G', 'I', 'F', '8')) return "a GIF image";
        if (startsWith(head, n, 'R', 'I', 'F', 'F')) return "a RIFF media file";
        if (startsWith(head, n, '%', 'P', 'D', 'F')) return "a PDF document";
        if (startsWith(head, n, 'P', 'K', 3, 4) || startsWith(head, n, 'P', 'K', 5, 6)) return "a zip archive";
        if (startsWith(head, n, 0x7F, 'E', 'L', 'F')) return "an executable";
        if (startsWith(head, n, 0x1F, 0x8B)) return "gzip-compressed data (only .warc.gz is read compressed)";
        boolean utf16 = startsWith(head, n, 0xFF, 0xFE) || startsWith(head, n, 0xFE, 0xFF);
        if (!utf16) {
            for (int i = 0; i < n; i++) {
                if (head[i] == 0) return "binary data (NUL bytes)";
            }
        }
        return null;
    }

    /** Decides the format of a file from its head (n bytes read) and its name. */
    static Format of(byte[] head, int n, String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (n == 0) return EMPTY;
        if (startsWith(head, n, 0x1F, 0x8B) && (name.endsWith(".warc.gz") || name.endsWith(".gz"))) {
            return name.endsWith(".warc.gz") ? WARC_GZ : BINARY;
        }
        if (binaryKind(head, n) != null) return BINARY;
        String start = new String(head, 0, Math.min(n, 1024), StandardCharsets.ISO_8859_1).stripLeading()
                .replaceFirst("^\u00EF\u00BB\u00BF", "");
        if (start.isBlank()) return EMPTY;
        String lower = start.toLowerCase(Locale.ROOT);
        if (start.startsWith("WARC/")) return WARC;
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) return HTML;
        if (name.endsWith(".warc")) return WARC;
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return JSONL;
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return HTML;
        if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")) return TEXT;
        // Unknown extension (or stdin): look at the content.
        if (start.startsWith("{")) return JSONL;
        if (lower.startsWith("<?xml") && lower.contains("<html") || lower.startsWith("<head") || lower.startsWith("<body")
                || lower.startsWith("<!--") && lower.contains("<html")) {
            return HTML;
        }
        return TEXT;
    }

    private static boolean startsWith(byte[] b, int n, int... magic) {
        if (n < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != (magic[i] & 0xFF)) return false;
        }
        return true;
    }
}
