package org.memwall.ui.charts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.memwall.history.HistoryChip;
import org.memwall.history.MemoryWallHistory;
import org.memwall.history.Series;
import org.memwall.history.Trend;
import org.memwall.ui.format.Units;
import org.memwall.ui.i18n.Messages;

/**
 * The chips of the memory-wall history on the chart: a point per chip and series, the least-squares
 * trend through each, and a marker for the main chip on screen at the process node its slider sets.
 * Values are plotted as log10 of the growth since the chart's first year, measured from the fitted
 * trend there, so points, fits and the published rates share one axis.
 */
final class HistoryLayer {
    static final String POINT = "mw-wall-point";
    static final String PRESET = "mw-wall-preset";
    static final String ON_SCREEN = "mw-wall-on-screen";
    static final String MARKER = "mw-wall-marker";

    private final MemoryWallHistory history;
    private final int baseYear;
    private final Messages m;
    private final Map<Series, Double> base = new HashMap<>();
    private final List<XYChart.Series<Number, Number>> points = new ArrayList<>();
    private final List<XYChart.Series<Number, Number>> fits = new ArrayList<>();
    private final Map<Region, HistoryChip> nodes = new HashMap<>();
    private final XYChart.Series<Number, Number> marker = new XYChart.Series<>();
    private final XYChart.Data<Number, Number> computeMarker = new XYChart.Data<>(0, 0);
    private final XYChart.Data<Number, Number> memoryMarker = new XYChart.Data<>(0, 0);
    private final Tooltip markerTip = new Tooltip();
    private double minX = Double.MAX_VALUE;
    private double maxX = -Double.MAX_VALUE;
    private double minY = Double.MAX_VALUE;
    private double maxY = -Double.MAX_VALUE;

