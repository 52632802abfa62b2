package org.memwall.ui.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.Result;
import org.memwall.ui.format.Units;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.model.FidelityPoint;
import org.memwall.ui.theme.StyleClasses;

/**
 * Predicted against published for every scored run, log-log (each run in its own unit: tok/s or
 * seconds, so every point belongs on the diagonal), one colour per serving stack, the ±25% band
 * drawn. A filled dot is the shipped presets' prediction; a ring the prediction with the run's
 * source left out of the fit, the one the stated fidelity comes from. The runs nearest the
 * scenario on screen are outlined; hovering a point names the run, its conditions and source.
 */
public final class FidelityChart extends VBox implements HostedChart {
    /** Runs outlined as nearest to the scenario on screen. */
    static final int NEAREST = 3;
    private static final double BAND = 0.25;

    private final NumberAxis publishedAxis = new NumberAxis();
    private final NumberAxis predictedAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(publishedAxis, predictedAxis);
    private final Legend legend = new Legend();
    private final Messages m = Messages.of(FidelityChart.class);
    private final Heading heading;
    private List<FidelityPoint> points = List.of();
    /** The point nodes, by run id: filled dot and ring. */
    private final Map<String, List<javafx.scene.Node>> nodes = new LinkedHashMap<>();
    private Set<String> highlighted = Set.of();

    public FidelityChart() {
        getStyleClass().add(StyleClasses.CHART);
        setId("chart-fidelity");
        heading = new Heading(chart, m.get("fidelity.title"));
        RooflineChart.logLog(chart);
        publishedAxis.setLabel(m.get("fidelity.axis.published"));
        predictedAxis.setLabel(m.get("fidelity.axis.predicted"));
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(chart, legend);
        Tooltip.install(chart, new Tooltip(m.format("fidelity.tip")));
    }

    /** The runs to draw; they change only with the presets, so this runs once. */
    public void setPoints(List<FidelityPoint> runs) {
        this.points = List.copyOf(runs);
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (FidelityPoint p : points) {
            for (double v : new double[] {p.run().value(), p.predicted(), p.crossValidated().orElse(p.predicted())}) {
                low = Math.min(low, Math.log10(v));
                high = Math.max(high, Math.log10(v));
            }
        }
        chart.getData().clear();
        nodes.clear();
        if (points.isEmpty()) {
            legend.show(List.of());
            return;
        }
        low = Math.floor(low);
        high = Math.ceil(high);
        for (NumberAxis axis : List.of(publishedAxis, predictedAxis)) {
            axis.setLowerBound(low);
            axis.setUpperBound(high);
        }
        chart.getData().add(line(low, high, 0, "-fx-stroke: -mw-muted-text; -fx-stroke-width: 1.5;"));
        chart.getData().add(line(low, high, Math.log10(1 + BAND), "-fx-stroke: -mw-muted-text; -fx-stroke-dash-array: 6 4;"));
        chart.getData().add(line(low, high, Math.log10(1 - BAND), "-fx-stroke: -mw-muted-text; -fx-stroke-dash-array: 6 4;"));

        Map<String, List<FidelityPoint>> byStack = points.stream()
                .collect(Collectors.groupingBy(FidelityPoint::stack, LinkedHashMap::new, Collectors.toList()));
        List<Legend.Entry> entries = new ArrayList<>();
        entries.add(new Legend.Entry(m.format("fidelity.legend.band"), "-mw-muted-text", true));
        int i = 0;
        for (Map.Entry<String, List<FidelityPoint>> e : byStack.entrySet()) {
            String token = Tokens.ofSeries(i++);
            XYChart.Series<Number, Number> dots = new XYChart.Series<>();
            XYChart.Series<Number, Number> rings = new XYChart.Series<>();
            for (FidelityPoint p : e.getValue()) {
                dots.getData().add(new XYChart.Data<>(Math.log10(p.run().value()), Math.log10(p.predicted())));
                if (p.crossValidated().isPresent()) {
                    rings.getData().add(new XYChart.Data<>(Math.log10(p.run().value()), Math.log10(p.crossValidated().getAsDouble())));
                }
            }
            chart.getData().add(rings);
            chart.getData().add(dots);
            rings.getNode().setStyle("-fx-stroke: transparent;");
            dots.getNode().setStyle("-fx-stroke: transparent;");
            int ring = 0;
            for (int k = 0; k < e.getValue().size(); k++) {
                FidelityPoint p = e.getValue().get(k);
                List<javafx.scene.Node> own = new ArrayList<>();
                javafx.scene.Node dot = dots.getData().get(k).getNode();
                dot.setUserData(token);
                dot.setId("fidelity-" + p.run().id());
                own.add(dot);
                Tooltip.install(dot, new Tooltip(tip(p)));
                if (p.crossValidated().isPresent()) {
                    javafx.scene.Node r = rings.getData().get(ring++).getNode();
                    r.setUserData(token);
                    own.add(r);
                    Tooltip.install(r, new Tooltip(tip(p)));
                }
                nodes.put(p.run().id(), own);
            }
            entries.add(new Legend.Entry(e.getKey(), token, false));
        }
        legend.show(entries);
        restyle();
    }

