package dev.corroborate.ingest;

import dev.corroborate.model.InputError;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * WARC files (plain or gzipped, read with jwarc): each HTML response record with status 200 is one
 * article; other records (requests, metadata, images, redirects) are skipped silently.
 *
 * <p>Ids: the record's target URI without its scheme and trailing slash ("example.com/news/a?id=3"), so
 * that the same page gets the same id in any crawl; a URI seen again in the same file gets "~2", "~3".
 * The error line number is the record's 1-based index in the file.
 */
final class WarcArticles {

    private WarcArticles() {
    }

    static void read(InputStream in, String input, String stem, ReadOptions options, ArticleSink sink)
            throws IOException {
        Map<String, Integer> seen = new HashMap<>();
        int index = 0;
        int pages = 0;
        try (WarcReader reader = new WarcReader(in)) {
            reader.setLenient(true);
            for (WarcRecord record : reader) {
                index++;
                if (!(record instanceof WarcResponse response)) continue;
                try {
                    HttpResponse http = response.http();
                    MediaType type = http.contentType();
                    boolean html = type != null && type.base().toString().toLowerCase(Locale.ROOT).contains("html");
                    if (http.status() != 200 || !html) continue;
                    pages++;
                    if (http.body().size() > options.maxFileBytes()) {
                        sink.error(new InputError(input, index, "record is over the limit of "
                                + options.maxFileBytes() + " bytes (raise it with --max-file-size)"));
                        continue;
                    }
                    byte[] bytes = http.bodyDecoded().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
                            options.maxFileBytes() + 1));
                    String page = Decoder.decode(bytes, true).text();
                    String target = response.target();
                    String id = idOf(target, seen);
                    Documents.Fields f = new Documents.Fields(id, null, target, null, null, null);
                    Documents.emit(f, input, index, stem, null, page, sink);
                } catch (CharacterCodingException e) {
                    sink.error(new InputError(input, index, e.getMessage()));
                } catch (IOException | RuntimeException e) {
                    sink.error(new InputError(input, index, "cannot read record: " + Inputs.oneLine(e)));
                }
            }
        } catch (IOException | RuntimeException e) {
            sink.error(new InputError(input, index + 1, "not a readable WARC record: " + Inputs.oneLine(e)));
            return;
        }
        if (pages == 0) sink.error(new InputError(input, 0, "no HTML response records in this WARC file"));
    }

    static String idOf(String target, Map<String, Integer> seen) {
        String id = target.strip();
        try {
            URI u = URI.create(id);
            if (u.getScheme() != null) id = id.substring(u.getScheme().length() + 1).replaceFirst("^//", "");
        } catch (IllegalArgumentException ignored) {
            // keep the target as it is
        }
        if (id.endsWith("/")) id = id.substring(0, id.length() - 1);
        if (id.isBlank()) id = "record";
        int k = seen.merge(id, 1, Integer::sum);
        return k == 1 ? id : id + "~" + k;
    }
}
