package org.memwall.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.memwall.core.TestChips;
import org.memwall.core.model.FfnKind;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;

/**
 * The metrics-only path gives every figure of the full run, on random scenarios of every family,
 * dense and mixture-of-experts models, with the experts spread over groups of chips or not.
 */
public class MetricsProperties {
    private final Simulator sim = new Simulator(TestChips.nodes());

    /** Agreement asked of every figure: 1e-9 relative. */
    static final double RELATIVE = 1e-9;

    /** Eight experts, two per token, grouped-query attention: the mixture-of-experts and GQA paths. */
    static TransformerModel moe() {
        return new TransformerModel("moe", "MoE", 4, 1024, 16, 4, 64, 2048, FfnKind.SWIGLU, 2000, 8, 2, 8192,
                0.2, List.of("test fixture"));
    }

    /**
     * The same shape with experts 16 times as wide (3.2 billion parameters): on the SRAM and CIM test
     * chips more than its layers' groups hold, so the core spreads its experts over groups.
     */
    static TransformerModel wideMoe() {
        return new TransformerModel("wide-moe", "Wide MoE", 4, 1024, 16, 4, 64, 32768, FfnKind.SWIGLU, 2000, 8, 2, 8192,
                3.2, List.of("test fixture"));
    }

    @Provide
    Arbitrary<Hardware> chips() {
        return Arbitraries.of(TestChips.vonNeumann(), TestChips.sramDataflow(), TestChips.cim());
    }

    @Provide
    Arbitrary<TransformerModel> models() {
        return Arbitraries.of(TestChips.smallModel(), moe(), wideMoe());
    }

    @Provide
    Arbitrary<Precision> precisions() {
        return Arbitraries.of(Precision.values());
    }

    @Property(tries = 1000)
    void metricsAgreeWithTheFullRun(@ForAll("chips") Hardware chip, @ForAll("models") TransformerModel model,
                                    @ForAll("precisions") Precision weights, @ForAll("precisions") Precision kv,
                                    @ForAll @IntRange(min = 1, max = 512) int batch,
                                    @ForAll @IntRange(min = 1, max = 8192) int prompt,
                                    @ForAll @IntRange(min = 1, max = 2048) int output,
                                    @ForAll @IntRange(min = 0, max = 256) int chipsAsked,
                                    @ForAll @IntRange(min = 1, max = 8) int streams,
                                    @ForAll @DoubleRange(min = 5, max = 22) double node,
                                    @ForAll @DoubleRange(min = 1e11, max = 2e13) double dram,
                                    @ForAll @DoubleRange(min = 1e12, max = 1e15) double sram,
                                    @ForAll @IntRange(min = 0, max = 7) int slidersMoved) {
        int chips = Math.min(chipsAsked, Simulator.maxChips(chip, model));
        Scenario s = TestChips.scenario(chip, WorkloadDefaults.workload(chip, model, weights, batch, prompt, output)
                        .withKvPrecision(kv).withConcurrentStreams(streams)).withChips(chips);
        if ((slidersMoved & 1) != 0) {
            s = s.withProcessNode(node);
        }
        if ((slidersMoved & 2) != 0 && chip.level(MemoryKind.OFF_CHIP_DRAM).isPresent()) {
            s = s.withDramBandwidth(dram);
        }
        if ((slidersMoved & 4) != 0 && chip.level(MemoryKind.ON_CHIP_SRAM).isPresent()) {
            s = s.withSramBandwidth(sram);
        }
        Result full = sim.run(s);
        // at least a tenth of the draws spread a mixture of experts' experts over groups of chips
        Statistics.label("experts over groups").collect(full.parallelism().expertParallel() > 1);
        Statistics.label("experts over groups").coverage(c -> c.check(true).percentage(p -> p >= 10));
        assertAgree(Metrics.of(full), sim.metrics(s));
    }

    /**
     * A bandwidth sweep times the operators it built once at each bandwidth: every cell is the
     * metrics-only run of the scenario with that bandwidth set, to the last bit, on every family.
     */
    @Property(tries = 300)
    void aBandwidthSweepGivesEachPointsOwnRun(@ForAll("chips") Hardware chip, @ForAll("models") TransformerModel model,
                                             @ForAll("precisions") Precision weights,
                                             @ForAll @IntRange(min = 1, max = 512) int batch,
                                             @ForAll @IntRange(min = 1, max = 4096) int prompt,
                                             @ForAll @IntRange(min = 1, max = 8) int streams,
                                             @ForAll @DoubleRange(min = 5, max = 22) double node,
                                             @ForAll @DoubleRange(min = 1e9, max = 1e15) double first,
                                             @ForAll @DoubleRange(min = 1e9, max = 1e15) double second,
                                             @ForAll boolean sramAxis) {
        MemoryKind kind = sramAxis ? MemoryKind.ON_CHIP_SRAM : MemoryKind.OFF_CHIP_DRAM;
        Scenario s = TestChips.scenario(chip, WorkloadDefaults.workload(chip, model, weights, batch, prompt, 64)
                .withConcurrentStreams(streams)).withProcessNode(node);
        if (chip.level(kind).isEmpty()) {
            Scenario base = s;
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> sim.bandwidthSweep(base, kind));
            return;
        }
        Simulator.BandwidthSweep sweep = sim.bandwidthSweep(s, kind);
        for (double b : new double[] {first, second, first}) {
            Scenario at = sramAxis ? s.withSramBandwidth(b) : s.withDramBandwidth(b);
            assertEquals(sim.metrics(at), sweep.at(b), "at " + b + " B/s");
            assertAgree(Metrics.of(sim.run(at)), sweep.at(b));
        }
    }

    /** Every figure of two metrics, to 1e-9 relative (whole numbers, flags and bounds exactly). */
    public static void assertAgree(Metrics full, Metrics fast) {
        assertEquals(full.chips(), fast.chips(), "chips");
        assertEquals(full.chipsNeeded(), fast.chipsNeeded(), "chips needed");
        assertEquals(full.fits(), fast.fits(), "fits");
        close(full.secondsPerToken(), fast.secondsPerToken(), "seconds per token");
        close(full.tokensPerSecondPerUser(), fast.tokensPerSecondPerUser(), "tokens/s per user");
        close(full.tokensPerSecond(), fast.tokensPerSecond(), "tokens/s");
        close(full.timeToFirstTokenSeconds(), fast.timeToFirstTokenSeconds(), "time to first token");
        close(full.joulesPerToken(), fast.joulesPerToken(), "joules per token");
        assertEquals(full.hasCost(), fast.hasCost(), "cost known");
        if (full.hasCost()) {
            close(full.costUsdPerTokenPerSecond(), fast.costUsdPerTokenPerSecond(), "cost per token/s");
        }
        assertEquals(full.decodeBound(), fast.decodeBound(), "decode bound");
        assertEquals(full.prefillBound(), fast.prefillBound(), "prefill bound");
    }

    private static void close(double expected, double actual, String what) {
        assertTrue(Double.isFinite(expected) && expected > 0, what + " of the full run: " + expected);
        assertEquals(expected, actual, Math.abs(expected) * RELATIVE, what);
    }
}
