package dev.corroborate.eval.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corroborate.model.Article;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ECB+ dev articles as stories of {@link Article}s. ECB+ gives one sentence per paragraph, so
 * paragraphs are the sentences. Its text was detokenised with a space after every token, which splits
 * numbers and hyphenated words ("6. 1-magnitude", "120, 000", "two - party", "9 a. m."); those splits
 * are joined back here, since no real article is written that way.
 */
final class EcbStories {

    private EcbStories() {
    }

    static Map<String, List<Article>> load(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<Article>> stories = new LinkedHashMap<>();
        int line = 0;
        for (String l : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            line++;
            if (l.isBlank()) continue;
            try {
                JsonNode n = json.readTree(l);
                String id = n.path("id").asText(), story = n.path("story").asText(), text = n.path("text").asText();
                if (id.isEmpty() || story.isEmpty()) throw new IOException("missing id or story");
                String url = n.path("url").isTextual() ? n.path("url").asText() : null;
                List<String> sentences = new ArrayList<>();
                for (String p : text.split("\\n\\s*\\n")) if (!p.isBlank()) sentences.add(repair(p.strip()));
                stories.computeIfAbsent(story, k -> new ArrayList<>()).add(new Article(id, outlet(url, id), url,
                        sentences.isEmpty() ? null : sentences.getFirst(), null, null, "eng",
                        String.join("\n\n", sentences), sentences, List.of()));
            } catch (IOException | RuntimeException e) {
                System.err.println(jsonl + ":" + line + ": skipped: " + e.getMessage());
            }
        }
        return stories;
    }

    static String repair(String s) {
        return s.replaceAll("(\\d)\\. (\\d)", "$1.$2").replaceAll("(\\d), (\\d{3})\\b", "$1,$2")
                .replaceAll("(\\w) - (\\w)", "$1-$2").replaceAll("\\b([ap])\\. m\\.", "$1.m.")
                .replaceAll("\\bU\\. S\\.", "U.S.").replaceAll("([.,!?;])\\s+\"", "$1\"");
    }

    private static String outlet(String url, String id) {
        if (url == null) return id;
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? id : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return id;
        }
    }
}
