package org.memwall.ui.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
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
 * end, so a bar a hundred times shorter than another still shows its number. A pipeline of chips
 * (the LPU) gets a second bar: the same chips serving another number of concurrent streams.
 */
public final class EnergyChart extends VBox implements HostedChart {
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

    private final NumberAxis energyAxis = new NumberAxis();
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
        // The unit goes in the title: an axis label would take a line the bars need on a small window.
        String heading = m.format("energy.heading", milli ? "mJ" : "J");
        this.heading.set(heading);
        List<String> categories = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        Map<String, Double> totals = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Row r : rows) {
            categories.add(r.category());
            // Every part on every bar, empty ones hidden: a slider tick then never rebuilds the chart.
            for (Map.Entry<Part, Double> e : split(r.chip(), r.energy()).entrySet()) {
                bars.add(new Bar(e.getKey(), r.category(), e.getValue()));
            }
            double total = r.energy().acceleratorJoulesPerOutputToken();
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
            shownData.get(i).setXValue(b.joules() * scale);
            boolean visible = b.joules() > 0;
            if (shownData.get(i).getNode().isVisible() != visible) {
                shownData.get(i).getNode().setVisible(visible);
            }
            shownTips.get(i).setText(m.format("energy.bar", m.get(b.part().key), Units.joules(b.joules())));
        }
        double largestBar = totals.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        // room at the right for the longest bar's value
        NiceScale.fit(energyAxis, largestBar * 1.18);
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
        // Data first, then categories: StackedBarChart recurses until the stack overflows when the
        // categories are reordered (the compared chip becomes the main one) while bars still use them.
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

    private record Bar(Part part, String category, double joules) {
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

    /** The value written at the end of a bar (tests read it). */
    String valueLabel(String category) {
        return chart.valueLabel(category);
    }
}
