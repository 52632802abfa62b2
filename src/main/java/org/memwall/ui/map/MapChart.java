package org.memwall.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.memwall.core.map.MapGrid;
import org.memwall.core.map.MapMetric;
import org.memwall.core.sim.Bound;
import org.memwall.core.sim.Metrics;
import org.memwall.ui.format.Units;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.theme.StyleClasses;

/**
 * The design-space map: pickers for the two axes and the metric, the heat map, and a legend with
 * the colour scale, the bound lines and what the pointer is over. Clicking a cell moves the two
 * settings there; any other change of the settings redraws the map when its new grid is ready.
 */
public final class MapChart extends VBox {
    public static final String ID = "chart-map";

    private final MapModel model;
    private final Messages m = Messages.of(MapChart.class);
    private final MapPlot plot = new MapPlot(m);
    private final ComboBox<MapAxis> xPicker = new ComboBox<>();
    private final ComboBox<MapAxis> yPicker = new ComboBox<>();
    private final ComboBox<MapMetric> metricPicker = new ComboBox<>();
    private final Canvas colourBar = new Canvas(140, 12);
    private final Label low = new Label();
    private final Label high = new Label();
    private final HBox boundKey = new HBox(8);
    private final Label hover = new Label();
    private final Label title = new Label();

    public MapChart(MapModel model) {
        this.model = model;
        getStyleClass().addAll(StyleClasses.CHART, "mw-map");
        setId(ID);
        setSpacing(4);
        setPadding(new Insets(2, 4, 2, 4));

        title.getStyleClass().add("mw-map-title");
        axisPicker(xPicker, model.xAxisProperty().get(), "map.x.tip");
        axisPicker(yPicker, model.yAxisProperty().get(), "map.y.tip");
        metricPicker.setItems(FXCollections.observableArrayList(MapMetric.values()));
        metricPicker.setConverter(converter(k -> m.get("metric." + k.id())));
        metricPicker.setValue(model.metricProperty().get());
        metricPicker.setTooltip(new Tooltip(m.get("map.metric.tip")));
        xPicker.valueProperty().addListener((o, was, now) -> pick(now, yPicker, was, true));
        yPicker.valueProperty().addListener((o, was, now) -> pick(now, xPicker, was, false));
        metricPicker.valueProperty().addListener((o, was, now) -> {
            model.metricProperty().set(now);
            redraw();
        });
        javafx.scene.control.Button png = new javafx.scene.control.Button(m.get("map.export.png"));
        png.setId("map-export-png");
        png.setOnAction(e -> choose("map.png", "PNG", "*.png").ifPresent(f -> exportPng(f)));
        javafx.scene.control.Button csv = new javafx.scene.control.Button(m.get("map.export.csv"));
        csv.setId("map-export-csv");
        csv.setOnAction(e -> choose("map.csv", "CSV", "*.csv").ifPresent(f -> exportCsv(f)));
        png.setTooltip(new Tooltip(m.get("map.export.png.tip")));
        csv.setTooltip(new Tooltip(m.get("map.export.csv.tip")));
        FlowPane pickers = new FlowPane(6, 3, fixed(new Label(m.get("map.x"))), xPicker, fixed(new Label(m.get("map.y"))),
                yPicker, fixed(new Label(m.get("map.metric"))), metricPicker, png, csv);
        pickers.setAlignment(Pos.CENTER_LEFT);
        title.setMinWidth(0);
        VBox header = new VBox(3, title, pickers);

        VBox.setVgrow(plot, Priority.ALWAYS);
        plot.setOnCell(model::moveTo);
        plot.setOnHover(this::hovered);
        Tooltip.install(plot.canvas(), new Tooltip(m.get("map.tip")));

        low.getStyleClass().add(MapPlot.TICK);
        high.getStyleClass().add(MapPlot.TICK);
        hover.getStyleClass().add("mw-map-hover");
        low.setMinWidth(Region.USE_PREF_SIZE);
        high.setMinWidth(Region.USE_PREF_SIZE);
        HBox scaleBar = new HBox(4, low, colourBar, high);
        scaleBar.setAlignment(Pos.CENTER_LEFT);
        FlowPane legend = new FlowPane(8, 2, scaleBar, boundKey, hover);
        legend.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, plot, legend);
        model.shownProperty().addListener((o, was, now) -> redraw());
        // a map in a tab behind another, or not in a window, computes nothing until it shows
        visibleProperty().addListener(o -> model.setActive(onScreen()));
        sceneProperty().addListener(o -> model.setActive(onScreen()));
        model.setActive(onScreen());
        redraw();
    }

    private Optional<java.nio.file.Path> choose(String name, String kind, String pattern) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(kind, pattern));
        java.io.File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return Optional.ofNullable(f).map(java.io.File::toPath);
    }

    /**
     * Writes the chart as a PNG at twice its size on screen; says what happened below the map
     * (the file, or why it could not be written) and returns the same sentence.
     */
    public String exportPng(java.nio.file.Path file) {
        try {
            org.memwall.ui.export.PngSnapshot.write(this, file, 2, java.util.Map.of(), org.memwall.io.SafeFiles.Overwrite.REPLACE);
            return said(m.format("map.export.done", file));
        } catch (java.io.IOException | RuntimeException e) {
            return said(m.format("map.export.failed", file, e.getMessage()));
        }
    }

    /** Writes the grid shown as CSV (replacing a file the user chose to replace); says what happened. */
    public String exportCsv(java.nio.file.Path file) {
        Optional<MapModel.MapView> v = model.shown();
        if (v.isEmpty()) {
            return said(m.get("map.export.nothing"));
        }
        try {
            MapCsv.write(file, v.get(), true);
            return said(m.format("map.export.done", file));
        } catch (java.io.IOException | RuntimeException e) {
            return said(m.format("map.export.failed", file, e.getMessage()));
        }
    }

    private String said(String text) {
        hover.setText(text);
        return text;
    }

    private boolean onScreen() {
        return isVisible() && getScene() != null;
    }

    private static Label fixed(Label l) {
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void axisPicker(ComboBox<MapAxis> picker, MapAxis initial, String tip) {
        picker.setItems(FXCollections.observableArrayList(model.axes()));
        picker.setConverter(converter(a -> m.get(a.key())));
        picker.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(MapAxis a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? "" : m.get(a.key()));
            }
        });
        picker.setValue(initial);
        picker.setTooltip(new Tooltip(m.get(tip)));
    }

    /** Picking the other axis's setting swaps the two, so the axes always differ. */
    private void pick(MapAxis now, ComboBox<MapAxis> other, MapAxis was, boolean isX) {
        if (now == null) {
            return;
        }
        if (now == other.getValue() && was != null) {
            other.setValue(was);
        }
        model.xAxisProperty().set(xPicker.getValue());
        model.yAxisProperty().set(yPicker.getValue());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    public MapModel model() {
        return model;
    }

    /** The heat map's canvas (for a test to click on). */
    public Canvas canvas() {
        return plot.canvas();
    }

    /** The canvas point at the middle of a cell of the grid shown. */
    public double[] cellCentre(int column, int row) {
        return plot.centre(column, row);
    }

    /** What the legend says about the cell under the pointer. */
    public String hoverText() {
        return hover.getText();
    }

    private void redraw() {
        Optional<MapModel.MapView> shown = model.shown();
        if (shown.isEmpty()) {
            title.setText(m.get("map.computing"));
            return;
        }
        MapModel.MapView v = shown.get();
        MapMetric metric = model.metricProperty().get();
        title.setText(m.format("map.title", m.get("metric." + metric.id()), v.chipName()));
        ColourScale scale = ColourScale.over(values(v.grid(), metric), metric.higherIsBetter());
        plot.show(v, metric, scale);
        legend(metric, scale, v.grid());
    }

    private static double[] values(MapGrid g, MapMetric metric) {
        double[] out = new double[g.columns() * g.rows()];
        for (int j = 0; j < g.rows(); j++) {
            for (int i = 0; i < g.columns(); i++) {
                out[j * g.columns() + i] = g.value(i, j, metric);
            }
        }
        return out;
    }

    private void legend(MapMetric metric, ColourScale scale, MapGrid g) {
        GraphicsContext gc = colourBar.getGraphicsContext2D();
        gc.clearRect(0, 0, colourBar.getWidth(), colourBar.getHeight());
        boolean bar = !metric.categorical();
        colourBar.setVisible(bar);
        colourBar.setManaged(bar);
        low.setVisible(bar);
        high.setVisible(bar);
        List<javafx.scene.Node> key = new ArrayList<>();
        if (bar) {
            for (int x = 0; x < colourBar.getWidth(); x++) {
                gc.setFill(scale.colour(scale.valueAt(x / (colourBar.getWidth() - 1))));
                gc.fillRect(x, 0, 1, colourBar.getHeight());
            }
            low.setText(format(metric, scale.min()));
            high.setText(format(metric, scale.max()) + (scale.log() ? " " + m.get("map.log") : ""));
        } else {
            for (Bound b : Bound.values()) {
                Rectangle swatch = new Rectangle(12, 12, ColourScale.of(b));
                Label name = new Label(m.get("bound." + b.id()), swatch);
                name.getStyleClass().add(MapPlot.TICK);
                key.add(name);
            }
        }
        Label contour = new Label(m.get("map.contour"), contourSwatch());
        contour.getStyleClass().add(MapPlot.TICK);
        key.add(contour);
        Label empty = new Label(m.get("map.empty"), new Rectangle(12, 12, ColourScale.EMPTY));
        empty.getStyleClass().add(MapPlot.TICK);
        key.add(empty);
        boundKey.getChildren().setAll(key);
    }

    /** The bound line as the map draws it: white on black, visible on either theme. */
    static javafx.scene.Node contourSwatch() {
        Line under = new Line(0, 0, 18, 0);
        under.setStrokeWidth(3.2);
        under.setStroke(Color.rgb(0, 0, 0, 0.8));
        Line over = new Line(0, 0, 18, 0);
        over.setStrokeWidth(1.4);
        over.setStroke(Color.WHITE);
        return new javafx.scene.layout.StackPane(under, over);
    }

    private void hovered(int column, int row) {
        Optional<MapModel.MapView> v = model.shown();
        if (column < 0 || v.isEmpty()) {
            hover.setText("");
            return;
        }
        MapGrid g = v.get().grid();
        String where = v.get().x().format(g.x(column)) + ", " + v.get().y().format(g.y(row));
        Optional<Metrics> cell = g.cell(column, row);
        if (cell.isEmpty()) {
            hover.setText(m.format("map.hover.impossible", where));
        } else if (!cell.get().fits()) {
            hover.setText(m.format("map.hover.noFit", where, cell.get().chipsNeeded()));
        } else {
            MapMetric metric = model.metricProperty().get();
            hover.setText(m.format("map.hover", where, format(metric, g.value(column, row, metric)),
                    m.get("bound." + cell.get().decodeBound().id())));
        }
    }

    /** A metric's value with its unit. */
    String format(MapMetric metric, double v) {
        if (!Double.isFinite(v)) {
            return m.get("map.noValue");
        }
        return switch (metric) {
            case TOKENS_PER_SECOND_PER_USER, TOKENS_PER_SECOND -> Units.number(v) + " tok/s";
            case TIME_TO_FIRST_TOKEN -> Units.seconds(v);
            case JOULES_PER_TOKEN -> Units.joules(v);
            case COST_PER_TOKEN_PER_SECOND -> "$" + Units.number(v);
            case BOUND -> m.get("bound." + Bound.values()[(int) v].id());
        };
    }
}
