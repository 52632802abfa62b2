package org.memwall.bench;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.memwall.core.map.CellScenarios;
import org.memwall.core.map.MapComputer;
import org.memwall.core.map.MapGrid;
import org.memwall.core.map.ParallelEvaluator;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.WorkloadDefaults;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.PresetLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 64 x 64 map (HBM bandwidth 0.5-10 TB/s x process node over the table's range) of Llama 2 70B
 * on 8 x H100 at batch 64, as the window computes it: every cell a metrics-only run, spread over
 * {@code threads} threads. Target: under 10 ms with both cores. Run:
 * {@code mvn -B -Pbench test-compile exec:exec -Dbench.args=org.memwall.bench.MapBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
public class MapBench {
    @Param({"1", "2"})
    public int threads;

    private ExecutorService pool;
    private MapComputer computer;
    private double[] xs;
    private double[] ys;
    private CellScenarios cells;
    private CellScenarios eachOnItsOwn;

    @Setup
    public void setUp() {
        PresetCatalog catalog = PresetLoader.load(Optional.empty());
        Hardware h100 = catalog.hardware("h100-sxm").orElseThrow();
        TransformerModel llama70 = catalog.model("llama-2-70b").orElseThrow();
        Simulator simulator = new Simulator(catalog.nodes());
        Scenario base = Scenario.of(h100, catalog.stack(h100.defaultStack()).orElseThrow(),
                WorkloadDefaults.workload(h100, llama70, Precision.FP16, 64, 2048, 256)).withChips(8);
        pool = Executors.newFixedThreadPool(threads);
        computer = new MapComputer(simulator, threads == 1 ? ParallelEvaluator.sequential() : new ParallelEvaluator(pool, threads));
        xs = new double[64];
        ys = new double[64];
        double small = catalog.nodes().smallestNm();
        double large = catalog.nodes().largestNm();
        for (int i = 0; i < 64; i++) {
            xs[i] = 0.5e12 + i * (9.5e12 / 63);
            ys[i] = Math.min(large, Math.exp(Math.log(small) + i * (Math.log(large) - Math.log(small)) / 63));
        }
        eachOnItsOwn = (x, y) -> base.withDramBandwidth(x).withProcessNode(y);
        // x sets the HBM bandwidth and nothing else, as the window's map says of its HBM axis
        cells = new CellScenarios() {
            @Override
            public Scenario at(double x, double y) {
                return base.withDramBandwidth(x).withProcessNode(y);
            }

            @Override
            public Optional<MemoryKind> xBandwidth() {
                return Optional.of(MemoryKind.OFF_CHIP_DRAM);
            }
        };
    }

    @TearDown
    public void tearDown() {
        pool.shutdownNow();
    }

    @Benchmark
    public MapGrid map64x64() {
        return computer.compute(xs, ys, cells);
    }

    /** The same map without saying that x is a bandwidth: every cell builds its own operators. */
    @Benchmark
    public MapGrid map64x64EveryCellOnItsOwn() {
        return computer.compute(xs, ys, eachOnItsOwn);
    }
}
