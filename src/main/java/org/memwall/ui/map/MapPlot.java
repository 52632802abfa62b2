package org.memwall.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.memwall.core.map.MapGrid;
import org.memwall.core.map.MapMetric;
import org.memwall.core.sim.Bound;
import org.memwall.ui.i18n.Messages;

/**
 * The heat map itself: one rectangle per cell in the colour of its value, lines along the cell
 * edges where what limits decode changes, each bound's region named, and a ring where the current
 * settings are. Tick labels and axis titles are text nodes, so the theme's stylesheet colours them.
 */
final class MapPlot extends Region {
    static final String TICK = "mw-map-tick";
    static final String AXIS_TITLE = "mw-map-axis-title";
    private static final double LEFT = 70;
    private static final double BOTTOM = 40;
    private static final double TOP = 6;
    private static final double RIGHT = 10;
    /** Regions smaller than this share of the map get no name (it would cover them). */
    static final double NAMED_SHARE = 0.03;

    private final Canvas canvas = new Canvas();
    private final List<Text> labels = new ArrayList<>();
    private final Messages m;
    private MapModel.MapView view;
    private MapMetric metric = MapMetric.TOKENS_PER_SECOND;
    private ColourScale scale = new ColourScale(0, 1, false, true);
    private BiConsumer<Integer, Integer> onCell = (i, j) -> { };
    private BiConsumer<Integer, Integer> onHover = (i, j) -> { };

    MapPlot(Messages m) {
        this.m = m;
        getChildren().add(canvas);
        // the size checks at projector sizes find a hand-drawn plot by this class
        getStyleClass().add(org.memwall.ui.theme.StyleClasses.PLOT_AREA);
        setMinSize(160, 120);
        canvas.setOnMouseClicked(e -> cellAt(e.getX(), e.getY()).ifPresent(c -> onCell.accept(c[0], c[1])));
        canvas.setOnMouseMoved(e -> cellAt(e.getX(), e.getY()).ifPresentOrElse(c -> onHover.accept(c[0], c[1]),
                () -> onHover.accept(-1, -1)));
        canvas.setOnMouseExited(e -> onHover.accept(-1, -1));
    }

    Canvas canvas() {
        return canvas;
    }

    void setOnCell(BiConsumer<Integer, Integer> action) {
        onCell = action;
    }

    void setOnHover(BiConsumer<Integer, Integer> action) {
        onHover = action;
    }

    ColourScale scale() {
        return scale;
    }

