package org.memwall.core.map;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.memwall.core.sim.Metrics;
import org.memwall.core.sim.Simulator;

/**
 * Computes maps, newest first: each request gets a larger generation number, and a request still
 * running when a newer one arrives stops at its next cell. A caller that draws grids draws one only
 * when {@link #isLatest} says so (the newer grid may finish first), so a stale grid is never drawn
 * over a newer one.
 *
 * <p>Each cell runs {@link Simulator#metrics}; nothing is cached between requests.
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
        return evaluator.evaluate(x.length * y.length, i -> cell(scenarios, x[i % x.length], y[i / x.length]),
                        () -> latest.get() != generation)
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

    private Metrics cell(CellScenarios scenarios, double x, double y) {
        try {
            return simulator.metrics(scenarios.at(x, y));
        } catch (IllegalArgumentException impossible) {
            return null;
        }
    }
}
