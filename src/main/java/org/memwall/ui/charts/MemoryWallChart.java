package org.memwall.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.memwall.core.scaling.GrowthTrend;
import org.memwall.core.scaling.MemoryWallTrends;
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

    public MemoryWallChart(Optional<MemoryWallTrends> trends) {
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
        // short names: the chart is a third of the space below the canvas; the tip has the full ones
        legend.show(List.of(
                new Legend.Entry(m.format("wall.legend.compute", grown(t.compute(), years)), COMPUTE, false),
                new Legend.Entry(m.format("wall.legend.memory", grown(t.memoryBandwidth(), years)), MEMORY, false),
                new Legend.Entry(m.format("wall.legend.links", grown(t.interconnectBandwidth(), years)), INTERCONNECT, false),
                new Legend.Entry(m.format("wall.legend.gap", Units.number(t.gapAfter(years))),
                        GAP + "; -fx-border-style: segments(5, 3)", true)));
        tip.setText(m.format("wall.tip",
                t.fromYear(), t.toYear(), name(t.compute(), "wall.trend.compute"), t.compute().factorPerTwoYears(),
                name(t.memoryBandwidth(), "wall.trend.memory"), t.memoryBandwidth().factorPerTwoYears(),
                name(t.interconnectBandwidth(), "wall.trend.links"), t.interconnectBandwidth().factorPerTwoYears(),
                t.gapPerYear(), t.toYear(), Units.number(t.gapAfter(years)),
                String.join("\n", t.compute().sources())));
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
