package org.memwall.ui.map;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.memwall.core.map.CellScenarios;
import org.memwall.core.map.MapComputer;
import org.memwall.core.map.MapGrid;
import org.memwall.core.map.MapMetric;
import org.memwall.core.map.ParallelEvaluator;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Simulator;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.ExplorerViewModel;

/**
 * What the map shows: two axes and a metric chosen by the user, and the grid of the main chip's
 * metrics over them at the current settings. Every change of the settings (any slider) or of an
 * axis starts a new grid on the computer's threads; the grid is shown, on the thread
 * {@code deliver} runs on, only while it answers the newest request, so a slow old grid never
 * replaces a newer one. A cell click moves the two settings there through the view model.
 */
public final class MapModel {
    /** Cells along a continuous axis. */
    public static final int CELLS = 64;
    /** How long a recompute waits for its grid before leaving it to arrive later. */
    static final long WAIT_IN_TICK_MILLIS = 4;

    private final ExplorerViewModel viewModel;
    private final MapComputer computer;
    private final Executor deliver;
    private final ObjectProperty<MapAxis> xAxis = new SimpleObjectProperty<>(this, "xAxis", MapAxis.HBM_BANDWIDTH);
    private final ObjectProperty<MapAxis> yAxis = new SimpleObjectProperty<>(this, "yAxis", MapAxis.PROCESS_NODE);
    private final ObjectProperty<MapMetric> metric = new SimpleObjectProperty<>(this, "metric", MapMetric.TOKENS_PER_SECOND);
    private final ReadOnlyObjectWrapper<Optional<MapView>> shown = new ReadOnlyObjectWrapper<>(this, "shown", Optional.empty());
    private boolean active = true;
    /** How long the last grid took from request to done (written by the computing thread). */
    private volatile long lastGridNanos;

    /** A grid with what it was computed for: its axes and the settings it varies around. */
    public record MapView(MapGrid grid, MapAxis x, MapAxis y, double[] xRange, double[] yRange,
                          ExplorerSettings settings, double currentX, double currentY, String chipName) {
    }

