package dev.corroborate.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.model.InputError;

import java.io.IOException;
import java.io.InputStream;

/**
 * JSON Lines, one article a line: {@code id, url, source, title, published, author} and {@code text} or
 * {@code html}. Streams line by line (never the whole file in memory); a line longer than
 * {@link ReadOptions#maxFileBytes()} is refused on its own. A bad line is an error naming its line number.
 * {@link #parseLine} reads one record for callers that split files themselves (the Spark job).
 */
public final class JsonlArticles {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonlArticles() {
    }

    static void read(InputStream in, String input, String stem, ReadOptions options, ArticleSink sink)
            throws IOException {
        LineReader lines = new LineReader(in, options.maxFileBytes());
        int n = 0;
        int found = 0;
        for (String line = lines.next(); line != null; line = lines.next()) {
            n++;
            if (line == LineReader.TOO_LONG) {
                sink.error(new InputError(input, n, "line is over the limit of " + options.maxFileBytes()
                        + " bytes (raise it with --max-file-size)"));
                continue;
            }
            if (line.isBlank()) continue;
            found++;
            parse(input, n, stem, line, sink);
        }
        if (found == 0) sink.error(new InputError(input, 0, "empty file (no JSON lines)"));
    }

    /**
     * One JSON Lines record, numbered {@code line} (from 1) in the file {@code input}: the article, or an
     * error naming the file and line, goes to {@code sink}. A blank line gives nothing. Ids default to the
     * file name's stem and the line number, as when the whole file is read.
     */
    public static void parseLine(String input, int line, String json, ArticleSink sink) {
        if (json.isBlank()) return;
        String name = input.substring(Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\')) + 1);
        parse(input, line, Sources.stem(name), json, sink);
    }

    private static void parse(String input, int n, String stem, String line, ArticleSink sink) {
        JsonNode node;
        try {
            node = MAPPER.readTree(n == 1 ? line.replaceFirst("^\uFEFF", "") : line);
        } catch (JsonProcessingException e) {
            sink.error(new InputError(input, n, "not valid JSON: " + e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.error(new InputError(input, n, "not a JSON object"));
            return;
        }
        String text = string(node, "text");
        String html = string(node, "html");
        if (text == null && html == null) {
            sink.error(new InputError(input, n, "no \"text\" or \"html\" field with content"));
            return;
        }
        String id = Sources.first(string(node, "id"), stem + "-" + n);
        Documents.Fields f = new Documents.Fields(id, string(node, "source"), string(node, "url"),
                string(node, "title"), Dates.parse(string(node, "published")), string(node, "author"));
        Documents.emit(f, input, n, stem, text, text == null ? html : null, sink);
    }

    /** A field as text when present and not blank (numbers too, for numeric ids). */
    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        String s = v.asText();
        return s.isBlank() ? null : s;
    }
}
