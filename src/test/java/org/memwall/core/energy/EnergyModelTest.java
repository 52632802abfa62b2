package org.memwall.core.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.memwall.core.TestChips;
import org.memwall.core.TestStacks;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.ChipLink;
import org.memwall.core.model.ComputeSpec;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.model.PowerSpec;
import org.memwall.core.model.Precision;
import org.memwall.core.model.UnitShape;
import org.memwall.core.model.Workload;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Simulator;

/** Energy per output token worked out by hand, and the board limit at work. */
class EnergyModelTest {
    private final Simulator sim = new Simulator(TestChips.nodes());

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-9, () -> "expected " + expected + " got " + actual);
    }

    /**
     * An H100 as its datasheet and the Splitwise power model give it: 3.35 TB/s of HBM3 sustaining
     * 92% at 3.9 pJ/bit, 75 W idle, a 700 W board limit. Only the HBM costs energy here (no clocked
     * power, no energy per op or per L2 bit), so the arithmetic stays on one line.
     */
    private static Hardware h100HbmOnly() {
        ComputeSpec c = new ComputeSpec(Map.of(Precision.FP16, 989.4e12), Map.of(Precision.FP16, 0.0),
                133.8e12, 0, UnitShape.SIMT_TENSOR_CORE, 132, 8, 8, 1.83e9);
        return new Hardware("h100-hbm-only", "H100 (HBM energy only)", ArchitectureFamily.VON_NEUMANN_HBM, 4, 814, c,
                List.of(new MemoryLevel("L2", MemoryKind.ON_CHIP_SRAM, 50e6, 12e12, 0, 0, 0.85),
                        new MemoryLevel("HBM3", MemoryKind.OFF_CHIP_DRAM, 80e9, 3.35e12, 3.9e-12, 0, 0.92)),
                new ChipLink(450e9, 1e-6, 0), new PowerSpec(700, 75, 0, 0, true, false), OptionalDouble.of(30_000),
                8, "test", Optional.empty(), List.of("test fixture"));
    }

    @Test
    void oneH100AtBatchOneBoundByHbmDrawsIdlePlusItsTrafficForTheTimeOfAToken() {
        Hardware h100 = h100HbmOnly();
        // no launch, step or request overheads; kernels reach the whole sustained bandwidth
        Scenario s = Scenario.of(h100, TestStacks.of("plain", 0, 0, 0, 1, 1, 0.9),
                new Workload(TestChips.smallModel(), Precision.FP16, Precision.FP16, Precision.FP16, Precision.FP16, 1, 100, 200));
        Result r = sim.run(s);
        // One decode step at batch 1 moves 70,813,696 bytes from HBM (the small model's weights, norms,
        // LM head and 200 tokens of KV cache; SimulatorTest derives them) at 3.35e12 x 0.92 = 3.082e12 B/s:
        //   time per token   70,813,696 / 3.082e12                  = 22.9765 us
        //   idle             75 W x 22.9765 us                      = 1.72324e-3 J
        //   dynamic (HBM)    70,813,696 B x 8 bit x 3.9 pJ          = 2.20939e-3 J, i.e. 96.16 W over the step
        //   per token        (75 W + 96.16 W) x 22.9765 us          = 3.93263e-3 J
        double hbm = 70_813_696;
        double t = hbm / (3.35e12 * 0.92);
        assertClose(t, r.secondsPerToken());
        double dynamicWatts = hbm * 8 * 3.9e-12 / t;
        assertClose(75 + dynamicWatts, r.energy().decode().averageWatts());
        double decodePerToken = (75 + dynamicWatts) * t;
        assertEquals(3.93263e-3, decodePerToken, 1e-8);
        // The request's energy per output token adds the prefill pass (idle for its time, plus its own
        // HBM bytes) spread over the 200 tokens generated.
        double prefillBytes = r.prefill().bytesByLevelAllChips().get("HBM3");
        double prefill = 75 * r.prefill().stepSeconds() + prefillBytes * 8 * 3.9e-12;
        assertClose(decodePerToken + prefill / 200, r.energy().acceleratorJoulesPerOutputToken());
        assertClose(75 * (r.prefill().stepSeconds() + 200 * t) / 200, r.energy().idleJoulesPerToken());
        assertEquals(0, r.energy().clockedJoulesPerToken());
        // the older figure: one decode step's HBM energy over its batch
        assertClose(hbm * 8 * 3.9e-12, r.energy().dynamicJoulesPerToken());
        assertFalse(r.energy().powerLimited());
    }

    private static PhaseActivity activity(double seconds, double wait, double busy, double fp16Ops, double hbmBytes) {
        return new PhaseActivity(seconds, wait, busy, Map.of(Precision.FP16, fp16Ops), 0, 0, Map.of("HBM", hbmBytes), 0);
    }

    private static Hardware chip(PowerSpec power) {
        ComputeSpec c = new ComputeSpec(Map.of(Precision.FP16, 1e15), Map.of(Precision.FP16, 1e-12), 1e14, 0,
                UnitShape.SIMT_TENSOR_CORE, 100, 4, 4, 1e9);
        return new Hardware("p", "P", ArchitectureFamily.VON_NEUMANN_HBM, 5, 800, c,
                List.of(new MemoryLevel("HBM", MemoryKind.OFF_CHIP_DRAM, 10e9, 1e12, 4e-12, 0, 1)),
                new ChipLink(1e11, 0, 0), power, OptionalDouble.empty(), 8, "test", Optional.empty(), List.of("test"));
    }

    @Test
    void aPhaseUnderTheLimitDrawsIdleClockedAndItsWork() {
        // 2 chips, 1 s: idle 2 x 50 W x 1 s = 100 J; clocked 100 W x 1.6 chip-s = 160 J; 1e14 ops x 1 pJ = 100 J;
        // 1e13 B x 8 x (4 + 1 pJ across the die) = 400 J: 760 J, 380 W per chip of a 500 W limit
        Hardware h = chip(new PowerSpec(500, 50, 0.2, 1e-12, true, false));
        PhaseEnergy e = PowerModel.phase(h, 2, activity(1, 0.2, 1.6, 1e14, 1e13));
        assertClose(100, e.idleJoules());
        assertClose(160, e.clockedJoules());
        assertClose(100, e.computeJoules());
        assertClose(400, e.levelJoules().get("HBM"));
        assertClose(380, e.averageWatts());
        assertFalse(e.powerLimited());
        assertEquals(1, e.slowdown());
    }

    @Test
    void aThrottlingChipTakesLongerUntilItsAverageIsTheLimit() {
        // 1 chip: 1e15 ops x 1 pJ = 1000 J of work in 1 s, busy 1 s, 0.2 s of it waiting for the host.
        // idle 50 W, clocked 100 W, limit 500 W. The busy 0.8 s stretch by s until
        // 50 (0.8 s + 0.2) + 100 x 1 x s + 1000 = 500 (0.8 s + 0.2): s = (1000 - 450 x 0.2) / (0.8 x 450 - 100) = 3.5
        Hardware h = chip(new PowerSpec(500, 50, 0.2, 0, true, false));
        PhaseEnergy e = PowerModel.phase(h, 1, activity(1, 0.2, 1, 1e15, 0));
        assertTrue(e.powerLimited());
        assertClose(0.8 * 3.5 + 0.2, e.seconds());
        assertClose(500, e.averageWatts());
        assertClose(1000 + 50 * 3 + 100 * 3.5 + 50 * 0, e.totalJoules());
        assertClose(1150.0 / 1, e.demandWatts());
    }

    @Test
    void aChipThatDoesNotThrottleIsHeldAtItsLimitAndSaysSo() {
        Hardware h = chip(new PowerSpec(500, 50, 0.2, 0, false, false));
        PhaseEnergy e = PowerModel.phase(h, 1, activity(1, 0.2, 1, 1e15, 0));
        assertTrue(e.powerLimited());
        assertEquals(1, e.seconds());
        assertClose(500, e.averageWatts());
        assertClose(500, e.totalJoules());
        // idle and clocked stay whole; the work's parts shrink to what the limit leaves
        assertClose(50, e.idleJoules());
        assertClose(100, e.clockedJoules());
        assertClose(350, e.computeJoules());
    }

    @Test
    void powerFiguresThatLeaveNothingForTheWorkAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PowerSpec(200, 150, 0.3, 0, true, false));
        assertTrue(e.getMessage().contains("below the board limit"), e.getMessage());
    }

    @Test
    void aPipelineSharesItsIdlePowerOverTheStreamsInFlight() {
        Hardware lpu = TestChips.sramDataflow();
        Workload w = new Workload(TestChips.smallModel(), Precision.INT8, Precision.INT8, Precision.FP16, Precision.FP16, 1, 64, 64);
        Scenario one = TestChips.scenario(lpu, w).withChips(2);
        Result single = sim.run(one);
        assertEquals(2, single.parallelism().pipelineStages());
        StreamsView full = single.energy().otherStreams().orElseThrow();
        assertTrue(full.streams() >= 2);
        Result many = sim.run(one.withWorkload(w.withConcurrentStreams(full.streams())));
        // the other view is the run with that many streams, and back
        assertClose(many.energy().acceleratorJoulesPerOutputToken(), full.energy().acceleratorJoulesPerOutputToken());
        assertEquals(1, many.energy().otherStreams().orElseThrow().streams());
        assertClose(single.energy().acceleratorJoulesPerOutputToken(),
                many.energy().otherStreams().orElseThrow().energy().acceleratorJoulesPerOutputToken());
        // idle power for the same wall time is shared by more tokens; the work per token stays
        assertTrue(many.energy().idleJoulesPerToken() < single.energy().idleJoulesPerToken() * 0.75);
        assertClose(single.energy().computeJoulesPerToken(), many.energy().computeJoulesPerToken());
        assertTrue(many.energy().acceleratorJoulesPerOutputToken() < single.energy().acceleratorJoulesPerOutputToken());
    }

    @Test
    void aSingleChipHasNoOtherStreamCount() {
        Result r = sim.run(TestChips.scenario(TestChips.vonNeumann(),
                new Workload(TestChips.smallModel(), Precision.FP16, Precision.FP16, Precision.FP16, Precision.FP16, 4, 64, 64)));
        assertTrue(r.energy().otherStreams().isEmpty());
    }

    @Test
    void theWallPlugViewAddsTheHostShareAndTheBuildingsOverhead() {
        Result r = sim.run(TestChips.scenario(TestChips.vonNeumann(),
                new Workload(TestChips.smallModel(), Precision.FP16, Precision.FP16, Precision.FP16, Precision.FP16, 4, 64, 64)));
        Facility f = new Facility("f", "F", "", 0.6, 1.09, List.of("test"));
        assertClose(r.energy().acceleratorJoulesPerOutputToken() * 1.6 * 1.09, f.wallPlugJoulesPerToken(r.energy()));
        assertThrows(IllegalArgumentException.class, () -> new Facility("g", "G", "", 0.5, 0.9, List.of()));
    }
}
