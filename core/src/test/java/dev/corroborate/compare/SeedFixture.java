package dev.corroborate.compare;

import dev.corroborate.model.Article;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Test-only stand-in for the cleaner (written in parallel): reflows hard-wrapped lines, reads a leading
 * "date YYYY-MM-DD" and splits sentences with OpenNLP's English model. It cleans nothing else.
 */
final class SeedFixture {

    private static final Pattern DATE = Pattern.compile("^\\s*date (\\d{4}-\\d{2}-\\d{2})\\s+");
    private static SentenceDetectorME detector;

    private SeedFixture() {
    }

    static synchronized SentenceDetectorME detector() {
        if (detector == null) {
            try (InputStream in = SeedFixture.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
                detector = new SentenceDetectorME(new SentenceModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return detector;
    }

    /** The articles of a directory of .txt reports; ids are file names up to the first underscore. */
    static List<Article> directory(Path dir) throws IOException {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String id = f.getFileName().toString().replaceAll("_.*", "").replace(".txt", "");
                out.add(article(id, id, Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    static Article article(String id, String source, String raw) {
        java.time.Instant published = null;
        Matcher m = DATE.matcher(raw);
        if (m.find()) {
            published = LocalDate.parse(m.group(1)).atStartOfDay(ZoneOffset.UTC).toInstant();
            raw = raw.substring(m.end());
        }
        List<String> sentences = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        // a blank line ends a paragraph; single line breaks inside one are hard wraps
        for (String para : raw.split("\\n\\s*\\n")) {
            String flat = para.strip().replaceAll("\\s*\\n\\s*", " ");
            if (flat.isEmpty()) continue;
            if (!text.isEmpty()) text.append("\n\n");
            text.append(flat);
            sentences.addAll(Arrays.asList(detector().sentDetect(flat)));
        }
        return new Article(id, source, null, null, published, null, "eng", text.toString(), sentences, List.of());
    }
}
