package org.memwall.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.memwall.core.TestChips;
import org.memwall.core.energy.Energy;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.model.Workload;
import org.memwall.core.trace.Trace;

class SimulatorProperties {
    private final Simulator sim = new Simulator(TestChips.nodes());

    @Provide
    Arbitrary<Hardware> chips() {
        return Arbitraries.of(TestChips.vonNeumann(), TestChips.sramDataflow(), TestChips.cim());
    }

    @Provide
    Arbitrary<Precision> precisions() {
        return Arbitraries.of(Precision.values());
    }

    /** Dense, a small mixture of experts, and one whose experts the SRAM and CIM test chips spread over groups. */
    @Provide
    Arbitrary<TransformerModel> models() {
        return Arbitraries.of(TestChips.smallModel(), MetricsProperties.moe(), MetricsProperties.wideMoe());
    }

    private static Workload workload(Hardware chip, Precision p, int batch, int prompt, int output) {
        return WorkloadDefaults.workload(chip, TestChips.smallModel(), p, batch, prompt, output);
    }

    @Property(tries = 300)
    void moreHbmBandwidthNeverSlowsARun(@ForAll @IntRange(min = 1, max = 256) int batch,
                                        @ForAll @IntRange(min = 1, max = 8192) int prompt,
                                        @ForAll @IntRange(min = 1, max = 2048) int output,
                                        @ForAll @IntRange(min = 0, max = 16) int chips,
                                        @ForAll("precisions") Precision p,
                                        @ForAll @DoubleRange(min = 1e11, max = 1e13) double bandwidth,
                                        @ForAll @DoubleRange(min = 1.0, max = 10.0) double factor) {
        Hardware gpu = TestChips.vonNeumann();
        Scenario s = TestChips.scenario(gpu, workload(gpu, p, batch, prompt, output)).withChips(chips);
        Result slow = sim.run(s.withDramBandwidth(bandwidth));
        Result fast = sim.run(s.withDramBandwidth(bandwidth * factor));
        assertTrue(fast.secondsPerToken() <= slow.secondsPerToken() * (1 + 1e-12));
        assertTrue(fast.timeToFirstTokenSeconds() <= slow.timeToFirstTokenSeconds() * (1 + 1e-12));
    }

    @Property(tries = 300)
    void moreSramBandwidthNeverSlowsARun(@ForAll("chips") Hardware chip,
                                         @ForAll @IntRange(min = 1, max = 64) int batch,
                                         @ForAll @IntRange(min = 1, max = 4096) int prompt,
                                         @ForAll @DoubleRange(min = 1e12, max = 1e15) double bandwidth,
                                         @ForAll @DoubleRange(min = 1.0, max = 10.0) double factor) {
        Scenario s = TestChips.scenario(chip, workload(chip, Precision.INT8, batch, prompt, 128));
        Result slow = sim.run(s.withSramBandwidth(bandwidth));
        Result fast = sim.run(s.withSramBandwidth(bandwidth * factor));
        assertTrue(fast.secondsPerToken() <= slow.secondsPerToken() * (1 + 1e-12));
    }

    @Property(tries = 300)
    void moreChipsNeverLowerTheCapacity(@ForAll("chips") Hardware chip, @ForAll("models") TransformerModel model,
                                        @ForAll @IntRange(min = 1, max = 512) int batch,
                                        @ForAll @IntRange(min = 1, max = 256) int chipsAsked) {
        // at most one below the most chips the model can be split over, so that chips + 1 still runs
        int chips = Math.min(chipsAsked, Simulator.maxChips(chip, model) - 1);
        Scenario s = TestChips.scenario(chip, WorkloadDefaults.workload(chip, model, Precision.FP16, batch, 1024, 256));
        // beyond the most chips the model splits over the core refuses the count (its own test covers that)
        Assume.that(chips + 1 <= Simulator.maxChips(chip, s.workload().model()));
        Result fewer = sim.run(s.withChips(chips));
        Result more = sim.run(s.withChips(chips + 1));
        assertTrue(more.parallelism().chipsUsed() >= fewer.parallelism().chipsUsed());
        assertTrue(!fewer.fits() || more.fits(), "fits on " + chips + " but not on " + (chips + 1));
        assertEquals(fewer.chipsNeeded(), more.chipsNeeded());
    }

