package org.memwall.ui.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.memwall.core.energy.Energy;
import org.memwall.core.energy.StreamsView;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.sim.Result;
import org.memwall.ui.format.ChipNames;
import org.memwall.ui.format.Units;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.theme.StyleClasses;

/**
 * Accelerator energy per output token, one bar per chip: static power (idle and clocked), compute,
 * converters, then data movement by kind of memory and link. Each bar's total is written at its
 * end. When the shortest bar would be under {@link #LOG_BELOW} of the longest (too short to see),
 * the axis turns logarithmic: each bar then ends at its total and its parts share its length in
 * proportion to their energy. A pipeline of chips (the LPU) gets a second bar: the same chips
 * serving another number of concurrent streams.
 */
public final class EnergyChart extends VBox implements HostedChart {
    /**
     * Shortest bar over the longest below which a linear axis would hide it: on the narrowest plot
     * the window gives the chart (about 200 px, three charts side by side) such a bar would be under
     * 10 px.
     */
    static final double LOG_BELOW = 1.0 / 20;

    /** Fixed series order, so each series keeps its colour from one update to the next. */
    enum Part {
        STATIC("energy.part.static", "-mw-latency"),
        COMPUTE("energy.part.compute", "-mw-compute"),
        CONVERTERS("energy.part.converters", "-mw-kv"),
        DRAM("energy.part.dram", "-mw-hbm"),
        SRAM("energy.part.sram", "-mw-sram"),
        CIM("energy.part.cim", "-mw-activations"),
        LINK("energy.part.link", "-mw-link");

        /** Key of the part's name in the messages. */
        final String key;
        final String token;

        Part(String key, String token) {
            this.key = key;
            this.token = token;
        }
    }

    private final EnergyAxis energyAxis = new EnergyAxis();
    private final CategoryAxis chipAxis = new CategoryAxis();
    private final ValueLabelledBars chart = new ValueLabelledBars(energyAxis, chipAxis);
    private final Legend legend = new Legend();
    private final Messages m = Messages.of(EnergyChart.class);
    private final Heading heading;
    private final List<XYChart.Data<Number, String>> shownData = new ArrayList<>();
    private final List<Tooltip> shownTips = new ArrayList<>();
    private List<String> shownShape = List.of();

    public EnergyChart() {
        getStyleClass().add(StyleClasses.CHART);
        setId("chart-energy");
        heading = new Heading(chart, m.get("energy.title"));
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(12);
        chart.setMinSize(0, 0);
        VBox.setVgrow(chart, Priority.ALWAYS);
        List<Legend.Entry> entries = new ArrayList<>();
        for (Part p : Part.values()) {
            entries.add(new Legend.Entry(m.get(p.key), p.token, false));
        }
        legend.show(entries);
        getChildren().addAll(chart, legend);
        Tooltip.install(chart, new Tooltip(m.get("energy.tip")));
    }

    /** One bar: a chip, or a pipeline at another stream count. */
    private record Row(String category, Hardware chip, Energy energy) {
    }