    HistoryLayer(MemoryWallHistory history, int baseYear, Messages m) {
        this.history = history;
        this.baseYear = baseYear;
        this.m = m;
        for (Series s : Series.values()) {
            Optional<Trend> fit = history.trend(s);
            // the figure's interconnect series is already relative to PCIe 1.0 in 2003
            base.put(s, s == Series.INTERCONNECT ? 1.0 : fit.map(t -> t.at(baseYear)).orElse(1.0));
        }
        for (Series s : List.of(Series.PEAK_COMPUTE, Series.DRAM_BANDWIDTH, Series.INTERCONNECT)) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            for (HistoryChip c : history.with(s)) {
                double y = y(s, c.value(s).getAsDouble());
                XYChart.Data<Number, Number> d = new XYChart.Data<>(c.year(), y);
                Region dot = dot(s, c);
                d.setNode(dot);
                nodes.put(dot, c);
                series.getData().add(d);
                extend(c.year(), y);
            }
            points.add(series);
        }
        for (Series s : List.of(Series.PEAK_COMPUTE, Series.DRAM_BANDWIDTH)) {
            history.trend(s).ifPresent(t -> {
                XYChart.Series<Number, Number> line = new XYChart.Series<>();
                line.getData().add(new XYChart.Data<>(t.firstYear(), y(s, t.at(t.firstYear()))));
                line.getData().add(new XYChart.Data<>(t.lastYear(), y(s, t.at(t.lastYear()))));
                fits.add(line);
            });
        }
        Region c = markerNode(MemoryWallChart.COMPUTE);
        Region d = markerNode(MemoryWallChart.MEMORY);
        computeMarker.setNode(c);
        memoryMarker.setNode(d);
        Tooltip.install(c, markerTip);
        Tooltip.install(d, markerTip);
    }

    private double y(Series s, double value) {
        return Math.log10(value / base.get(s));
    }

    private void extend(double x, double y) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
    }

    double minYear() {
        return minX;
    }

    double maxYear() {
        return maxX;
    }

    double minLog() {
        return minY;
    }

    double maxLog() {
        return maxY;
    }

    List<XYChart.Series<Number, Number>> points() {
        return points;
    }

    List<XYChart.Series<Number, Number>> fits() {
        return fits;
    }

    XYChart.Series<Number, Number> marker() {
        return marker;
    }

    MemoryWallHistory history() {
        return history;
    }

    private Region dot(Series s, HistoryChip c) {
        Region r = new Region();
        r.getStyleClass().add(POINT);
        if (c.hardwareId().isPresent()) {
            r.getStyleClass().add(PRESET);
        }
        String token = s == Series.PEAK_COMPUTE ? MemoryWallChart.COMPUTE
                : s == Series.DRAM_BANDWIDTH ? MemoryWallChart.MEMORY : MemoryWallChart.INTERCONNECT;
        r.setStyle("-fx-background-color: " + token + ";");
        Tooltip.install(r, new Tooltip(m.format("wall.point.tip", c.name(), Long.toString((long) Math.floor(c.year())), value(s, c.value(s).getAsDouble()))));
        return r;
    }

    private String value(Series s, double v) {
        return switch (s) {
            case PEAK_COMPUTE -> Units.opsPerSecond(v);
            case DRAM_BANDWIDTH -> Units.bytesPerSecond(v);
            case INTERCONNECT -> m.format("wall.point.relative", Units.number(v));
        };
    }

    private static Region markerNode(String token) {
        Region r = new Region();
        r.getStyleClass().add(MARKER);
        r.setStyle("-fx-background-color: " + token + ";");
        return r;
    }

    /**
     * Gives the points their classes again: the chart replaces a data node's style classes with its
     * own when the series is added.
     */
    void restyle() {
        nodes.forEach((node, chip) -> {
            node.getStyleClass().add(POINT);
            if (chip.hardwareId().isPresent()) {
                node.getStyleClass().add(PRESET);
            }
        });
    }

    /** Outlines the points of the chips on screen (presets the history names). */
    void highlight(Set<String> hardwareIds) {
        nodes.forEach((node, chip) -> {
            boolean on = chip.hardwareId().filter(hardwareIds::contains).isPresent();
            if (on && !node.getStyleClass().contains(ON_SCREEN)) {
                node.getStyleClass().add(ON_SCREEN);
            } else if (!on) {
                node.getStyleClass().remove(ON_SCREEN);
            }
        });
    }

    /**
     * Puts the marker at the year a node entered production, at the main chip's peak compute and
     * DRAM bandwidth there (both after the sliders); hidden when the history lists no node years.
     *
     * @return whether the marker shows
     */
    boolean mark(String chipName, double nodeNm, OptionalDouble peakFlops, OptionalDouble dramBytesPerSecond) {
        Optional<Double> year = history.yearOf(nodeNm);
        if (year.isEmpty() || peakFlops.isEmpty()) {
            marker.getData().clear();
            return false;
        }
        computeMarker.setXValue(year.get());
        computeMarker.setYValue(y(Series.PEAK_COMPUTE, peakFlops.getAsDouble()));
        List<XYChart.Data<Number, Number>> wanted = new ArrayList<>(List.of(computeMarker));
        if (dramBytesPerSecond.isPresent()) {
            memoryMarker.setXValue(year.get());
            memoryMarker.setYValue(y(Series.DRAM_BANDWIDTH, dramBytesPerSecond.getAsDouble()));
            wanted.add(memoryMarker);
        }
        if (!marker.getData().equals(wanted)) {
            marker.getData().setAll(wanted);
            wanted.forEach(d -> {
                if (!d.getNode().getStyleClass().contains(MARKER)) {
                    d.getNode().getStyleClass().add(MARKER);
                }
            });
        }
        markerTip.setText(m.format("wall.marker.tip", chipName, org.memwall.lessons.Numbers.nm(nodeNm), Math.round(year.get()),
                Units.opsPerSecond(peakFlops.getAsDouble()),
                dramBytesPerSecond.isPresent() ? Units.bytesPerSecond(dramBytesPerSecond.getAsDouble()) : "–"));
        return true;
    }

    String markerTip() {
        return markerTip.getText();
    }
}
