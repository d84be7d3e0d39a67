package dev.corroborate.ingest;

import java.net.URI;
import java.util.Locale;

/** Outlet names and ids derived from URLs and file names. */
final class Sources {

    private Sources() {
    }

    /** The host of a URL without "www.", or null when it has none. */
    static String host(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) return null;
            h = h.toLowerCase(Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A file name without its extension(s): "a.warc.gz" gives "a", "b.txt" gives "b". */
    static String stem(String fileName) {
        String n = fileName;
        for (String ext : new String[]{".gz", ".warc"}) {
            if (n.toLowerCase(Locale.ROOT).endsWith(ext) && n.length() > ext.length()) n = n.substring(0, n.length() - ext.length());
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** First of the values that is not blank, or null. */
    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v.strip();
        }
        return null;
    }
}
