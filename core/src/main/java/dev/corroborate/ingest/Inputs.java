package dev.corroborate.ingest;

import dev.corroborate.model.InputError;
import dev.corroborate.model.RawArticle;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Entry point of the readers: expands inputs (files, directories read recursively in sorted order, glob
 * patterns, "-" for standard input) and hands each article or error to the sink. Nothing here throws on
 * bad input: every problem becomes one {@link InputError} naming the file (and line or record) and the
 * batch goes on.
 *
 * <p>Ids: the JSONL {@code id}, else the file name without extension ({@code name-LINE} for a JSONL line
 * without id); WARC records get their target URI without scheme, see {@link WarcArticles}. Outlet: the
 * JSONL {@code source}, else the HTML site name or URL host, else the parent folder of a one-article file,
 * or the name of a JSONL/WARC file for its records.
 */
public final class Inputs {

    private Inputs() {
    }

    public static void read(List<String> inputs, ReadOptions options, ArticleSink sink) {
        for (String in : inputs) {
            readInput(in, options, sink);
        }
    }

    private static void readInput(String in, ReadOptions options, ArticleSink sink) {
        if (in.equals("-")) {
            readStdin(options, sink);
            return;
        }
        Path p;
        try {
            p = Path.of(in);
        } catch (InvalidPathException e) {
            p = null;
        }
        if (p != null && Files.isDirectory(p)) {
            readDirectory(p, in, options, sink);
        } else if (p != null && Files.exists(p)) {
            readFile(p, options, sink);
        } else if (isGlob(in)) {
            readGlob(in, options, sink);
        } else {
            sink.error(new InputError(in, 0, "no such file or directory"));
        }
    }

    private static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    private static void readDirectory(Path dir, String label, ReadOptions options, ArticleSink sink) {
        CountingSink counting = new CountingSink(sink);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !isHidden(dir, f)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.error(new InputError(label, 0, "cannot list directory: " + e.getMessage()));
            return;
        }
        for (Path f : files) {
            readFile(f, options, counting);
        }
        if (counting.articles == 0) {
            sink.error(new InputError(label, 0, files.isEmpty() ? "directory has no files"
                    : "directory has no readable files (" + files.size() + " tried)"));
        }
    }

    // Dot-files and dot-folders (.git, .DS_Store) are not articles.
    private static boolean isHidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    private static void readGlob(String pattern, ReadOptions options, ArticleSink sink) {
        // Walk from the longest leading part of the pattern without glob characters.
        String norm = pattern.replace('\\', '/');
        int firstGlob = norm.length();
        for (char c : new char[]{'*', '?', '[', '{'}) {
            int i = norm.indexOf(c);
            if (i >= 0) firstGlob = Math.min(firstGlob, i);
        }
        int slash = norm.lastIndexOf('/', firstGlob);
        Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : norm.substring(0, slash));
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + norm);
        List<Path> matches;
        try (Stream<Path> walk = Files.walk(base)) {
            matches = walk.filter(f -> matcher.matches(slash < 0 ? base.relativize(f) : f)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            matches = List.of();
        }
        if (matches.isEmpty()) {
            sink.error(new InputError(pattern, 0, "no files match this pattern"));
            return;
        }
        for (Path m : matches) {
            if (Files.isDirectory(m)) readDirectory(m, m.toString(), options, sink);
            else readFile(m, options, sink);
        }
    }

    private static boolean streamed(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    static void readFile(Path f, ReadOptions options, ArticleSink sink) {
        String label = f.toString();
        String name = f.getFileName() == null ? label : f.getFileName().toString();
        try {
            long size = Files.size(f);
            // Whole-document files are checked by size before a byte is read; JSONL and WARC stream
            // and are checked record by record instead.
            if (!streamed(name) && size > options.maxFileBytes()) {
                sink.error(new InputError(label, 0, tooBig(size, options)));
                return;
            }
            if (size == 0) {
                sink.error(new InputError(label, 0, "empty file"));
                return;
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(f), Format.SNIFF_BYTES * 2)) {
                readStream(in, label, name, folderOf(f), options, sink);
            }
        } catch (AccessDeniedException e) {
            sink.error(new InputError(label, 0, "permission denied"));
        } catch (IOException | RuntimeException e) {
            sink.error(new InputError(label, 0, "cannot read: " + oneLine(e)));
        }
    }

    private static void readStdin(ReadOptions options, ArticleSink sink) {
        try {
            InputStream in = new BufferedInputStream(System.in, Format.SNIFF_BYTES * 2);
            readStream(in, "-", "stdin", "stdin", options, sink);
        } catch (IOException | RuntimeException e) {
            sink.error(new InputError("-", 0, "cannot read: " + oneLine(e)));
        }
    }

    /** Sniffs the stream's head, then reads it as its format. {@code in} must support mark/reset. */
    private static void readStream(InputStream in, String label, String name, String folder, ReadOptions options,
                                   ArticleSink sink) throws IOException {
        in.mark(Format.SNIFF_BYTES);
        byte[] head = in.readNBytes(Format.SNIFF_BYTES);
        in.reset();
        Format format = Format.of(head, head.length, name);
        String stem = Sources.stem(name);
        switch (format) {
            case EMPTY -> sink.error(new InputError(label, 0, "empty file"));
            case BINARY -> {
                String kind = Format.binaryKind(head, head.length);
                sink.error(new InputError(label, 0, "not a text file: " + (kind == null ? "compressed data" : kind)));
            }
            case JSONL -> JsonlArticles.read(in, label, stem, options, sink);
            case WARC, WARC_GZ -> WarcArticles.read(in, label, stem, options, sink);
            case TEXT, HTML -> {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxFileBytes() + 1));
                if (bytes.length > options.maxFileBytes()) {
                    sink.error(new InputError(label, 0, tooBig(bytes.length, options)));
                    return;
                }
                Decoder.Decoded text;
                try {
                    text = Decoder.decode(bytes, format == Format.HTML);
                } catch (CharacterCodingException e) {
                    sink.error(new InputError(label, 0, e.getMessage()));
                    return;
                }
                if (text.text().isBlank()) {
                    sink.error(new InputError(label, 0, "empty file (only whitespace)"));
                    return;
                }
                Documents.emit(Documents.Fields.of(stem), label, 0, folder, format == Format.HTML ? null : text.text(),
                        format == Format.HTML ? text.text() : null, sink);
            }
        }
    }

    private static String folderOf(Path f) {
        Path parent = f.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? null : parent.getFileName().toString();
    }

    static String tooBig(long size, ReadOptions options) {
        return String.format(Locale.ROOT, "file is %s, over the limit of %s (raise it with --max-file-size)",
                human(size), human(options.maxFileBytes()));
    }

    private static String human(long bytes) {
        if (bytes < 1024) return bytes + " bytes";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }

    static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** Counts what passes through, to tell a folder with no readable files. */
    private static final class CountingSink implements ArticleSink {
        private final ArticleSink target;
        int articles;

        CountingSink(ArticleSink target) {
            this.target = target;
        }

        @Override
        public void article(RawArticle article) {
            articles++;
            target.article(article);
        }

        @Override
        public void error(InputError error) {
            target.error(error);
        }
    }
}