    /** Outlines the runs nearest the scenario on screen (the main chip's). */
    public void show(List<Result> results) {
        if (results.isEmpty() || points.isEmpty()) {
            return;
        }
        Result r = results.get(0);
        var w = r.scenario().workload();
        Set<String> nearest = points.stream()
                .sorted(Comparator.comparingDouble(p -> p.distanceTo(r.scenario().hardware().id(), w.model().id(),
                        r.scenario().stack().id(), w.batch(), w.promptTokens(), w.outputTokens())))
                .limit(NEAREST).map(p -> p.run().id()).collect(Collectors.toSet());
        if (!nearest.equals(highlighted)) {
            highlighted = nearest;
            restyle();
        }
    }

    /** Ids of the runs outlined now. */
    public Set<String> highlighted() {
        return highlighted;
    }

    private void restyle() {
        nodes.forEach((id, list) -> {
            boolean near = highlighted.contains(id);
            for (int k = 0; k < list.size(); k++) {
                javafx.scene.Node n = list.get(k);
                String token = (String) n.getUserData();
                String outline = near ? "-mw-text" : token;
                String size = near ? "6px" : "3.5px";
                n.setStyle(k == 0
                        ? "-fx-background-color: " + outline + ", " + token + "; -fx-background-insets: 0, " + (near ? 2 : 0)
                                + "; -fx-background-radius: 6px; -fx-padding: " + size + ";"
                        : "-fx-background-color: " + token + ", -mw-surface; -fx-background-insets: 0, 1.5;"
                                + " -fx-background-radius: 6px; -fx-padding: " + size + ";");
            }
        });
    }

    private String tip(FidelityPoint p) {
        Measurement m0 = p.run();
        String cv = p.crossValidated().isPresent()
                ? m.format("fidelity.point.cv", Units.number(p.crossValidated().getAsDouble()), m0.unit(),
                        signed((p.crossValidated().getAsDouble() - m0.value()) / m0.value()))
                : "";
        return m.format("fidelity.point", m0.id(), m0.hardwareId(), m0.modelId(), m0.chips(), m0.batch(), m0.promptTokens(),
                m0.outputTokens(), p.stack(), m0.metric().id(), Units.number(m0.value()), m0.unit(), Units.number(p.predicted()),
                signed(p.error()), cv, m0.conditions(), m0.source());
    }

    private static String signed(double fraction) {
        return String.format(java.util.Locale.ROOT, "%+.0f%%", fraction * 100);
    }

    private static XYChart.Series<Number, Number> line(double low, double high, double offset, String style) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.getData().add(new XYChart.Data<>(low, low + offset));
        s.getData().add(new XYChart.Data<>(high, high + offset));
        s.nodeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                now.setStyle(style);
            }
        });
        for (XYChart.Data<Number, Number> d : s.getData()) {
            d.nodeProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    now.setVisible(false);
                }
            });
        }
        return s;
    }

    @Override
    public javafx.beans.property.ReadOnlyStringProperty headingProperty() {
        return heading.property();
    }

    @Override
    public void setHeadingShown(boolean shown) {
        heading.setShown(shown);
    }

    LineChart<Number, Number> chart() {
        return chart;
    }
}
