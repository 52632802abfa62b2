package org.memwall.ui.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.memwall.core.sim.Bound;
import org.memwall.core.sim.Phase;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Roofline;
import org.memwall.ui.format.ChipNames;
import org.memwall.ui.format.Units;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.theme.StyleClasses;

/**
 * Log-log roofline: each chip's compute peak and one bandwidth roof per memory level and link,
 * with the workload's operators as points. JavaFX has no log axis, so the chart plots log10 of
 * both values and labels the ticks as powers of ten.
 */
public final class RooflineChart extends VBox implements HostedChart {
    /** The same dash patterns for the legend's line swatches (borders take segments, not a dash array). */
    private static final String[] BORDER_DASHES = {"solid", "segments(5, 3)", "segments(1.5, 3)"};
    private static final String[] DASHES = {"", "-fx-stroke-dash-array: 8 5;", "-fx-stroke-dash-array: 2 4;"};

    private final NumberAxis intensityAxis = new NumberAxis();
    private final NumberAxis opsAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(intensityAxis, opsAxis);
    private final Legend legend = new Legend();
    private final Messages m = Messages.of(RooflineChart.class);
    private final Heading heading;
    private List<String> shownShape = List.of();

    public RooflineChart() {
        getStyleClass().add(StyleClasses.CHART);
        setId("chart-roofline");
        heading = new Heading(chart, m.get("roofline.title"));
        logLog(chart);
        intensityAxis.setLabel(m.get("roofline.axis.intensity"));
        opsAxis.setLabel(m.get("roofline.axis.ops"));
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(chart, legend);
        Tooltip.install(chart, new Tooltip(m.get("roofline.tip")));
    }

    public void show(List<Result> results) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        for (Result r : results) {
            Roofline roof = r.roofline();
            maxY = Math.max(maxY, roof.peakOpsPerSecond());
            for (Roofline.Roof level : roof.roofs()) {
                double ridge = level.ridgeIntensity(roof.peakOpsPerSecond());
                maxX = Math.max(maxX, ridge);
                minX = Math.min(minX, ridge);
            }
            for (Roofline.Point p : roof.points()) {
                if (plottable(p)) {
                    minX = Math.min(minX, p.opsPerByte());
                    maxX = Math.max(maxX, p.opsPerByte());
                    minY = Math.min(minY, p.achievedOpsPerSecond());
                }
            }
        }
        if (!Double.isFinite(minX) || !Double.isFinite(maxY)) {
            chart.getData().clear();
            shownShape = List.of();
            return;
        }
        double lowX = Math.floor(Math.log10(minX)) - 1;
        double highX = Math.ceil(Math.log10(maxX)) + 1;
        double highY = Math.ceil(Math.log10(maxY)) + 1;
        double lowY = Math.min(Math.floor(Math.log10(Double.isFinite(minY) ? minY : maxY)), highY - 1) - 1;
        lowY = Math.max(lowY, highY - 9);
        intensityAxis.setLowerBound(lowX);
        intensityAxis.setUpperBound(highX);
        opsAxis.setLowerBound(lowY);
        opsAxis.setUpperBound(highY);

