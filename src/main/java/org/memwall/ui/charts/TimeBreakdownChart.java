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
import org.memwall.core.sim.Bound;
import org.memwall.core.sim.Operator;
import org.memwall.core.sim.OperatorResult;
import org.memwall.core.sim.Result;
import org.memwall.ui.format.ChipNames;
import org.memwall.ui.format.Units;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.theme.StyleClasses;

/**
 * Time per generated token, one bar per chip, one segment per operator in execution order,
 * coloured by what bounds that operator. All chips share one axis, so the faster chip's bar is
 * visibly shorter.
 */
public final class TimeBreakdownChart extends VBox implements HostedChart {
    private final NumberAxis timeAxis = new NumberAxis();
    private final CategoryAxis chipAxis = new CategoryAxis();
    // each bar's time at its end: beside a GPU's tens of milliseconds an LPU's bar is a sliver
    private final ValueLabelledBars chart = new ValueLabelledBars(timeAxis, chipAxis);
    private final Legend legend = new Legend();
    private final Messages m = Messages.of(TimeBreakdownChart.class);
    private final Heading heading;
    private static final List<String> BOUND_CLASSES = List.of(StyleClasses.BOUND_COMPUTE, StyleClasses.BOUND_MEMORY,
            StyleClasses.BOUND_LINK, StyleClasses.BOUND_LATENCY);
    private final Map<Segment, XYChart.Data<Number, String>> data = new LinkedHashMap<>();
    private final Map<Segment, Tooltip> tips = new LinkedHashMap<>();
    private final Map<Segment, Hatch> hatches = new LinkedHashMap<>();
    private final Map<Segment, OperatorResult> values = new LinkedHashMap<>();
    private List<Segment> shownSegments = List.of();

    public TimeBreakdownChart() {
        getStyleClass().add(StyleClasses.CHART);
        setId("chart-time");
        heading = new Heading(chart, m.get("time.title"));
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(12);
        timeAxis.setForceZeroInRange(true);
        VBox.setVgrow(chart, Priority.ALWAYS);
        chart.setMinSize(0, 0);
        legend.show(List.of(
                Legend.Entry.hatched(m.get("bound.compute"), Tokens.of(Bound.COMPUTE), Hatch.of(Bound.COMPUTE)),
                Legend.Entry.hatched(m.get("bound.memory"), Tokens.of(Bound.MEMORY), Hatch.of(Bound.MEMORY)),
                Legend.Entry.hatched(m.get("bound.link"), Tokens.of(Bound.LINK), Hatch.of(Bound.LINK)),
                Legend.Entry.hatched(m.get("legend.latency"), Tokens.of(Bound.LATENCY), Hatch.of(Bound.LATENCY))));
        getChildren().addAll(chart, legend);
        Tooltip.install(chart, new Tooltip(m.get("time.tip")));
    }

