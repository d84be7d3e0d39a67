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
 */
final class JsonlArticles {

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
            JsonNode node;
            try {
                node = MAPPER.readTree(n == 1 ? line.replaceFirst("^\uFEFF", "") : line);
            } catch (JsonProcessingException e) {
                sink.error(new InputError(input, n, "not valid JSON: " + e.getOriginalMessage()));
                continue;
            }
            if (node == null || !node.isObject()) {
                sink.error(new InputError(input, n, "not a JSON object"));
                continue;
            }
            String text = string(node, "text");
            String html = string(node, "html");
            if (text == null && html == null) {
                sink.error(new InputError(input, n, "no \"text\" or \"html\" field with content"));
                continue;
            }
            String id = Sources.first(string(node, "id"), stem + "-" + n);
            Documents.Fields f = new Documents.Fields(id, string(node, "source"), string(node, "url"),
                    string(node, "title"), Dates.parse(string(node, "published")), string(node, "author"));
            Documents.emit(f, input, n, stem, text, text == null ? html : null, sink);
        }
        if (found == 0) sink.error(new InputError(input, 0, "empty file (no JSON lines)"));
    }

    /** A field as text when present and not blank (numbers too, for numeric ids). */
    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        String s = v.asText();
        return s.isBlank() ? null : s;
    }
}
