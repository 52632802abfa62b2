package org.memwall.bench;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.sim.Metrics;
import org.memwall.core.sim.Result;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The core's speed targets: one full simulate of llama-2-70b on 8 x h100-sxm (prompt 2048,
 * output 256) under 1 ms, and a 10,000-point sweep under 2 s, on one core (one thread).
 * Run: {@code mvn -B -Pbench test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SimulateBench {
    private Simulator simulator;
    private Scenario h100x8;

    @Setup
    public void setUp() {
        PresetCatalog catalog = PresetLoader.load(Optional.empty());
        Hardware h100 = catalog.hardware("h100-sxm").orElseThrow();
        TransformerModel llama70 = catalog.model("llama-2-70b").orElseThrow();
        simulator = new Simulator(catalog.nodes());
        h100x8 = Scenario.of(h100, catalog.stack(h100.defaultStack()).orElseThrow(), WorkloadDefaults.workload(h100, llama70, Precision.FP16, 1, 2048, 256)).withChips(8);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Result simulateLlama70bOn8xH100() {
        return simulator.run(h100x8);
    }

    /** The same scenario on the metrics-only path (no operator list, trace or roofline). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Metrics metricsLlama70bOn8xH100() {
        return simulator.metrics(h100x8);
    }

    /** 10,000 points: HBM bandwidth from 0.5 to 10 TB/s, as a sweep or a dragged slider would. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double sweep10000Points() {
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            double bandwidth = 0.5e12 + i * (9.5e12 / 9_999);
            sum += simulator.run(h100x8.withDramBandwidth(bandwidth)).tokensPerSecondPerUser();
        }
        return sum;
    }

    /** The same 10,000 points on the metrics-only path. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public double sweep10000PointsMetrics() {
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            double bandwidth = 0.5e12 + i * (9.5e12 / 9_999);
            sum += simulator.metrics(h100x8.withDramBandwidth(bandwidth)).tokensPerSecondPerUser();
        }
        return sum;
    }
}