    void show(MapModel.MapView v, MapMetric metric, ColourScale scale) {
        this.view = v;
        this.metric = metric;
        this.scale = scale;
        requestLayout();
        redraw();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    private double plotWidth() {
        return Math.max(1, canvas.getWidth() - LEFT - RIGHT);
    }

    private double plotHeight() {
        return Math.max(1, canvas.getHeight() - TOP - BOTTOM);
    }

    /** The cell under a point of the canvas, as {column, row}. */
    Optional<int[]> cellAt(double px, double py) {
        if (view == null) {
            return Optional.empty();
        }
        MapGrid g = view.grid();
        double fx = (px - LEFT) / plotWidth();
        double fy = 1 - (py - TOP) / plotHeight();
        if (fx < 0 || fx >= 1 || fy < 0 || fy >= 1) {
            return Optional.empty();
        }
        return Optional.of(new int[] {(int) (fx * g.columns()), (int) (fy * g.rows())});
    }

    /** The canvas point at the middle of a cell. */
    double[] centre(int column, int row) {
        MapGrid g = view.grid();
        return new double[] {LEFT + (column + 0.5) / g.columns() * plotWidth(), TOP + (1 - (row + 0.5) / g.rows()) * plotHeight()};
    }

    /** Canvas x of a value on the map's x axis (cells are centred on their values). */
    private double xOf(double value) {
        int n = view.grid().columns();
        double cell = n == 1 ? 0 : view.x().fraction(view.xRange(), value) * (n - 1);
        return LEFT + (cell + 0.5) / n * plotWidth();
    }

    private double yOf(double value) {
        int n = view.grid().rows();
        double cell = n == 1 ? 0 : view.y().fraction(view.yRange(), value) * (n - 1);
        return TOP + (1 - (cell + 0.5) / n) * plotHeight();
    }

    void redraw() {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        getChildren().removeAll(labels);
        labels.clear();
        if (view == null || canvas.getWidth() < 2) {
            return;
        }
        MapGrid g = view.grid();
        double cw = plotWidth() / g.columns();
        double ch = plotHeight() / g.rows();
        for (int j = 0; j < g.rows(); j++) {
            for (int i = 0; i < g.columns(); i++) {
                gc.setFill(cellColour(g, i, j));
                // whole pixels, each cell's edge where the next one starts: no seams between cells
                double x0 = Math.floor(LEFT + i * cw);
                double x1 = Math.floor(LEFT + (i + 1) * cw);
                double y0 = Math.floor(TOP + (g.rows() - 1 - j) * ch);
                double y1 = Math.floor(TOP + (g.rows() - j) * ch);
                gc.fillRect(x0, y0, x1 - x0, y1 - y0);
            }
        }
        contours(gc, g, cw, ch);
        regionNames(gc, g);
        marker(gc);
        ticks(g);
    }

    private Color cellColour(MapGrid g, int i, int j) {
        if (metric.categorical()) {
            return g.bound(i, j).map(ColourScale::of).orElse(ColourScale.EMPTY);
        }
        return scale.colour(g.value(i, j, metric));
    }

    /** Lines on the cell edges where the bound on one side differs from the other. */
    private void contours(GraphicsContext gc, MapGrid g, double cw, double ch) {
        List<double[]> segments = new ArrayList<>();
        for (int j = 0; j < g.rows(); j++) {
            for (int i = 0; i < g.columns(); i++) {
                Optional<Bound> b = g.bound(i, j);
                if (b.isEmpty()) {
                    continue;
                }
                double x = LEFT + (i + 1) * cw;
                double top = TOP + (g.rows() - 1 - j) * ch;
                if (i + 1 < g.columns() && g.bound(i + 1, j).filter(o -> o != b.get()).isPresent()) {
                    segments.add(new double[] {x, top, x, top + ch});
                }
                if (j + 1 < g.rows() && g.bound(i, j + 1).filter(o -> o != b.get()).isPresent()) {
                    segments.add(new double[] {LEFT + i * cw, top, LEFT + (i + 1) * cw, top});
                }
            }
        }
        gc.setLineCap(StrokeLineCap.SQUARE);
        for (double[] pass : new double[][] {{3.2, 0}, {1.4, 1}}) {
            gc.setLineWidth(pass[0]);
            gc.setStroke(pass[1] == 0 ? Color.rgb(0, 0, 0, 0.8) : Color.WHITE);
            for (double[] s : segments) {
                gc.strokeLine(s[0], s[1], s[2], s[3]);
            }
        }
    }

    /**
     * Each region's bound named on the cell of the region nearest its middle; regions are the
     * connected cells of one bound, and those smaller than {@link #NAMED_SHARE} of the map are left unnamed.
     */
    private void regionNames(GraphicsContext gc, MapGrid g) {
        int n = g.columns() * g.rows();
        int[] region = new int[n];
        java.util.Arrays.fill(region, -1);
        gc.setFont(Font.font(12));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        int regions = 0;
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        List<Integer> members = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            Optional<Bound> b = g.bound(start % g.columns(), start / g.columns());
            if (region[start] >= 0 || b.isEmpty()) {
                continue;
            }
            members.clear();
            region[start] = regions;
            queue.add(start);
            double si = 0;
            double sj = 0;
            while (!queue.isEmpty()) {
                int c = queue.poll();
                members.add(c);
                int ci = c % g.columns();
                int cj = c / g.columns();
                si += ci;
                sj += cj;
                int[][] next = {{ci + 1, cj}, {ci - 1, cj}, {ci, cj + 1}, {ci, cj - 1}};
                for (int[] q : next) {
                    if (q[0] >= 0 && q[0] < g.columns() && q[1] >= 0 && q[1] < g.rows()) {
                        int k = q[1] * g.columns() + q[0];
                        if (region[k] < 0 && g.bound(q[0], q[1]).equals(b)) {
                            region[k] = regions;
                            queue.add(k);
                        }
                    }
                }
            }
            regions++;
            if (members.size() < NAMED_SHARE * n && members.size() < n) {
                continue;
            }
            double mi = si / members.size();
            double mj = sj / members.size();
            int best = members.get(0);
            double bestD = Double.POSITIVE_INFINITY;
            for (int c : members) {
                double d = Math.pow(c % g.columns() - mi, 2) + Math.pow(c / g.columns() - mj, 2);
                if (d < bestD) {
                    bestD = d;
                    best = c;
                }
            }
            double[] at = centre(best % g.columns(), best / g.columns());
            String text = m.get("bound." + b.get().id());
            gc.setLineWidth(3);
            gc.setStroke(Color.rgb(0, 0, 0, 0.75));
            gc.strokeText(text, at[0], at[1]);
            gc.setFill(Color.WHITE);
            gc.fillText(text, at[0], at[1]);
        }
    }

