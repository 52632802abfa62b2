package org.memwall.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.Precision;
import org.memwall.core.scaling.GrowthTrend;
import org.memwall.core.scaling.MemoryWallTrends;
import org.memwall.core.sim.Result;
import org.memwall.history.MemoryWallHistory;
import org.memwall.ui.format.ChipNames;
import org.memwall.ui.format.Units;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.theme.StyleClasses;

/**
 * The memory wall over the years: how many times peak compute, DRAM bandwidth and interconnect
 * bandwidth grew since the first year of the trends preset, on a log scale, and the gap between
 * compute and memory bandwidth as a dashed line. Like the roofline, the chart plots log10 of the
 * growth and labels the ticks as powers of ten.
 */
public final class MemoryWallChart extends VBox implements HostedChart {
    static final String COMPUTE = "-mw-compute";
    static final String MEMORY = "-mw-hbm";
    static final String INTERCONNECT = "-mw-link";
    static final String GAP = "-mw-text";

    private final NumberAxis yearAxis = new NumberAxis();
    private final NumberAxis growthAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(yearAxis, growthAxis);
    private final Legend legend = new Legend();
    private final Messages m = Messages.of(MemoryWallChart.class);
    private final Heading heading;
    private final Label missing = new Label(m.get("wall.missing"));
    private final Tooltip tip = new Tooltip();
    private final Optional<HistoryLayer> history;
    private Set<String> highlighted = Set.of();

    public MemoryWallChart(Optional<MemoryWallTrends> trends) {
        this(trends, Optional.empty());
    }

    /**
     * @param history the chips by year, drawn as points with the trends fitted through them; the main
     *                chip on screen is marked at the year of the node its slider sets
     */
    public MemoryWallChart(Optional<MemoryWallTrends> trends, Optional<MemoryWallHistory> history) {
        this.history = trends.isPresent() ? history.map(h -> new HistoryLayer(h, trends.get().fromYear(), m)) : Optional.empty();
        getStyleClass().add(StyleClasses.CHART);
        setId("chart-memory-wall");
        heading = new Heading(chart, m.format("wall.title", trends.map(t -> Integer.toString(t.fromYear())).orElse("?")));
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(false);
        chart.setVerticalZeroLineVisible(false);
        chart.setHorizontalZeroLineVisible(false);
        chart.setMinSize(0, 0);
        yearAxis.setAutoRanging(false);
        yearAxis.setMinorTickVisible(false);
        yearAxis.setTickLabelFormatter(new Year());
        growthAxis.setAutoRanging(false);
        growthAxis.setTickUnit(1);
        growthAxis.setMinorTickVisible(false);
        growthAxis.setTickLabelFormatter(new RooflineChart.PowerOfTen());
        missing.getStyleClass().add("mw-legend-label");
        missing.setWrapText(true);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(chart, legend);
        Tooltip.install(chart, tip);
        trends.ifPresentOrElse(this::show, () -> getChildren().setAll(missing));
    }

    private void show(MemoryWallTrends t) {
        int years = t.years();
        yearAxis.setLowerBound(t.fromYear());
        yearAxis.setUpperBound(t.toYear());
        yearAxis.setTickUnit(years > 12 ? 5 : 2);
        double top = Math.log10(Math.max(t.compute().growthOver(years), t.gapAfter(years)));
        growthAxis.setLowerBound(0);
        growthAxis.setUpperBound(Math.max(1, Math.ceil(top)));

        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        series.add(line(t, t.compute()::growthOver));
        series.add(line(t, t.memoryBandwidth()::growthOver));
        series.add(line(t, t.interconnectBandwidth()::growthOver));
        series.add(line(t, t::gapAfter));
        chart.getData().setAll(series);
        String[] styles = {
            "-fx-stroke: " + COMPUTE + "; -fx-stroke-width: 2.5;",
            "-fx-stroke: " + MEMORY + "; -fx-stroke-width: 2.5;",
            "-fx-stroke: " + INTERCONNECT + "; -fx-stroke-width: 2;",
            "-fx-stroke: " + GAP + "; -fx-stroke-width: 1.5; -fx-stroke-dash-array: 6 4;"
        };
        for (int i = 0; i < styles.length; i++) {
            series.get(i).getNode().setStyle(styles[i]);
        }
        history.ifPresent(h -> addHistory(t, h));
        // short names: the chart is a third of the space below the canvas; the tip has the full ones
        List<Legend.Entry> entries = new ArrayList<>(legendEntries(t, years));
        history.ifPresent(h -> h.history().gapGrowthPerYear().ifPresent(gap -> entries.add(new Legend.Entry(
                m.format("wall.legend.fit", h.history().chips().size(), Units.number(100 * gap)),
                GAP + "; -fx-border-style: segments(2, 2)", true))));
        legend.show(entries);
        tip.setText(m.format("wall.tip",
                t.fromYear(), t.toYear(), name(t.compute(), "wall.trend.compute"), t.compute().factorPerTwoYears(),
                name(t.memoryBandwidth(), "wall.trend.memory"), t.memoryBandwidth().factorPerTwoYears(),
                name(t.interconnectBandwidth(), "wall.trend.links"), t.interconnectBandwidth().factorPerTwoYears(),
                t.gapPerYear(), t.toYear(), Units.number(t.gapAfter(years)),
                String.join("\n", t.compute().sources())));
    }

