package org.memwall.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import org.memwall.core.map.Pareto;
import org.memwall.core.model.Hardware;
import org.memwall.core.sim.Metrics;
import org.memwall.ui.format.ChipNames;
import org.memwall.ui.format.Units;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.theme.StyleClasses;

/**
 * Cost per token/s against tokens/s per user, log-log, for every chip loaded over the batch
 * range, at the current model and settings (each chip as its preset describes it, on its usual
 * stack and the fewest chips that hold the model). The frontier joins the points nothing beats on
 * both; pointing at a point names its chip and batch.
 */
public final class ParetoChart extends VBox {
    public static final String ID = "chart-pareto";
    /** The batch range: powers of two up to this. */
    public static final int MAX_BATCH = 256;
    private static final double LEFT = 80;
    private static final double BOTTOM = 36;
    private static final double TOP = 8;
    private static final double RIGHT = 26;

    private final ExplorerViewModel viewModel;
    private final Messages m = Messages.of(ParetoChart.class);
    private final Canvas canvas = new Canvas();
    private final Pane plot = new Pane(canvas);
    private final List<Text> labels = new ArrayList<>();
    private final Label title = new Label();
    private final Label hover = new Label();
    private final FlowPane key = new FlowPane(8, 2);
    private List<Hardware> chips = List.of();
    private List<Pareto.Point> points = List.of();
    private List<Pareto.Point> frontier = List.of();
    private List<String> unpriced = List.of();
    private double[] xRange = {1, 10};
    private double[] yRange = {1, 10};

