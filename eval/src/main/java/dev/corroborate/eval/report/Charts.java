package dev.corroborate.eval.report;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Plot} to PNG with XChart, with a footer under the chart that names the data set and
 * peer (the plot's note) and the machine, so that the figure says where it comes from on its own.
 */
final class Charts {

    private static final int WIDTH = 720;
    private static final int LINE = 16;
    private static final int FOOTER_CHARS = 110;

    private Charts() {
    }

    static void png(Plot plot, Path out, String machine) throws IOException {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(440).title(plot.title())
                .xAxisTitle(plot.xLabel()).yAxisTitle(plot.yLabel()).build();
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setYAxisLogarithmic(plot.yLabel().endsWith(Plot.LOG_SCALE));
        for (int s = 0; s < plot.series().size(); s++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (double[] r : plot.rows()) {
                if (!Double.isNaN(r[s + 1])) {
                    xs.add(r[0]);
                    ys.add(r[s + 1]);
                }
            }
            if (!xs.isEmpty()) chart.addSeries(plot.series().get(s), xs, ys).setMarker(SeriesMarkers.CIRCLE);
        }
        List<String> footer = new ArrayList<>(wrap(plot.note(), FOOTER_CHARS));
        footer.add("Machine: " + machine);
        BufferedImage img = BitmapEncoder.getBufferedImage(chart);
        BufferedImage full = new BufferedImage(img.getWidth(), img.getHeight() + footer.size() * LINE + 8,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = full.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, full.getWidth(), full.getHeight());
        g.drawImage(img, 0, 0, null);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int i = 0; i < footer.size(); i++) g.drawString(footer.get(i), 10, img.getHeight() + (i + 1) * LINE);
        g.dispose();
        ImageIO.write(full, "png", out.toFile());
    }

    /** Lines of at most {@code width} characters, broken between words. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split("\\s+")) {
            if (w.isEmpty()) continue;
            if (!line.isEmpty() && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) line.append(' ');
            line.append(w);
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }
}