    private List<Legend.Entry> legendEntries(MemoryWallTrends t, int years) {
        return List.of(
                new Legend.Entry(m.format("wall.legend.compute", grown(t.compute(), years)), COMPUTE, false),
                new Legend.Entry(m.format("wall.legend.memory", grown(t.memoryBandwidth(), years)), MEMORY, false),
                new Legend.Entry(m.format("wall.legend.links", grown(t.interconnectBandwidth(), years)), INTERCONNECT, false),
                new Legend.Entry(m.format("wall.legend.gap", Units.number(t.gapAfter(years))),
                        GAP + "; -fx-border-style: segments(5, 3)", true));
    }

    /** The chips as points, the fits through them, the marker; the axes widened to hold them. */
    private void addHistory(MemoryWallTrends t, HistoryLayer h) {
        yearAxis.setLowerBound(Math.min(t.fromYear(), Math.floor(h.minYear())));
        yearAxis.setUpperBound(Math.max(t.toYear(), Math.ceil(h.maxYear())));
        yearAxis.setTickUnit(5);
        growthAxis.setLowerBound(Math.min(0, Math.floor(h.minLog())));
        growthAxis.setUpperBound(Math.max(growthAxis.getUpperBound(), Math.ceil(h.maxLog())));
        growthAxis.setTickUnit(growthAxis.getUpperBound() - growthAxis.getLowerBound() > 8 ? 2 : 1);
        String[] fitStyles = {
            "-fx-stroke: " + COMPUTE + "; -fx-stroke-width: 1.2; -fx-stroke-dash-array: 2 3;",
            "-fx-stroke: " + MEMORY + "; -fx-stroke-width: 1.2; -fx-stroke-dash-array: 2 3;"
        };
        for (int i = 0; i < h.fits().size(); i++) {
            chart.getData().add(h.fits().get(i));
            h.fits().get(i).getNode().setStyle(fitStyles[Math.min(i, fitStyles.length - 1)]);
        }
        for (XYChart.Series<Number, Number> points : h.points()) {
            chart.getData().add(points);
            points.getNode().setStyle("-fx-stroke: transparent;");
        }
        chart.getData().add(h.marker());
        h.marker().getNode().setStyle("-fx-stroke: transparent;");
        h.restyle();
    }

    /**
     * Outlines the chips on screen among the history's points and marks the main chip at the year of
     * the node it is set to; without a history it does nothing.
     */
    public void show(List<Result> results) {
        if (history.isEmpty() || results.isEmpty()) {
            return;
        }
        HistoryLayer h = history.get();
        Set<String> ids = results.stream().map(r -> r.hardware().id()).collect(Collectors.toSet());
        if (!ids.equals(highlighted)) {
            highlighted = ids;
            h.highlight(ids);
        }
        Hardware main = results.get(0).hardware();
        Precision p = main.compute().bestFor(Precision.FP16);
        OptionalDouble peak = main.compute().peak(p).map(OptionalDouble::of).orElse(OptionalDouble.empty());
        OptionalDouble dram = main.level(MemoryKind.OFF_CHIP_DRAM)
                .map(l -> OptionalDouble.of(l.bandwidthBytesPerSecond())).orElse(OptionalDouble.empty());
        h.mark(ChipNames.shortName(main), main.processNodeNm(), peak, dram);
    }

    /** The history's points, fits and marker, if the chart has a history (tests). */
    Optional<HistoryLayer> historyLayer() {
        return history;
    }

    /** One point a year, in log10 of the growth since the first year. */
    private static XYChart.Series<Number, Number> line(MemoryWallTrends t, java.util.function.DoubleUnaryOperator growth) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        for (int year = t.fromYear(); year <= t.toYear(); year++) {
            s.getData().add(new XYChart.Data<>(year, Math.log10(growth.applyAsDouble(year - t.fromYear()))));
        }
        return s;
    }

    private static String grown(GrowthTrend trend, int years) {
        return Units.number(trend.growthOver(years));
    }

    /**
     * The trend's name in the tip: in English the preset's own ("peak server compute (FLOPS)"); the
     * preset is written in English only, so other languages name the three trends from their messages.
     */
    private String name(GrowthTrend trend, String key) {
        return Language.current() == Language.ENGLISH ? trend.name() : m.get(key);
    }

    LineChart<Number, Number> chart() {
        return chart;
    }

    Legend legend() {
        return legend;
    }

    String tipText() {
        return tip.getText();
    }

    /** "2003" rather than "2,003". */
    private static final class Year extends StringConverter<Number> {
        @Override
        public String toString(Number year) {
            return Long.toString(Math.round(year.doubleValue()));
        }

        @Override
        public Number fromString(String text) {
            throw new UnsupportedOperationException("axis labels are not parsed");
        }
    }

    @Override
    public javafx.beans.property.ReadOnlyStringProperty headingProperty() {
        return heading.property();
    }

    @Override
    public void setHeadingShown(boolean shown) {
        heading.setShown(shown);
    }
}