    @Property(tries = 200)
    void energyPartsAddUpToTheTotal(@ForAll("chips") Hardware chip, @ForAll("models") TransformerModel model,
                                    @ForAll("precisions") Precision p,
                                    @ForAll @IntRange(min = 1, max = 128) int batch,
                                    @ForAll @IntRange(min = 0, max = 200) int chipsAsked) {
        int chips = Math.min(chipsAsked, Simulator.maxChips(chip, model));
        Result r = sim.run(TestChips.scenario(chip, WorkloadDefaults.workload(chip, model, p, batch, 512, 128)).withChips(chips));
        Energy e = r.energy();
        double levels = e.byLevelJoulesPerToken().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(e.dataMovementJoulesPerToken(), levels, levels * 1e-12);
        double parts = e.breakdown().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(e.acceleratorJoulesPerOutputToken(), parts, parts * 1e-12);
        assertEquals(e.breakdown().size(), chip.memory().size() + 4, e.breakdown().keySet().toString());
        e.breakdown().forEach((part, j) -> assertTrue(j >= 0, part + " " + j));
        assertTrue(e.computeJoulesPerToken() > 0 && e.dataMovementJoulesPerToken() > 0 && e.staticJoulesPerToken() > 0);
    }

    @Property(tries = 200)
    void traceBytesEqualResultBytes(@ForAll("chips") Hardware chip, @ForAll("models") TransformerModel model,
                                    @ForAll("precisions") Precision p,
                                    @ForAll @IntRange(min = 1, max = 64) int batch,
                                    @ForAll @IntRange(min = 1, max = 4096) int prompt,
                                    @ForAll @IntRange(min = 0, max = 200) int chipsAsked) {
        int chips = Math.min(chipsAsked, Simulator.maxChips(chip, model));
        Result r = sim.run(TestChips.scenario(chip, WorkloadDefaults.workload(chip, model, p, batch, prompt, 64)).withChips(chips));
        for (PhaseResult phase : new PhaseResult[] {r.decode(), r.prefill()}) {
            Trace t = phase.phase() == Phase.DECODE ? r.decodeTrace() : r.prefillTrace();
            phase.layerBytesByLevel().forEach((level, bytes) ->
                    assertEquals(bytes, t.totalBytes(level), Math.max(1e-6, bytes * 1e-12), level));
            assertEquals(phase.layerLinkBytes(), t.totalBytes(Trace.LINK), Math.max(1e-6, phase.layerLinkBytes() * 1e-12));
            // scrubbing to the end gives the same totals as the per-event counters
            for (String level : t.levels()) {
                assertEquals(t.totalBytes(level), t.bytesMovedUntil(level, t.durationSeconds()), Math.max(1e-6, t.totalBytes(level) * 1e-12));
            }
        }
    }

    @Property(tries = 100)
    void bytesMovedUntilGrowsWithTime(@ForAll("chips") Hardware chip, @ForAll @DoubleRange(min = 0, max = 1) double a,
                                      @ForAll @DoubleRange(min = 0, max = 1) double b) {
        Result r = sim.run(TestChips.scenario(chip, workload(chip, Precision.INT8, 8, 256, 64)));
        Trace t = r.decodeTrace();
        double early = Math.min(a, b) * t.durationSeconds();
        double late = Math.max(a, b) * t.durationSeconds();
        for (String level : t.levels()) {
            assertTrue(t.bytesMovedUntil(level, early) <= t.bytesMovedUntil(level, late) + 1e-6);
        }
    }

    @Property(tries = 100)
    void stepTimeIsTheSumOfOperatorTimes(@ForAll("chips") Hardware chip, @ForAll @IntRange(min = 1, max = 64) int batch) {
        Result r = sim.run(TestChips.scenario(chip, workload(chip, Precision.FP16, batch, 300, 100)));
        double sum = r.decode().operators().stream().mapToDouble(OperatorResult::totalSeconds).sum();
        assertEquals(r.secondsPerToken(), sum, sum * 1e-12);
        assertTrue(r.hardware().level(MemoryKind.CIM_ARRAY).isEmpty() || r.decodeTrace().durationSeconds() > 0);
    }
}
