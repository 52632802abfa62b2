package org.memwall.core.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memwall.core.TestChips;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.Precision;
import org.memwall.core.sim.Metrics;
import org.memwall.core.sim.MetricsProperties;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.WorkloadDefaults;

class MapComputerTest {
    private final Simulator sim = new Simulator(TestChips.nodes());
    private final Hardware gpu = TestChips.vonNeumann();
    private final Scenario base = TestChips.scenario(gpu,
            WorkloadDefaults.workload(gpu, TestChips.smallModel(), Precision.FP16, 1, 512, 128));
    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private CellScenarios hbmByBatch() {
        return (x, y) -> base.withDramBandwidth(x * 1e12).withWorkload(base.workload().withBatch((int) y));
    }

    private static double[] values(double from, double step, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = from + i * step;
        }
        return v;
    }

    @Test
    void cellsHoldWhatOneRunComputesInTheirPlace() {
        double[] xs = values(0.5, 0.5, 7);
        double[] ys = values(1, 3, 5);
        MapGrid grid = new MapComputer(sim, ParallelEvaluator.sequential()).compute(xs, ys, hbmByBatch());
        assertEquals(7, grid.columns());
        assertEquals(5, grid.rows());
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                Metrics expected = Metrics.of(sim.run(hbmByBatch().at(xs[i], ys[j])));
                // the metrics-only run agrees with the full one to 1e-9 (its sums run in another order)
                Metrics cell = grid.cell(i, j).orElseThrow();
                MetricsProperties.assertAgree(expected, cell);
                assertEquals(cell.tokensPerSecond(), grid.value(i, j, MapMetric.TOKENS_PER_SECOND));
            }
        }
    }

    /** HBM bandwidth (bytes/s) on x or on y, declared so: each line builds its operators once. */
    private CellScenarios hbmLines(boolean onX) {
        return new CellScenarios() {
            @Override
            public Scenario at(double x, double y) {
                double hbm = onX ? x : y;
                int batch = (int) (onX ? y : x);
                return base.withDramBandwidth(hbm).withWorkload(base.workload().withBatch(batch));
            }

            @Override
            public Optional<MemoryKind> xBandwidth() {
                return onX ? Optional.of(MemoryKind.OFF_CHIP_DRAM) : Optional.empty();
            }

            @Override
            public Optional<MemoryKind> yBandwidth() {
                return onX ? Optional.empty() : Optional.of(MemoryKind.OFF_CHIP_DRAM);
            }
        };
    }

    @Test
    void bandwidthLinesGiveEachCellsOwnRun() {
        double[] hbm = values(0.5e12, 0.75e12, 9);
        double[] batch = values(1, 7, 6);
        MapGrid rows = new MapComputer(sim, new ParallelEvaluator(pool, 3)).compute(hbm, batch, hbmLines(true));
        MapGrid columns = new MapComputer(sim, ParallelEvaluator.sequential()).compute(batch, hbm, hbmLines(false));
        for (int j = 0; j < batch.length; j++) {
            for (int i = 0; i < hbm.length; i++) {
                Metrics own = sim.metrics(hbmLines(true).at(hbm[i], batch[j]));
                assertEquals(own, rows.cell(i, j).orElseThrow(), "row " + j + ", cell " + i);
                assertEquals(own, columns.cell(j, i).orElseThrow(), "column " + j + ", cell " + i);
            }
        }
        assertTrue(rows.value(0, 0, MapMetric.TOKENS_PER_SECOND) < rows.value(8, 0, MapMetric.TOKENS_PER_SECOND),
                "more bandwidth, more speed");
    }

    @Test
    void threadsGiveTheSequentialGrid() {
        double[] xs = values(0.25, 0.25, 40);
        double[] ys = values(1, 1, 33);
        MapGrid one = new MapComputer(sim, ParallelEvaluator.sequential()).compute(xs, ys, hbmByBatch());
        MapGrid three = new MapComputer(sim, new ParallelEvaluator(pool, 3)).compute(xs, ys, hbmByBatch());
        assertEquals(one.cells(), three.cells());
    }

    @Test
    void impossibleCellsAreEmptyNotFatal() {
        MapGrid grid = new MapComputer(sim, ParallelEvaluator.sequential()).compute(new double[] {1, 2}, new double[] {1},
                (x, y) -> x == 2 ? base.withChips(1_000_000) : base);
        assertTrue(grid.cell(0, 0).isPresent());
        assertTrue(grid.cell(1, 0).isEmpty());
        assertTrue(Double.isNaN(grid.value(1, 0, MapMetric.TOKENS_PER_SECOND)));
        assertTrue(grid.bound(1, 0).isEmpty());
    }

    @Test
    void anImpossibleBandwidthLineIsEmptyNotFatal() {
        CellScenarios lines = new CellScenarios() {
            @Override
            public Scenario at(double x, double y) {
                return (y == 2 ? base.withChips(1_000_000) : base).withDramBandwidth(x);
            }

            @Override
            public Optional<MemoryKind> xBandwidth() {
                return Optional.of(MemoryKind.OFF_CHIP_DRAM);
            }
        };
        MapGrid grid = new MapComputer(sim, ParallelEvaluator.sequential()).compute(new double[] {1e12, -1}, new double[] {1, 2}, lines);
        assertTrue(grid.cell(0, 0).isPresent());
        assertTrue(grid.cell(1, 0).isEmpty(), "a negative bandwidth cannot run");
        assertTrue(grid.cell(0, 1).isEmpty() && grid.cell(1, 1).isEmpty(), "the whole line cannot run");
    }

    /** A request made while an older one runs stops the older one; only the newest is the latest. */
    @Test
    void aNewerRequestCancelsTheOlderOne() {
        List<Runnable> queued = new ArrayList<>();
        ParallelEvaluator held = new ParallelEvaluator(queued::add, 2);
        MapComputer computer = new MapComputer(sim, held);
        CompletableFuture<MapGrid> old = computer.submit(values(1, 1, 8), values(1, 1, 8), hbmByBatch());
        int oldSlices = queued.size();
        CompletableFuture<MapGrid> fresh = computer.submit(values(2, 1, 8), values(1, 1, 8), hbmByBatch());
        // the newer one's slices run first, then the older one's
        new ArrayList<>(queued.subList(oldSlices, queued.size())).forEach(Runnable::run);
        new ArrayList<>(queued.subList(0, oldSlices)).forEach(Runnable::run);
        MapGrid grid = fresh.join();
        assertTrue(computer.isLatest(grid));
        CompletionException e = assertThrows(CompletionException.class, old::join);
        assertTrue(e.getCause() instanceof CancellationException, e.toString());
        assertEquals(2.0, grid.x(0));
    }

    @Test
    void aGridFinishedBeforeANewerRequestIsNoLongerTheLatest() {
        MapComputer computer = new MapComputer(sim, ParallelEvaluator.sequential());
        MapGrid first = computer.compute(values(1, 1, 2), values(1, 1, 2), hbmByBatch());
        assertTrue(computer.isLatest(first));
        MapGrid second = computer.compute(values(1, 1, 2), values(1, 1, 2), hbmByBatch());
        assertFalse(computer.isLatest(first));
        assertTrue(computer.isLatest(second));
        assertTrue(second.generation() > first.generation());
    }

    @Test
    void evaluationsComeBackInOrderAndTheirExceptionsAsThrown() {
        ParallelEvaluator three = new ParallelEvaluator(pool, 3);
        List<Integer> squares = three.evaluateNow(1000, i -> i * i);
        for (int i = 0; i < 1000; i++) {
            assertEquals(i * i, squares.get(i));
        }
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> three.evaluateNow(10, i -> {
            if (i == 7) {
                throw new IllegalStateException("seven");
            }
            return i;
        }));
        assertEquals("seven", thrown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ParallelEvaluator(pool, 0));
    }
}