        List<Line> lines = new ArrayList<>();
        List<Legend.Entry> entries = new ArrayList<>();
        java.util.Set<String> tokensShown = new java.util.LinkedHashSet<>();
        List<Legend.Entry> kinds = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            Roofline roof = r.roofline();
            String chip = ChipNames.shortName(r.hardware());
            String dash = DASHES[Math.min(i, DASHES.length - 1)];
            double peak = Math.log10(roof.peakOpsPerSecond());
            for (Roofline.Roof level : roof.roofs()) {
                double ridge = level.ridgeIntensity(roof.peakOpsPerSecond());
                String token = Tokens.ofLevel(r.hardware(), level.level());
                lines.add(new Line(chip + " " + level.level(),
                        List.of(new double[] {lowX, lowX + Math.log10(level.bandwidthBytesPerSecond())},
                                new double[] {Math.log10(ridge), peak},
                                new double[] {highX, peak}),
                        "-fx-stroke: " + token + "; -fx-stroke-width: 2;" + dash, null, null));
                if (tokensShown.add(token)) {
                    kinds.add(new Legend.Entry(kindName(m, r, level.level()), token, false));
                }
            }
            entries.add(new Legend.Entry(chip, "-mw-text; -fx-border-style: " + BORDER_DASHES[Math.min(i, BORDER_DASHES.length - 1)], true));
            List<double[]> xy = new ArrayList<>();
            List<String> styles = new ArrayList<>();
            List<String> tips = new ArrayList<>();
            for (Roofline.Point p : roof.points()) {
                if (!plottable(p)) {
                    continue;
                }
                xy.add(new double[] {Math.log10(p.opsPerByte()), Math.log10(p.achievedOpsPerSecond())});
                styles.add(pointStyle(p.bound(), p.phase()));
                tips.add(m.format("roofline.point", chip, m.get("phase." + p.phase().name()),
                        TimeBreakdownChart.operator(m, p.operator()), Units.number(p.opsPerByte()),
                        Units.opsPerSecond(p.achievedOpsPerSecond()), m.get("bound." + p.bound().id())));
            }
            lines.add(new Line(chip + " operators", xy, "-fx-stroke: transparent;", styles, tips));
        }
        // A slider tick keeps the same lines and points: move them instead of rebuilding the chart.
        List<String> shape = lines.stream().map(l -> l.key() + "/" + l.xy().size()).toList();
        if (!shape.equals(shownShape)) {
            rebuild(lines);
            shownShape = shape;
        }
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            XYChart.Series<Number, Number> series = chart.getData().get(k);
            // An inline style is parsed again on every set: set it only when it differs.
            restyle(series.getNode(), line.style());
            for (int j = 0; j < line.xy().size(); j++) {
                XYChart.Data<Number, Number> d = series.getData().get(j);
                d.setXValue(line.xy().get(j)[0]);
                d.setYValue(line.xy().get(j)[1]);
                if (line.pointStyles() == null) {
                    if (d.getNode().isVisible()) {
                        d.getNode().setVisible(false);
                    }
                } else {
                    restyle(d.getNode(), line.pointStyles().get(j));
                    ((Tooltip) d.getNode().getProperties().get(TIP)).setText(line.tips().get(j));
                }
            }
        }
        entries.addAll(kinds);
        entries.addAll(boundMarkers());
        legend.show(entries);
    }

    private static final String TIP = "mw-roofline-tip";

    /** The marker of a point: its bound by colour and by shape, its phase filled (decode) or hollow (prefill). */
    static String pointStyle(Bound bound, Phase phase) {
        String fill = Tokens.of(bound);
        String shape = MARKERS.get(bound);
        String paint = phase == Phase.DECODE ? "-fx-background-color: " + fill + ";"
                : "-fx-background-color: " + fill + ", -mw-surface; -fx-background-insets: 0, 2;";
        return paint + (shape.isEmpty() ? " -fx-background-radius: 5px;" : " -fx-shape: \"" + shape + "\";")
                + " -fx-padding: " + (shape.isEmpty() ? "4px;" : "5px;");
    }

    /** Shapes per bound, a second cue beside the colour: compute a circle, memory a square, link a diamond, latency a triangle. */
    static final java.util.Map<Bound, String> MARKERS = java.util.Map.of(
            Bound.COMPUTE, "",
            Bound.MEMORY, "M0 0 H10 V10 H0 Z",
            Bound.LINK, "M5 0 L10 5 L5 10 L0 5 Z",
            Bound.LATENCY, "M5 0 L10 10 L0 10 Z");

    private List<Legend.Entry> boundMarkers() {
        List<Legend.Entry> out = new ArrayList<>();
        for (Bound b : Bound.values()) {
            String shape = MARKERS.get(b).isEmpty() ? Legend.CIRCLE : MARKERS.get(b);
            out.add(Legend.Entry.marker(m.get("marker." + b.id()), Tokens.of(b), shape));
        }
        return out;
    }

    private static void restyle(javafx.scene.Node node, String style) {
        if (!style.equals(node.getStyle())) {
            node.setStyle(style);
        }
    }

    private void rebuild(List<Line> lines) {
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        for (Line line : lines) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(line.key());
            for (double[] p : line.xy()) {
                s.getData().add(new XYChart.Data<>(p[0], p[1]));
            }
            all.add(s);
        }
        chart.getData().setAll(all);
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).pointStyles() != null) {
                for (XYChart.Data<Number, Number> d : all.get(k).getData()) {
                    Tooltip tip = new Tooltip();
                    Tooltip.install(d.getNode(), tip);
                    d.getNode().getProperties().put(TIP, tip);
                }
            }
        }
    }

    /** One series: a roof (no point styles) or a chip's operator points, in log10 coordinates. */
    private record Line(String key, List<double[]> xy, String style, List<String> pointStyles, List<String> tips) {
    }

    /** "HBM", "SRAM", "link" for the legend: the roof's kind of memory, not one chip's name for it. */
    private static String kindName(Messages m, Result r, String level) {
        if (org.memwall.core.trace.Trace.LINK.equals(level)) {
            return m.get("roofline.kind.link");
        }
        return r.hardware().memory().stream().filter(l -> l.name().equals(level)).findFirst()
                .map(l -> switch (l.kind()) {
                    case OFF_CHIP_DRAM -> "HBM";
                    case ON_CHIP_SRAM -> "SRAM";
                    case CIM_ARRAY -> m.get("roofline.kind.cim");
                }).orElse(level);
    }

    private static boolean plottable(Roofline.Point p) {
        return p.opsPerByte() > 0 && Double.isFinite(p.opsPerByte())
                && p.achievedOpsPerSecond() > 0 && Double.isFinite(p.achievedOpsPerSecond());
    }

    /**
     * A log-log plot drawn by hand on a line chart: no animation, legend or zero lines, both axes
     * in decades (the values are log10s) labelled as powers of ten. The fidelity chart is one too.
     */
    static void logLog(LineChart<Number, Number> chart) {
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(true);
        chart.setVerticalZeroLineVisible(false);
        chart.setHorizontalZeroLineVisible(false);
        chart.setMinSize(0, 0);
        for (NumberAxis axis : List.of((NumberAxis) chart.getXAxis(), (NumberAxis) chart.getYAxis())) {
            axis.setAutoRanging(false);
            axis.setTickUnit(1);
            axis.setMinorTickVisible(false);
            axis.setTickLabelFormatter(new PowerOfTen());
        }
    }

    LineChart<Number, Number> chart() {
        return chart;
    }

    /** Tick label for a log10 value: "10³", "10¹²". */
    static final class PowerOfTen extends StringConverter<Number> {
        private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

        @Override
        public String toString(Number exponent) {
            long e = Math.round(exponent.doubleValue());
            StringBuilder out = new StringBuilder("10");
            if (e < 0) {
                out.append('⁻');
            }
            for (char c : Long.toString(Math.abs(e)).toCharArray()) {
                out.append(SUPERSCRIPTS.charAt(c - '0'));
            }
            return out.toString();
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
