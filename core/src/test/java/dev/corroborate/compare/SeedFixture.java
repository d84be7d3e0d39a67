package dev.corroborate.compare;

import dev.corroborate.clean.Cleaner;
import dev.corroborate.model.Article;
import dev.corroborate.model.RawArticle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The seed reports of a directory, cleaned by the project's Cleaner; ids are file names up to the first underscore. */
final class SeedFixture {

    private SeedFixture() {
    }

    static List<Article> directory(Path dir) throws IOException {
        List<RawArticle> raw = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String id = f.getFileName().toString().replaceAll("_.*", "").replace(".txt", "");
                raw.add(new RawArticle(id, f.toString(), 0, null, null, null, null, null,
                        Files.readString(f, StandardCharsets.UTF_8), null));
            }
        }
        List<String> errors = new ArrayList<>();
        List<Article> out = new Cleaner().cleanBatch(raw, e -> errors.add(e.toString()));
        if (!errors.isEmpty()) throw new IOException(String.join("; ", errors));
        return out;
    }
}
