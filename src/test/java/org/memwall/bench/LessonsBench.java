package org.memwall.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.memwall.core.sim.Simulator;
import org.memwall.economics.PriceBook;
import org.memwall.lessons.Check;
import org.memwall.lessons.CostSettings;
import org.memwall.lessons.Evidence;
import org.memwall.lessons.Lesson;
import org.memwall.lessons.Probe;
import org.memwall.lessons.Runs;
import org.memwall.lessons.Setup;
import org.memwall.lessons.Verdicts;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.PresetLoader;
import org.memwall.presets.ScenarioPreset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a verdict costs on a slider tick: the claims of one step checked against results already on
 * screen (the extra core runs a claim makes included: the node sweep of the CIM claims, the batch
 * search of the equal-throughput claims), and a whole step from its settings (runs plus checks).
 * Target: well within one 60 Hz frame (16.7 ms), beside the tick's own core runs.
 * Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench.args=org.memwall.bench.LessonsBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LessonsBench {
    private Probe probe;
    private PriceBook prices;
    private PresetCatalog catalog;
    private Evidence cimNodeSweep;
    private Evidence equalThroughput;
    private Evidence perToken;
    private Lesson cim;
    private Lesson capacity;
    private final List<Lesson> lessons = new ArrayList<>();

    @org.openjdk.jmh.annotations.Setup
    public void setUp() {
        catalog = new PresetLoader(Path.of("target", "no-user-presets")).read(Optional.empty());
        probe = new Probe(new Simulator(catalog.nodes()), catalog.hardware(), catalog.models(), catalog.stacks());
        prices = catalog.prices().orElseThrow();
        cim = catalog.scenario("cim-four-generations").orElseThrow().lesson();
        capacity = catalog.scenario("capacity-critique").orElseThrow().lesson();
        cimNodeSweep = evidence(cim.setupAt(0));
        equalThroughput = evidence(capacity.setupAt(1));
        perToken = evidence(capacity.setupAt(3));
        catalog.scenarios().stream().map(ScenarioPreset::lesson).forEach(lessons::add);
    }

    private Evidence evidence(Setup s) {
        return new Evidence(Runs.results(s, probe), probe, prices,
                new CostSettings(s.priceBasis(), prices.operating()), catalog.history());
    }

    /** The slowest claim: the GPU swept through the node table, speed per chip. */
    @Benchmark
    public List<Check> cimNodeMatch() {
        return Verdicts.check(cimNodeSweep, List.of("cim-matches-gpu-node"));
    }

    /** Both equal-throughput claims, each with its batch search on the GPU. */
    @Benchmark
    public List<Check> equalThroughputCorner() {
        return Verdicts.check(equalThroughput, List.of("equal-throughput-hardware-38x", "equal-throughput-energy-10x"));
    }

    /** Per token/s with the break-even stream count: arithmetic only. */
    @Benchmark
    public List<Check> perTokenWithStreams() {
        return Verdicts.check(perToken, List.of("bom-per-token-lpu-cheaper"));
    }

    /** Every step of every scenario from its settings: the core runs of the chips shown plus the checks, 24 steps. */
    @Benchmark
    public int everyStepFromScratch() {
        int n = 0;
        for (Lesson l : lessons) {
            for (int i = 0; i < l.steps().size(); i++) {
                n += Verdicts.atStep(l, i, probe, prices, catalog.history()).size();
            }
        }
        return n;
    }
}
