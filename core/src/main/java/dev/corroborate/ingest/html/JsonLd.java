package dev.corroborate.ingest.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema.org objects of a page's JSON-LD blocks, flattened ({@code @graph} and arrays unrolled), with the
 * article object (NewsArticle, BlogPosting, ...) singled out. Broken blocks are skipped: pages in the wild
 * carry raw newlines in strings, trailing commas and comments, so parsing is lenient.
 */
final class JsonLd {

    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
            .build();

    private final List<JsonNode> objects;
    private final JsonNode article;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
        this.article = objects.stream().filter(JsonLd::isArticle).findFirst().orElse(null);
    }

    static JsonLd of(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                flatten(LENIENT.readTree(script.data().trim()), objects);
            } catch (Exception e) {
                // an unparseable block carries nothing we can use; the other sources still apply
            }
        }
        return new JsonLd(objects);
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null) return;
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out);
            // WebPage.mainEntity often holds the article
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) flatten(main, out);
        }
    }

    private static boolean isArticle(JsonNode node) {
        for (String type : types(node)) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.endsWith("article") || t.equals("blogposting") || t.equals("reportage")
                    || t.equals("liveblogposting") || t.equals("socialmediaposting")) return true;
        }
        return false;
    }

    static List<String> types(JsonNode node) {
        JsonNode t = node.get("@type");
        List<String> out = new ArrayList<>();
        if (t == null) return out;
        if (t.isArray()) t.forEach(x -> out.add(x.asText()));
        else out.add(t.asText());
        return out;
    }

    /** The article object, else null. */
    JsonNode article() {
        return article;
    }

    /** A string field of the article object, else null. */
    String articleText(String field) {
        return article == null ? null : text(article.get(field));
    }

    /** The first object of the given schema.org type, else null. */
    JsonNode firstOfType(String type) {
        return objects.stream().filter(o -> types(o).stream().anyMatch(type::equalsIgnoreCase)).findFirst()
                .orElse(null);
    }

    /** Text of a node that is a string, or an object with a name, or an array of those (first one). */
    static String text(JsonNode node) {
        if (node == null || node.isNull()) return null;
        if (node.isArray()) return node.isEmpty() ? null : text(node.get(0));
        if (node.isObject()) return text(node.get("name"));
        String s = node.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** Names of a node that is a string, an object with a name, or an array of those. */
    static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) return out;
        if (node.isArray()) {
            node.forEach(n -> out.addAll(names(n)));
        } else {
            String s = text(node);
            if (s != null) out.add(s);
        }
        return out;
    }
}