    /**
     * @param computer runs the cells (on both cores in the window, on the caller's thread in tests)
     * @param deliver  where a finished grid is handed over (the FX thread's queue in the window)
     */
    public MapModel(ExplorerViewModel viewModel, MapComputer computer, Executor deliver) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.computer = Objects.requireNonNull(computer, "computer");
        this.deliver = Objects.requireNonNull(deliver, "deliver");
        InvalidationListener recompute = o -> recompute();
        viewModel.resultsProperty().addListener(recompute);
        xAxis.addListener(recompute);
        yAxis.addListener(recompute);
    }

    /**
     * The window's map: cells on a pool of one daemon thread per core, grids handed to the FX
     * thread. The pool is shared by every map the program opens.
     */
    public static MapModel onAllCores(ExplorerViewModel viewModel) {
        return new MapModel(viewModel, new MapComputer(viewModel.simulator(),
                new ParallelEvaluator(Pool.EXECUTOR, Pool.THREADS)), javafx.application.Platform::runLater);
    }

    /** One pool for all maps, made when the first map is. */
    private static final class Pool {
        static final int THREADS = Runtime.getRuntime().availableProcessors();
        static final java.util.concurrent.ExecutorService EXECUTOR = java.util.concurrent.Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "map");
            t.setDaemon(true);
            return t;
        });
    }

    public ObjectProperty<MapAxis> xAxisProperty() {
        return xAxis;
    }

    public ObjectProperty<MapAxis> yAxisProperty() {
        return yAxis;
    }

    public ObjectProperty<MapMetric> metricProperty() {
        return metric;
    }

    /** The newest grid finished, with its axes; empty before the first. */
    public ReadOnlyObjectProperty<Optional<MapView>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public Optional<MapView> shown() {
        return shown.get();
    }

    /** The axes the main chip can have (no HBM axis for a chip without HBM). */
    public List<MapAxis> axes() {
        return List.of(MapAxis.forChip(viewModel.selectedHardware()));
    }

    /**
     * While the map is not on screen it computes nothing; shown again, it catches up. A new model is
     * active but has no grid until {@link #recompute} or a change of the settings or axes.
     */
    public void setActive(boolean on) {
        boolean was = active;
        active = on;
        if (on && (!was || shown.get().isEmpty())) {
            recompute();
        }
    }

    /** Starts a grid for the current settings and axes. */
    public void recompute() {
        if (!active) {
            return;
        }
        request().ifPresent(r -> {
            long previous = lastGridNanos;
            long start = System.nanoTime();
            CompletableFuture<MapGrid> started = computer.submit(r.xs(), r.ys(), r.cells());
            started.whenComplete((grid, failure) -> {
                if (grid != null) {
                    lastGridNanos = System.nanoTime() - start;
                    deliver.execute(() -> show(r.view(), grid));
                } else if (!(unwrap(failure) instanceof CancellationException)) {
                    deliver.execute(() -> {
                        throw new IllegalStateException("the map could not be computed", unwrap(failure));
                    });
                }
            });
            // a grid done within a few milliseconds (a bandwidth axis: about 2 ms on two free cores)
            // is shown in this pulse, so the map moves with the other charts; a slower one comes
            // later. Waited for only while the last grid came that fast: where the cores are busy
            // with the window's own drawing, waiting would only make the tick longer.
            if (previous > TimeUnit.MILLISECONDS.toNanos(WAIT_IN_TICK_MILLIS)) {
                return;
            }
            try {
                show(r.view(), started.get(WAIT_IN_TICK_MILLIS, TimeUnit.MILLISECONDS));
            } catch (TimeoutException | ExecutionException | CancellationException later) {
                // handed over by whenComplete (or failed there)
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /**
     * Computes the grid for the current settings and shows it before returning, on or off screen
     * (a screenshot of the window waits for it this way).
     */
    public void computeNow() {
        request().ifPresent(r -> show(r.view(), computer.submit(r.xs(), r.ys(), r.cells()).join()));
    }

    /** A grid to compute: its axis values, its cells' scenarios and what it will be shown with. */
    private record Request(double[] xs, double[] ys, CellScenarios cells, MapView view) {
    }

    private Optional<Request> request() {
        if (viewModel.results().isEmpty() || xAxis.get() == yAxis.get()) {
            return Optional.empty();
        }
        Result main = viewModel.results().get(0);
        Hardware chip = viewModel.selectedHardware();
        MapAxis x = xAxis.get().appliesTo(chip) ? xAxis.get() : MapAxis.BATCH;
        MapAxis y = yAxis.get().appliesTo(chip) && yAxis.get() != x ? yAxis.get() : MapAxis.PROCESS_NODE;
        if (x == y) {
            y = MapAxis.CONTEXT;
        }
        ExplorerSettings settings = viewModel.settings();
        int maxChips = Simulator.maxChips(chip, main.scenario().workload().model());
        MapAxis fx = x;
        MapAxis fy = y;
        // a bandwidth axis the chip has sets that level's bandwidth and nothing else: its lines share their operators
        Optional<MemoryKind> xLevel = fx.bandwidthLevel().filter(k -> chip.level(k).isPresent());
        Optional<MemoryKind> yLevel = fy.bandwidthLevel().filter(k -> chip.level(k).isPresent());
        CellScenarios cells = new CellScenarios() {
            @Override
            public Scenario at(double vx, double vy) {
                return viewModel.mainScenario(fy.apply(fx.apply(settings, vx), vy));
            }

            @Override
            public Optional<MemoryKind> xBandwidth() {
                return xLevel;
            }

            @Override
            public Optional<MemoryKind> yBandwidth() {
                return yLevel;
            }
        };
        MapView view = new MapView(null, x, y, x.range(viewModel.nodes(), maxChips), y.range(viewModel.nodes(), maxChips),
                settings, x.current(settings, main), y.current(settings, main), chip.name());
        return Optional.of(new Request(x.values(CELLS, viewModel.nodes(), maxChips), y.values(CELLS, viewModel.nodes(), maxChips),
                cells, view));
    }

    private void show(MapView partial, MapGrid grid) {
        // a grid shown in its own pulse also arrives through the queue: once is enough
        if (!computer.isLatest(grid) || shown.get().map(v -> v.grid() == grid).orElse(false)) {
            return;
        }
        shown.set(Optional.of(new MapView(grid, partial.x(), partial.y(), partial.xRange(), partial.yRange(),
                partial.settings(), partial.currentX(), partial.currentY(), partial.chipName())));
    }

    /** Moves the two settings to a cell's values, as if both sliders were dragged there. */
    public void moveTo(int column, int row) {
        shown.get().ifPresent(v -> {
            double x = v.grid().x(column);
            double y = v.grid().y(row);
            viewModel.update(v.x().setting(), s -> v.y().apply(v.x().apply(s, x), y));
        });
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
