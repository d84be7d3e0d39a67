package dev.corroborate.ingest;

import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Entry point of the readers: expands inputs and hands each article or error to the sink. */
public final class Inputs {

    private Inputs() {
    }

    // PLACEHOLDER until the ingest work lands: plain text files and folders only.
    public static void read(List<String> inputs, ReadOptions options, ArticleSink sink) {
        for (String in : inputs) {
            Path p = Path.of(in);
            try (Stream<Path> files = Files.isDirectory(p) ? Files.walk(p) : Stream.of(p)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> {
                    try {
                        String name = f.getFileName().toString();
                        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                        sink.article(new RawArticle(id, f.toString(), 0, null, null, null, null, null,
                                Files.readString(f, StandardCharsets.UTF_8), null));
                    } catch (IOException e) {
                        sink.error(new InputError(f.toString(), 0, e.getMessage()));
                    }
                });
            } catch (IOException e) {
                sink.error(new InputError(in, 0, e.getMessage()));
            }
        }
    }
}
