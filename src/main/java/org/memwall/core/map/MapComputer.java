package org.memwall.core.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Metrics;
import org.memwall.core.sim.Simulator;

/**
 * Computes maps, newest first: each request gets a larger generation number, and a request still
 * running when a newer one arrives stops at its next cell. A caller that draws grids draws one only
 * when {@link #isLatest} says so (the newer grid may finish first), so a stale grid is never drawn
 * over a newer one.
 *
 * <p>Each cell runs {@link Simulator#metrics}; along a bandwidth axis a row (or column) builds its
 * operators once and times them at each cell ({@link Simulator#bandwidthSweep}, the same numbers).
 * Nothing is kept between requests.
 */
public final class MapComputer {
    private final Simulator simulator;
    private final ParallelEvaluator evaluator;
    private final AtomicLong latest = new AtomicLong();

    public MapComputer(Simulator simulator, ParallelEvaluator evaluator) {
        this.simulator = Objects.requireNonNull(simulator, "simulator");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    }

    /**
     * Starts a map over {@code xs} x {@code ys}. The future completes with the grid, or with a
     * {@link java.util.concurrent.CancellationException} when a newer request replaced it first.
     */
    public CompletableFuture<MapGrid> submit(double[] xs, double[] ys, CellScenarios scenarios) {
        long generation = latest.incrementAndGet();
        double[] x = xs.clone();
        double[] y = ys.clone();
        BooleanSupplier stale = () -> latest.get() != generation;
        if (scenarios.xBandwidth().isPresent()) {
            // a row at a time: its operators built once, timed at each x
            MemoryKind kind = scenarios.xBandwidth().get();
            return evaluator.evaluate(y.length, j -> line(kind, () -> scenarios.at(x[0], y[j]), x), stale)
                    .thenApply(rows -> new MapGrid(generation, x, y, cells(rows, x.length, y.length, false)));
        }
        if (scenarios.yBandwidth().isPresent()) {
            MemoryKind kind = scenarios.yBandwidth().get();
            return evaluator.evaluate(x.length, i -> line(kind, () -> scenarios.at(x[i], y[0]), y), stale)
                    .thenApply(columns -> new MapGrid(generation, x, y, cells(columns, x.length, y.length, true)));
        }
        return evaluator.evaluate(x.length * y.length, i -> cell(scenarios, x[i % x.length], y[i / x.length]), stale)
                .thenApply(cells -> new MapGrid(generation, x, y, cells));
    }

    /** The same map, computed on the calling thread's evaluator and waited for (the command line, tests). */
    public MapGrid compute(double[] xs, double[] ys, CellScenarios scenarios) {
        return submit(xs, ys, scenarios).join();
    }

    /** Whether a grid answers the newest request made so far. */
    public boolean isLatest(MapGrid grid) {
        return grid.generation() == latest.get();
    }

    /** One row (or column) of cells along a bandwidth; a scenario that cannot run leaves it empty. */
    private Metrics[] line(MemoryKind kind, Supplier<Scenario> first, double[] bandwidths) {
        Metrics[] out = new Metrics[bandwidths.length];
        Simulator.BandwidthSweep sweep;
        try {
            sweep = simulator.bandwidthSweep(first.get(), kind);
        } catch (IllegalArgumentException impossible) {
            return out;
        }
        for (int i = 0; i < bandwidths.length; i++) {
            try {
                out[i] = sweep.at(bandwidths[i]);
            } catch (IllegalArgumentException impossible) {
                // the cell stays empty
            }
        }
        return out;
    }

    /** The cells in the grid's order (x fastest) from rows, or from columns. */
    private static List<Metrics> cells(List<Metrics[]> lines, int columns, int rows, boolean byColumn) {
        List<Metrics> out = new ArrayList<>(columns * rows);
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                out.add(byColumn ? lines.get(i)[j] : lines.get(j)[i]);
            }
        }
        return out;
    }

    private Metrics cell(CellScenarios scenarios, double x, double y) {
        try {
            return simulator.metrics(scenarios.at(x, y));
        } catch (IllegalArgumentException impossible) {
            return null;
        }
    }
}