    /** A ring with a cross at the current settings. */
    private void marker(GraphicsContext gc) {
        double x = xOf(view.currentX());
        double y = yOf(view.currentY());
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        for (double[] pass : new double[][] {{4, 0}, {2, 1}}) {
            gc.setLineWidth(pass[0]);
            gc.setStroke(pass[1] == 0 ? Color.BLACK : Color.WHITE);
            gc.strokeOval(x - 8, y - 8, 16, 16);
            gc.strokeLine(x - 13, y, x - 8, y);
            gc.strokeLine(x + 8, y, x + 13, y);
            gc.strokeLine(x, y - 13, x, y - 8);
            gc.strokeLine(x, y + 8, x, y + 13);
        }
    }

    private void ticks(MapGrid g) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setStroke(Color.GRAY);
        gc.setLineWidth(1);
        for (double v : MapTicks.of(view.x(), view.xRange(), g.xs())) {
            double x = xOf(v);
            gc.strokeLine(x, TOP + plotHeight(), x, TOP + plotHeight() + 4);
            label(view.x().format(v), x, TOP + plotHeight() + 6, TextAlignment.CENTER, VPos.TOP, TICK);
        }
        for (double v : MapTicks.of(view.y(), view.yRange(), g.ys())) {
            double y = yOf(v);
            gc.strokeLine(LEFT - 4, y, LEFT, y);
            label(view.y().format(v), LEFT - 6, y, TextAlignment.RIGHT, VPos.CENTER, TICK);
        }
        label(m.get(view.x().key()), LEFT + plotWidth() / 2, canvas.getHeight() - 2, TextAlignment.CENTER, VPos.BOTTOM, AXIS_TITLE);
        Text yTitle = label(m.get(view.y().key()), 2, TOP + plotHeight() / 2, TextAlignment.CENTER, VPos.CENTER, AXIS_TITLE);
        yTitle.setRotate(-90);
        yTitle.setLayoutX(12 - yTitle.getLayoutBounds().getWidth() / 2);
    }

    private Text label(String s, double x, double y, TextAlignment align, VPos baseline, String style) {
        Text t = new Text(s);
        t.getStyleClass().add(style);
        t.setTextOrigin(baseline);
        t.applyCss();
        double w = t.getLayoutBounds().getWidth();
        t.setLayoutX(align == TextAlignment.CENTER ? x - w / 2 : align == TextAlignment.RIGHT ? x - w : x);
        t.setLayoutY(y);
        t.setManaged(false);
        labels.add(t);
        getChildren().add(t);
        return t;
    }
}
