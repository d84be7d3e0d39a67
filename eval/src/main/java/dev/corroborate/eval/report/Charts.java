package dev.corroborate.eval.report;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link Plot} to PNG with XChart. */
final class Charts {

    private Charts() {
    }

    static void png(Plot plot, Path out) throws IOException {
        XYChart chart = new XYChartBuilder().width(720).height(440).title(plot.title())
                .xAxisTitle(plot.xLabel()).yAxisTitle(plot.yLabel()).build();
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
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
        String file = out.toString().replaceFirst("\\.png$", "");
        BitmapEncoder.saveBitmap(chart, file, BitmapEncoder.BitmapFormat.PNG);
    }
}