    public void show(List<Result> results) {
        double longest = results.stream().mapToDouble(Result::secondsPerToken).max().orElse(0);
        boolean micro = longest < 1e-3;
        double scale = micro ? 1e6 : 1e3;
        // The unit goes in the title: an axis label would take a line the bars need on a small window.
        String heading = m.format("time.heading", micro ? "µs" : "ms");
        this.heading.set(heading);

        List<String> categories = new ArrayList<>();
        List<Segment> wanted = new ArrayList<>();
        for (Result r : results) {
            String category = label(r, categories);
            categories.add(category);
            // Operators that take no time keep an empty, hidden segment: the chart's shape (and so
            // its nodes) then stays the same when a slider makes an all-reduce or a hop appear.
            for (OperatorResult o : r.decode().operators()) {
                wanted.add(new Segment(o.operator(), category));
                values.put(wanted.get(wanted.size() - 1), o);
            }
        }
        // A slider tick keeps the same chips and operators: move the bars instead of rebuilding
        // the chart, which costs a frame or more.
        if (!wanted.equals(shownSegments)) {
            rebuild(categories, wanted);
        }
        for (Segment seg : wanted) {
            OperatorResult o = values.get(seg);
            XYChart.Data<Number, String> d = data.get(seg);
            d.setXValue(o.totalSeconds() * scale);
            boolean visible = o.totalSeconds() > 0;
            if (d.getNode().isVisible() != visible) {
                d.getNode().setVisible(visible);
            }
            // Changing a style class re-applies CSS to the bar: only when its bound changed.
            String bound = boundClass(o.bound());
            if (!d.getNode().getStyleClass().contains(bound)) {
                d.getNode().getStyleClass().removeAll(BOUND_CLASSES);
                d.getNode().getStyleClass().add(bound);
                hatches.get(seg).setPattern(Hatch.of(o.bound()));
            }
            String level = o.bound() == Bound.MEMORY && !o.boundLevel().isEmpty() ? m.format("time.segment.level", o.boundLevel()) : "";
            tips.get(seg).setText(m.format("time.segment", operator(m, o.operator()), Units.seconds(o.totalSeconds()),
                    m.get("bound." + o.bound().id()), level));
        }
        double longestBar = 0;
        Map<String, Double> totals = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            String category = categories.get(i);
            double bar = wanted.stream().filter(seg -> seg.category().equals(category))
                    .mapToDouble(seg -> data.get(seg).getXValue().doubleValue()).sum();
            longestBar = Math.max(longestBar, bar);
            totals.put(category, bar);
            texts.put(category, Units.seconds(results.get(i).secondsPerToken()));
        }
        NiceScale.fit(timeAxis, longestBar);
        chart.setValueLabels(totals, texts);
        values.clear();
    }

    private void rebuild(List<String> categories, List<Segment> segments) {
        Map<Operator, XYChart.Series<Number, String>> series = new LinkedHashMap<>();
        data.clear();
        tips.clear();
        for (Segment seg : segments) {
            XYChart.Data<Number, String> d = new XYChart.Data<>(0, seg.category());
            series.computeIfAbsent(seg.operator(), op -> {
                XYChart.Series<Number, String> s = new XYChart.Series<>();
                s.setName(op.label());
                return s;
            }).getData().add(d);
            data.put(seg, d);
        }
        // Data first, then categories: StackedBarChart recurses until the stack overflows when the
        // categories are reordered (the compared chip becomes the main one) while bars still use them.
        chart.getData().clear();
        chipAxis.getCategories().setAll(categories);
        chart.getData().setAll(series.values());
        hatches.clear();
        for (Segment seg : segments) {
            Tooltip tip = new Tooltip();
            Tooltip.install(data.get(seg).getNode(), tip);
            tips.put(seg, tip);
            // the bar is the chart's StackPane: the hatch fills it and says the bound without colour
            Hatch hatch = new Hatch(Hatch.Pattern.NONE);
            ((javafx.scene.layout.StackPane) data.get(seg).getNode()).getChildren().add(hatch);
            hatches.put(seg, hatch);
        }
        shownSegments = List.copyOf(segments);
    }

    /** One bar segment: an operator on one chip's bar. */
    private record Segment(Operator operator, String category) {
    }

    /** Chip name as the bar's label, numbered when the same chip appears twice. */
    private static String label(Result r, List<String> taken) {
        String name = ChipNames.shortName(r.hardware());
        String label = name;
        for (int n = 2; taken.contains(label); n++) {
            label = name + " (" + n + ")";
        }
        return label;
    }

    /** The operator's name in the window's language ("QKV projection", "QKV 投影"). */
    static String operator(Messages m, Operator op) {
        return m.get("operator." + op.name());
    }

    static String boundClass(Bound bound) {
        return switch (bound) {
            case COMPUTE -> StyleClasses.BOUND_COMPUTE;
            case MEMORY -> StyleClasses.BOUND_MEMORY;
            case LINK -> StyleClasses.BOUND_LINK;
            case LATENCY -> StyleClasses.BOUND_LATENCY;
        };
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
}