    public ParetoChart(ExplorerViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().addAll(StyleClasses.CHART, "mw-map");
        setId(ID);
        setSpacing(2);
        setPadding(new Insets(2, 4, 2, 4));
        title.getStyleClass().add("mw-map-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        hover.getStyleClass().addAll("mw-map-hover", "mw-map-pareto-hover");
        plot.setMinSize(160, 120);
        plot.getStyleClass().add(org.memwall.ui.theme.StyleClasses.PLOT_AREA);
        VBox.setVgrow(plot, Priority.ALWAYS);
        plot.widthProperty().addListener(o -> redraw());
        plot.heightProperty().addListener(o -> redraw());
        canvas.setOnMouseMoved(e -> hover.setText(nearest(e.getX(), e.getY())
                .map(p -> m.format("pareto.hover", p.label(), p.batch(), Units.number(p.tokensPerSecondPerUser()),
                        Units.number(p.costUsdPerTokenPerSecond()))).orElse("")));
        canvas.setOnMouseExited(e -> hover.setText(""));
        Tooltip.install(canvas, new Tooltip(m.get("pareto.tip")));
        // the point under the pointer is named over the plot's top corner, not on a line of its own:
        // at 1024 x 768 the plot needs that height
        hover.setMouseTransparent(true);
        hover.visibleProperty().bind(hover.textProperty().isNotEmpty());
        StackPane.setAlignment(hover, Pos.TOP_RIGHT);
        StackPane plotted = new StackPane(plot, hover);
        plotted.setMinSize(0, 0);
        hover.setWrapText(true);
        hover.maxWidthProperty().bind(plotted.widthProperty().multiply(0.7));
        VBox.setVgrow(plotted, Priority.ALWAYS);
        getChildren().addAll(title, plotted, key);
        // behind another tab, or not in a window, it waits until it shows
        viewModel.resultsProperty().addListener(o -> {
            if (onScreen()) {
                recompute();
            } else {
                behind = true;
            }
        });
        visibleProperty().addListener(o -> catchUp());
        sceneProperty().addListener(o -> catchUp());
        recompute();
    }

    private boolean behind;

    private boolean onScreen() {
        return isVisible() && getScene() != null;
    }

    private void catchUp() {
        if (behind && onScreen()) {
            behind = false;
            recompute();
        }
    }

    public List<Pareto.Point> points() {
        return points;
    }

    public List<Pareto.Point> frontier() {
        return frontier;
    }

    /** The chips left out because their presets give no price. */
    public List<String> unpriced() {
        return unpriced;
    }

    public Canvas canvas() {
        return canvas;
    }

    public String hoverText() {
        return hover.getText();
    }

    /** Runs every priced chip at every batch of the range on the current settings, and finds the frontier. */
    public void recompute() {
        ExplorerSettings s = viewModel.settings();
        List<Pareto.Point> out = new ArrayList<>();
        List<Hardware> shown = new ArrayList<>();
        List<String> noPrice = new ArrayList<>();
        for (Hardware chip : viewModel.hardware()) {
            if (chip.priceUsd().isEmpty()) {
                noPrice.add(ChipNames.shortName(chip));
                continue;
            }
            boolean any = false;
            for (int b = 1; b <= MAX_BATCH; b *= 2) {
                try {
                    Metrics r = viewModel.simulator().metrics(viewModel.comparedScenario(chip, s.withBatch(b)));
                    if (r.fits() && r.hasCost()) {
                        out.add(new Pareto.Point(ChipNames.shortName(chip), b, r.tokensPerSecondPerUser(), r.costUsdPerTokenPerSecond()));
                        any = true;
                    }
                } catch (IllegalArgumentException cannotRun) {
                    // this chip cannot hold the model at this batch on as many chips as it splits over
                }
            }
            if (any) {
                shown.add(chip);
            }
        }
        points = List.copyOf(out);
        frontier = Pareto.frontier(points);
        chips = List.copyOf(shown);
        unpriced = List.copyOf(noPrice);
        String model = viewModel.model(s.modelId()).map(x -> x.name()).orElse(s.modelId());
        title.setText(m.format("pareto.title", model, MAX_BATCH));
        List<javafx.scene.Node> entries = new ArrayList<>();
        for (int i = 0; i < chips.size(); i++) {
            Label l = new Label(ChipNames.shortName(chips.get(i)), new Circle(5, colour(i)));
            // the chip's price on hover: what its cost per token/s is made of (in the text it would
            // wrap the key and take the plot's height on a projector)
            l.setTooltip(new javafx.scene.control.Tooltip(m.format("pareto.chip", ChipNames.shortName(chips.get(i)),
                    Units.number(chips.get(i).priceUsd().getAsDouble()))));
            l.getStyleClass().add(MapPlot.TICK);
            entries.add(l);
        }
        javafx.scene.shape.Line stroke = new javafx.scene.shape.Line(0, 0, 18, 0);
        stroke.setStrokeWidth(2.5);
        stroke.setStroke(Color.gray(0.45));
        Label line = new Label(m.get("pareto.frontier"), stroke);
        line.getStyleClass().add(MapPlot.TICK);
        entries.add(line);
        Label size = new Label(m.format("pareto.size", MAX_BATCH));
        size.getStyleClass().add(MapPlot.TICK);
        entries.add(size);
        if (!noPrice.isEmpty()) {
            Label none = new Label(m.format("pareto.noPrice", String.join(", ", noPrice)));
            none.getStyleClass().add("mw-map-hover");
            entries.add(none);
        }
        key.getChildren().setAll(entries);
        xRange = range(points.stream().mapToDouble(Pareto.Point::tokensPerSecondPerUser).toArray());
        yRange = range(points.stream().mapToDouble(Pareto.Point::costUsdPerTokenPerSecond).toArray());
        redraw();
    }

    /** Okabe-Ito colours, one per chip (they repeat after eight). */
    static Color colour(int i) {
        String[] okabeIto = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"};
        return Color.web(okabeIto[i % okabeIto.length]);
    }

    /** A decade-rounded log range around the values. */
    private static double[] range(double[] v) {
        double lo = java.util.Arrays.stream(v).min().orElse(1);
        double hi = java.util.Arrays.stream(v).max().orElse(10);
        return new double[] {Math.pow(10, Math.floor(Math.log10(lo))), Math.pow(10, Math.ceil(Math.log10(hi * 1.0001)))};
    }

    double x(double v) {
        double w = Math.max(1, canvas.getWidth() - LEFT - RIGHT);
        return LEFT + (Math.log(v) - Math.log(xRange[0])) / (Math.log(xRange[1]) - Math.log(xRange[0])) * w;
    }

    double y(double v) {
        double h = Math.max(1, canvas.getHeight() - TOP - BOTTOM);
        return TOP + h - (Math.log(v) - Math.log(yRange[0])) / (Math.log(yRange[1]) - Math.log(yRange[0])) * h;
    }

    /** Where a point is drawn on the canvas. */
    public double[] position(Pareto.Point p) {
        return new double[] {x(p.tokensPerSecondPerUser()), y(p.costUsdPerTokenPerSecond())};
    }

    private Optional<Pareto.Point> nearest(double px, double py) {
        Pareto.Point best = null;
        double bestD = 10 * 10;
        for (Pareto.Point p : points) {
            double dx = x(p.tokensPerSecondPerUser()) - px;
            double dy = y(p.costUsdPerTokenPerSecond()) - py;
            if (dx * dx + dy * dy <= bestD) {
                bestD = dx * dx + dy * dy;
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    private void redraw() {
        canvas.setWidth(plot.getWidth());
        canvas.setHeight(plot.getHeight());
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        plot.getChildren().removeAll(labels);
        labels.clear();
        if (canvas.getWidth() < 2 || points.isEmpty()) {
            return;
        }
        gc.setStroke(Color.gray(0.5, 0.35));
        gc.setLineWidth(1);
        for (double d = xRange[0]; d <= xRange[1] * 1.0001; d *= 10) {
            gc.strokeLine(x(d), TOP, x(d), canvas.getHeight() - BOTTOM);
            label(MapAxis.trimmed(Units.number(d)), x(d), canvas.getHeight() - BOTTOM + 4, true);
        }
        for (double d = yRange[0]; d <= yRange[1] * 1.0001; d *= 10) {
            gc.strokeLine(LEFT, y(d), canvas.getWidth() - RIGHT, y(d));
            label("$" + MapAxis.trimmed(Units.number(d)), LEFT - 6, y(d), false);
        }
        Text xTitle = label(m.get("pareto.x"), LEFT + (canvas.getWidth() - LEFT - RIGHT) / 2, canvas.getHeight() - 16, true);
        xTitle.getStyleClass().setAll(MapPlot.AXIS_TITLE);
        Text yTitle = label(m.get("pareto.y"), 10, TOP + (canvas.getHeight() - TOP - BOTTOM) / 2, true);
        yTitle.getStyleClass().setAll(MapPlot.AXIS_TITLE);
        yTitle.setRotate(-90);
        yTitle.setLayoutX(12 - yTitle.getLayoutBounds().getWidth() / 2);

        // the frontier under the points, so every point stays visible
        gc.setLineWidth(2.5);
        gc.setStroke(Color.gray(0.45));
        for (int i = 1; i < frontier.size(); i++) {
            double[] a = position(frontier.get(i - 1));
            double[] b = position(frontier.get(i));
            gc.strokeLine(a[0], a[1], b[0], b[1]);
        }
        for (Pareto.Point p : points) {
            int chip = indexOf(p.label());
            double[] at = position(p);
            double r = 3 + Math.log(p.batch()) / Math.log(2) * 0.45;
            gc.setFill(colour(chip));
            gc.fillOval(at[0] - r, at[1] - r, 2 * r, 2 * r);
            if (frontier.contains(p)) {
                // black under white: a ring that shows on either theme
                gc.setStroke(Color.BLACK);
                gc.setLineWidth(2.5);
                gc.strokeOval(at[0] - r - 2, at[1] - r - 2, 2 * r + 4, 2 * r + 4);
                gc.setStroke(Color.WHITE);
                gc.setLineWidth(1);
                gc.strokeOval(at[0] - r - 2, at[1] - r - 2, 2 * r + 4, 2 * r + 4);
            }
        }
    }

    private int indexOf(String label) {
        for (int i = 0; i < chips.size(); i++) {
            if (ChipNames.shortName(chips.get(i)).equals(label)) {
                return i;
            }
        }
        return 0;
    }

    private Text label(String s, double x, double y, boolean centred) {
        Text t = new Text(s);
        t.getStyleClass().add(MapPlot.TICK);
        t.setTextOrigin(centred ? VPos.TOP : VPos.CENTER);
        double w = t.getLayoutBounds().getWidth();
        t.setLayoutX(centred ? x - w / 2 : x - w);
        t.setLayoutY(y);
        t.setManaged(false);
        labels.add(t);
        plot.getChildren().add(t);
        return t;
    }
}
