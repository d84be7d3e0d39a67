package dev.corroborate.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corroborate.model.RawArticle;
import dev.corroborate.render.Json;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A test and benchmark corpus made of real news text: the ECB+ dev articles and the article-extraction
 * benchmark's gold bodies, each followed by copies
 * made with the edits reprints make: truncation, a dropped paragraph, US to UK respelling. Past those, a
 * larger corpus is filled with articles recombined from the real sentences (dated over a year), a fifth
 * of them copied too. Deterministic for a seed.
 *
 * <p>ECB+ texts carry no dates. As in a news stream, each of its 40 events is given a day of one year and
 * its reports hours after it; one report in ten stays undated. The extraction benchmark's bodies, all
 * different stories, are dated over a month.
 */
public final class EditedCorpus {

    private static final Instant START = Instant.parse("2024-01-01T06:00:00Z");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[A-Z“\"])");
    private static final Map<String, String> RESPELL = Map.ofEntries(
            Map.entry("ize", "ise"), Map.entry("izing", "ising"), Map.entry("ized", "ised"),
            Map.entry("color", "colour"), Map.entry("center", "centre"), Map.entry("defense", "defence"),
            Map.entry("program", "programme"), Map.entry("favor", "favour"), Map.entry("labor", "labour"),
            Map.entry("neighbor", "neighbour"), Map.entry("honor", "honour"), Map.entry("analyze", "analyse"));

    private EditedCorpus() {
    }

    /** The real articles, each followed by {@code copiesEach} edited copies. */
    public static List<RawArticle> withCopies(Path ecbplusJsonl, Path extractionGold, int copiesEach) throws IOException {
        List<RawArticle> out = new ArrayList<>();
        for (RawArticle a : originals(ecbplusJsonl, extractionGold)) {
            out.add(a);
            for (int k = 1; k <= copiesEach; k++) out.add(copy(a, k, a.id().hashCode() + k));
        }
        return out;
    }

    /** {@link #withCopies} filled up to {@code size} articles with recombined ones. */
    public static List<RawArticle> ofSize(Path ecbplusJsonl, Path extractionGold, int size, long seed) throws IOException {
        List<RawArticle> originals = originals(ecbplusJsonl, extractionGold);
        List<RawArticle> out = new ArrayList<>(withCopies(ecbplusJsonl, extractionGold, 2));
        List<String> sentences = new ArrayList<>();
        for (RawArticle a : originals) sentences.addAll(Arrays.asList(SENTENCE_END.split(a.text().replace("\n", " "))));
        Random rnd = new Random(seed);
        int n = 0;
        while (out.size() < size) {
            StringBuilder body = new StringBuilder();
            int paragraphs = 3 + rnd.nextInt(6);
            for (int p = 0; p < paragraphs; p++) {
                if (p > 0) body.append("\n\n");
                int len = 1 + rnd.nextInt(4);
                for (int s = 0; s < len; s++) body.append(s > 0 ? " " : "").append(sentences.get(rnd.nextInt(sentences.size())));
            }
            String id = "mix-" + n;
            RawArticle a = new RawArticle(id, "corpus", 0, "outlet-" + (n % 97) + ".example", null,
                    null, START.plus(rnd.nextInt(365 * 24), ChronoUnit.HOURS), null, body.toString(), null);
            out.add(a);
            if (n % 5 == 0 && out.size() < size) out.add(copy(a, 1, rnd.nextLong()));
            n++;
        }
        return out.subList(0, size);
    }

    /** Writes articles as JSON Lines with the fields of the project's JSONL input. */
    public static void writeJsonl(List<RawArticle> articles, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (RawArticle a : articles) {
                ObjectNode n = Json.mapper().createObjectNode();
                n.put("id", a.id());
                n.put("source", a.source());
                n.put("url", a.url());
                n.put("title", a.title());
                n.put("published", a.published() == null ? null : a.published().toString());
                n.put("text", a.text());
                w.write(Json.mapper().writeValueAsString(n));
                w.write('\n');
            }
        }
    }

    private static List<RawArticle> originals(Path ecbplusJsonl, Path extractionGold) throws IOException {
        List<RawArticle> out = new ArrayList<>();
        int reports = 0;
        for (String line : Files.readAllLines(ecbplusJsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            JsonNode n = Json.mapper().readTree(line);
            String url = n.path("url").isNull() ? null : n.path("url").asText(null);
            Instant day = START.plus(Math.floorMod(n.path("story").asText().hashCode(), 365), ChronoUnit.DAYS);
            Instant published = reports++ % 10 == 9 ? null : day.plus(reports % 40, ChronoUnit.HOURS);
            out.add(new RawArticle(n.get("id").asText(), ecbplusJsonl.toString(), 0, host(url, "ecbplus"), url, null,
                    published, null, n.get("text").asText(), null));
        }
        JsonNode gold = Json.mapper().readTree(extractionGold.toFile());
        int i = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); i++) {
            Map.Entry<String, JsonNode> e = it.next();
            String body = e.getValue().path("articleBody").asText("");
            if (body.isBlank()) continue;
            String url = e.getValue().path("url").asText(null);
            out.add(new RawArticle("aeb-" + e.getKey().substring(0, 12), extractionGold.toString(), 0,
                    host(url, "aeb"), url, null, START.plus((i * 37L) % (30 * 24), ChronoUnit.HOURS), null, body, null));
        }
        return out;
    }

    /** A reprint: truncated, a paragraph dropped, or respelled, by a reprinting outlet, a few hours later. */
    private static RawArticle copy(RawArticle a, int k, long seed) {
        Random rnd = new Random(seed);
        List<String> paragraphs = Arrays.stream(a.text().split("\\n\\s*\\n|\\n")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(ArrayList::new));
        String text = switch (Math.floorMod(seed, 3)) {
            case 0 -> String.join("\n\n", paragraphs.subList(0, Math.max(1, (int) Math.ceil(paragraphs.size() * (0.6 + 0.3 * rnd.nextDouble())))));
            case 1 -> {
                if (paragraphs.size() > 2) paragraphs.remove(1 + rnd.nextInt(paragraphs.size() - 2));
                yield String.join("\n\n", paragraphs);
            }
            default -> respell(String.join("\n\n", paragraphs));
        };
        Instant when = a.published() == null ? null : a.published().plus(1 + rnd.nextInt(30), ChronoUnit.HOURS);
        return new RawArticle(a.id() + "~copy" + k, a.input(), 0, "reprints-" + k + ".example", null, a.title(),
                when, null, text, null);
    }

    private static String respell(String text) {
        String out = text;
        for (Map.Entry<String, String> e : RESPELL.entrySet()) {
            out = out.replaceAll("(?<=\\p{L})" + e.getKey() + "\\b", e.getValue()).replaceAll("\\b" + e.getKey() + "\\b", e.getValue());
        }
        return out;
    }

    private static String host(String url, String fallback) {
        try {
            String h = url == null ? null : URI.create(url.strip()).getHost();
            return h == null ? fallback : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
