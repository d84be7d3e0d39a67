package dev.corroborate.eval.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line plot's data as evaluations hand it to the report: one x column and one or more series. Stored as a
 * small CSV so that any evaluation, run in its own process, can contribute a plot.
 *
 * <p>File format: a first line {@code # title | x label | y label} (then {@code | note} when there is one), a header {@code x,series1,series2,...},
 * then one row per x value. Empty cells are missing points.
 */
public record Plot(String name, String title, String xLabel, String yLabel, List<String> series, List<double[]> rows,
                   String note) {

    /** Environment variable naming the folder where evaluations drop their plot data. */
    public static final String DIR_ENV = "CORROBORATE_PLOT_DIR";
    /** A y label that ends with this asks for a logarithmic y axis (series of very different sizes). */
    public static final String LOG_SCALE = "(log scale)";

    /**
     * @param note the data set and the peer in the same run, printed under the figure ("" for none)
     */
    public Plot {
        series = List.copyOf(series);
        rows = List.copyOf(rows);
        note = note == null ? "" : note.replace('|', '/').replace('\n', ' ');
    }

    public Plot(String name, String title, String xLabel, String yLabel, List<String> series, List<double[]> rows) {
        this(name, title, xLabel, yLabel, series, rows, "");
    }

    /** Writes the plot to the folder named by {@link #DIR_ENV}, when the report asked for plots. */
    public void saveIfRequested() {
        String dir = System.getenv(DIR_ENV);
        if (dir != null && !dir.isBlank()) save(Path.of(dir));
    }

    public void save(Path dir) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(title).append(" | ").append(xLabel).append(" | ").append(yLabel);
        if (!note.isEmpty()) sb.append(" | ").append(note);
        sb.append('\n');
        // A series name must not break the CSV row it heads.
        sb.append("x,").append(String.join(",", series.stream().map(n -> n.replace(',', ';')).toList())).append('\n');
        for (double[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                if (i > 0) sb.append(',');
                if (!Double.isNaN(r[i])) sb.append(r[i]);
            }
            sb.append('\n');
        }
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".csv"), sb.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Plot load(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        String[] head = lines.get(0).substring(2).split(" \\| ", -1);
        List<String> series = Arrays.asList(lines.get(1).split(",", -1)).subList(1, lines.get(1).split(",", -1).length);
        List<double[]> rows = new ArrayList<>();
        for (String line : lines.subList(2, lines.size())) {
            if (line.isBlank()) continue;
            String[] cells = line.split(",", -1);
            double[] r = new double[series.size() + 1];
            for (int i = 0; i < r.length; i++) {
                r[i] = i < cells.length && !cells[i].isBlank() ? Double.parseDouble(cells[i]) : Double.NaN;
            }
            rows.add(r);
        }
        String name = csv.getFileName().toString().replaceFirst("\\.csv$", "");
        return new Plot(name, head[0], head.length > 1 ? head[1] : "x", head.length > 2 ? head[2] : "y", series, rows,
                head.length > 3 ? head[3] : "");
    }
}