    public void show(List<Result> results) {
        List<Row> rows = rows(results);
        double most = rows.stream().mapToDouble(r -> r.energy().acceleratorJoulesPerOutputToken()).max().orElse(0);
        boolean milli = most < 1;
        double scale = milli ? 1e3 : 1;
        double least = rows.stream().mapToDouble(r -> r.energy().acceleratorJoulesPerOutputToken())
                .filter(j -> j > 0).min().orElse(most);
        boolean log = most > 0 && least / most < LOG_BELOW;
        // The unit goes in the title: an axis label would take a line the bars need on a small window.
        this.heading.set(m.format(log ? "energy.heading.log" : "energy.heading", milli ? "mJ" : "J"));
        double logLower = log ? Math.pow(10, Math.floor(Math.log10(least * scale) - 0.5)) : 0;
        List<String> categories = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        Map<String, Double> totals = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Row r : rows) {
            categories.add(r.category());
            // Every part on every bar, empty ones hidden: a slider tick then never rebuilds the chart.
            double total = r.energy().acceleratorJoulesPerOutputToken();
            double before = 0;
            for (Map.Entry<Part, Double> e : split(r.chip(), r.energy()).entrySet()) {
                double length = log ? logLength(logLower, total * scale, total, before, e.getValue()) : e.getValue() * scale;
                bars.add(new Bar(e.getKey(), r.category(), e.getValue(), length));
                before += e.getValue();
            }
            totals.put(r.category(), total * scale);
            texts.put(r.category(), Units.joules(total));
        }
        // A slider tick keeps the same chips and parts: resize the bars instead of rebuilding the chart.
        List<String> shape = bars.stream().map(b -> b.part() + "/" + b.category()).toList();
        if (!shape.equals(shownShape)) {
            rebuild(categories, bars);
            shownShape = shape;
        }
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            shownData.get(i).setXValue(b.length());
            boolean visible = b.joules() > 0;
            if (shownData.get(i).getNode().isVisible() != visible) {
                shownData.get(i).getNode().setVisible(visible);
            }
            shownTips.get(i).setText(m.format("energy.bar", m.get(b.part().key), Units.joules(b.joules())));
        }
        double largestBar = totals.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (log) {
            // room at the right for the longest bar's value
            energyAxis.logarithmic((int) Math.round(Math.log10(logLower)), (int) Math.ceil(Math.log10(largestBar * 1.5)));
        } else {
            double upper = NiceScale.upperBound(largestBar * 1.18 * 1.02);
            energyAxis.linear(upper, upper / 2);
        }
        chart.setValueLabels(totals, texts);
    }

    /** The chips' bars, each pipeline followed by its other stream count. */
    private List<Row> rows(List<Result> results) {
        List<Row> rows = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (Result r : results) {
            String category = unique(ChipNames.shortName(r.hardware()), used);
            int streams = r.scenario().workload().concurrentStreams();
            if (r.parallelism().pipelineStages() > 1 && streams > 1) {
                category = unique(m.format("energy.streams", ChipNames.shortName(r.hardware()), streams), used);
            }
            rows.add(new Row(category, r.hardware(), r.energy()));
            if (r.energy().otherStreams().isPresent()) {
                StreamsView v = r.energy().otherStreams().get();
                rows.add(new Row(unique(m.format(v.streams() == 1 ? "energy.stream" : "energy.streams",
                        ChipNames.shortName(r.hardware()), v.streams()), used), r.hardware(), v.energy()));
            }
        }
        return rows;
    }

    private static String unique(String name, List<String> used) {
        String category = name;
        for (int n = 2; used.contains(category); n++) {
            category = name + " (" + n + ")";
        }
        used.add(category);
        return category;
    }

    private void rebuild(List<String> categories, List<Bar> bars) {
        Map<Part, XYChart.Series<Number, String>> series = new LinkedHashMap<>();
        for (Part p : Part.values()) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(m.get(p.key));
            series.put(p, s);
        }
        shownData.clear();
        shownTips.clear();
        chart.getData().clear();
        for (Bar b : bars) {
            XYChart.Data<Number, String> d = new XYChart.Data<>(0, b.category());
            series.get(b.part()).getData().add(d);
            shownData.add(d);
        }
        // Data first, then categories: StackedBarChart recurses until the stack overflows when the
        // categories are reordered (the compared chip becomes the main one) while bars still use them.
        chart.getData().clear();
        chipAxis.getCategories().setAll(categories);
        chart.getData().setAll(series.values());
        for (int i = 0; i < bars.size(); i++) {
            shownData.get(i).getNode().setStyle("-fx-bar-fill: " + bars.get(i).part().token + ";");
            Tooltip tip = new Tooltip();
            Tooltip.install(shownData.get(i).getNode(), tip);
            shownTips.add(tip);
        }
    }

    /** One part of one bar: its energy (J per output token) and its length on the axis (in the axis's units). */
    private record Bar(Part part, String category, double joules, double length) {
    }

    /**
     * A part's length on a log axis from {@code lower}: the bar ends at its total, and each part
     * covers the share of the bar's log length that its energy has of the bar's energy. Stacked,
     * the lengths add up to the total; the first part starts at zero, which the axis draws at its
     * lower end.
     *
     * @param total        the bar's total in the axis's units
     * @param totalJoules  the bar's total energy
     * @param joulesBefore energy of the parts stacked before this one
     */
    static double logLength(double lower, double total, double totalJoules, double joulesBefore, double joules) {
        if (!(totalJoules > 0) || joules <= 0) {
            return 0;
        }
        double end = lower * Math.pow(total / lower, Math.min(1, (joulesBefore + joules) / totalJoules));
        double start = joulesBefore <= 0 ? 0 : lower * Math.pow(total / lower, joulesBefore / totalJoules);
        return Math.max(0, end - start);
    }

    /** The core's breakdown grouped by kind (bars must line up across chips); the parts add up to the total. */
    static Map<Part, Double> split(Hardware chip, Energy energy) {
        Map<Part, Double> out = new LinkedHashMap<>();
        for (Part p : Part.values()) {
            out.put(p, 0.0);
        }
        out.put(Part.STATIC, energy.staticJoulesPerToken());
        out.put(Part.COMPUTE, energy.computeJoulesPerToken());
        out.put(Part.CONVERTERS, energy.convertersJoulesPerToken());
        energy.byLevelJoulesPerToken().forEach((level, joules) -> {
            Part part = Energy.LINK.equals(level) ? Part.LINK : chip.memory().stream()
                    .filter(l -> l.name().equals(level)).findFirst()
                    .map(l -> l.kind() == MemoryKind.OFF_CHIP_DRAM ? Part.DRAM
                            : l.kind() == MemoryKind.ON_CHIP_SRAM ? Part.SRAM : Part.CIM)
                    .orElse(Part.LINK);
            out.merge(part, joules, Double::sum);
        });
        return out;
    }

    StackedBarChart<Number, String> chart() {
        return chart;
    }

    @Override
    public javafx.beans.property.ReadOnlyStringProperty headingProperty() {
        return heading.property();
    }

    @Override
    public void setHeadingShown(boolean shown) {
        heading.setShown(shown);
    }

    /** True when the axis is logarithmic (one bar would be too short to see on a linear one). */
    boolean logarithmic() {
        return energyAxis.isLogarithmic();
    }

    /** The value written at the end of a bar (tests read it). */
    String valueLabel(String category) {
        return chart.valueLabel(category);
    }
}
