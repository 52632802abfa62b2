package org.memwall.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.memwall.core.TestChips;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.Precision;
import org.memwall.core.model.Workload;
import org.memwall.core.trace.Payload;
import org.memwall.core.trace.Trace;
import org.memwall.core.trace.TransferEvent;

class SimulatorTest {
    private final Simulator sim = new Simulator(TestChips.nodes());

    private static Workload fp16(int batch, int prompt, int output) {
        return new Workload(TestChips.smallModel(), Precision.FP16, Precision.FP16, Precision.FP16, Precision.FP16,
                batch, prompt, output);
    }

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-9, () -> "expected " + expected + " got " + actual);
    }

    @Test
    void decodeOnOneChipBoundByHbmTakesWeightBytesOverAchievableBandwidthPlusLaunches() {
        Result r = sim.run(TestChips.scenario(TestChips.vonNeumann(), fp16(1, 100, 200)));
        // HBM bytes in one decode step (batch 1, mean context 100 + 200/2 = 200):
        //   matrices   2 layers x 16,777,216 params x 2 B          = 67,108,864
        //   norms      2 layers x 2 x 1024 x 2 B + final 1024 x 2  =     10,240
        //   LM head    1,024,000 x 2 B                             =  2,048,000
        //   KV cache   2 layers x (200 x 4096 B read + 4096 write) =  1,646,592
        //   total                                                  = 70,813,696
        double hbmBytes = 70_813_696;
        assertClose(hbmBytes, r.decode().bytesByLevelAllChips().get("HBM"));
        // 70,813,696 B / (1e12 B/s x 0.5 sustained x 1.0 the stack reaches) = 141.627392 us, plus 16 kernels
        // x 1 us: per layer the two norms, QKV, attention, output projection and the FFN's two (gate/up, down),
        // then the final norm and the LM head
        assertClose(141.627392e-6 + 16e-6, r.secondsPerToken());
        assertClose(1 / (157.627392e-6), r.tokensPerSecondPerUser());
        assertEquals(Bound.MEMORY, r.bound());
        assertEquals("HBM", r.decode().operator(Operator.FFN).boundLevel());
        // HBM energy per output token: every byte the request moves (the prefill pass, then 200 steps
        // of 70,813,696 B) x 8 bit x 4 pJ, over the 200 tokens it generates; one step alone is
        // 70,813,696 x 8 x 4e-12 = 2.26603827e-3 J
        double prefillHbm = r.prefill().bytesByLevelAllChips().get("HBM");
        assertClose((prefillHbm + 200 * 70_813_696.0) * 8 * 4e-12 / 200, r.energy().byLevelJoulesPerToken().get("HBM"));
        assertEquals(1, r.chipsNeeded());
        assertTrue(r.fits());
    }

    @Test
    void prefillProjectionOfALongPromptIsComputeBound() {
        Result r = sim.run(TestChips.scenario(TestChips.vonNeumann(), fp16(1, 4096, 16)));
        OperatorResult qkv = r.prefill().operator(Operator.QKV_PROJECTION);
        // 2 x 4096 tokens x 3,145,728 params = 25,769,803,776 ops at 1e15 x 0.5 = 51.539607552 us,
        // against 6,291,456 weight bytes / 5e11 B/s = 12.6 us of HBM traffic
        assertClose(25_769_803_776.0, qkv.matrixOps());
        assertEquals(Bound.COMPUTE, qkv.bound());
        assertClose(51.539607552e-6 + 1e-6, qkv.seconds());
        // time to first token = 2 ms request overhead + the prefill pass
        assertClose(2e-3 + r.prefill().stepSeconds(), r.timeToFirstTokenSeconds());
    }

    @Test
    void tensorParallelSplitsWeightsAndAddsRingAllReduces() {
        Result r = sim.run(TestChips.scenario(TestChips.vonNeumann(), fp16(1, 100, 200)).withChips(4));
        assertEquals(4, r.parallelism().tensorParallel());
        assertEquals(1, r.parallelism().pipelineStages());
        // each chip reads a quarter of the QKV weights: 3,145,728 x 2 B / 4 = 1,572,864 B
        assertClose(1_572_864, r.decode().operator(Operator.QKV_PROJECTION).bytes("HBM"));
        OperatorResult ar = r.decode().operator(Operator.ATTENTION_ALL_REDUCE);
        // ring all-reduce of 1024 x 2 B: 2 x 3/4 x 2048 B = 3072 B per chip at 1e11 B/s = 30.72 ns,
        // plus 2 x 3 hops x 1 us and 1 us launch
        assertClose(3072, ar.linkBytes());
        assertClose(30.72e-9 + 6e-6 + 1e-6, ar.seconds());
        assertEquals(Bound.LATENCY, ar.bound());
        // link bytes, all chips, one step: 2 all-reduces x 2 layers x 4 chips x 3072 B
        assertClose(2 * 2 * 4 * 3072, r.decode().linkBytesAllChips());
    }

    @Test
    void sramDataflowSpreadsLayersOverTheChipsItNeedsAndHopsBetweenThem() {
        Result r = sim.run(TestChips.scenario(TestChips.sramDataflow(), fp16(16, 100, 200)));
        // weights: (2 x 16,779,264 + 1,024,000 + 1024 + 1,024,000) params x 2 B = 71,215,104 B
        // KV: 16 x 300 tokens x (2 x 2 x 8 x 128) x 2 B = 39,321,600 B; sum 110,536,704 B > 100 MB
        assertEquals(2, r.chipsNeeded());
        assertEquals(2, r.parallelism().pipelineStages());
        OperatorResult hop = r.decode().operator(Operator.PIPELINE_HOP);
        // 16 tokens x 1024 x 2 B = 32,768 B at 1e11 B/s = 0.32768 us, plus 0.5 us per hop, no launch
        assertClose(32_768, hop.linkBytes());
        assertClose(0.32768e-6 + 0.5e-6, hop.seconds());
        assertTrue(r.hardware().level(org.memwall.core.model.MemoryKind.OFF_CHIP_DRAM).isEmpty());
    }

    @Test
    void computeInMemoryMovesNoWeights() {
        Workload int8 = new Workload(TestChips.smallModel(), Precision.INT8, Precision.INT8, Precision.FP16,
                Precision.FP16, 1, 100, 200);
        Result r = sim.run(TestChips.scenario(TestChips.cim(), int8));
        for (Trace t : new Trace[] {r.decodeTrace(), r.prefillTrace()}) {
            assertTrue(t.events().stream().noneMatch(e -> e instanceof TransferEvent te && te.payload() == Payload.WEIGHTS));
        }
        OperatorResult qkv = r.decode().operator(Operator.QKV_PROJECTION);
        // only activations: in 1024 + out 3072 values x 2 B = 8192 B through the arrays and the buffer
        assertClose(8192, qkv.bytes("Arrays"));
        assertClose(8192, qkv.bytes("Buffer"));
        // 2 x 3,145,728 ops at the int8 array peak 1e15 = 6.291456 ns
        assertClose(6.291456e-9, qkv.computeSeconds());
    }

    @Test
    void tooFewChipsSaysHowManyAreNeeded() {
        Result r = sim.run(TestChips.scenario(TestChips.sramDataflow(), fp16(16, 100, 200)).withChips(1));
        assertFalse(r.fits());
        assertTrue(r.fitMessage().contains("needs at least 2 chips"), r.fitMessage());
    }

    @Test
    void hbmSliderChangesOnlyOffChipBandwidth() {
        Hardware lpu = TestChips.sramDataflow();
        Scenario s = TestChips.scenario(lpu, fp16(1, 100, 200)).withDramBandwidth(2e12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sim.run(s));
        assertTrue(e.getMessage().contains("no off-chip DRAM"), e.getMessage());

        Result fast = sim.run(TestChips.scenario(TestChips.vonNeumann(), fp16(1, 100, 200)).withDramBandwidth(2e12));
        // twice the HBM bandwidth: 70,813,696 B / (2e12 x 0.5) = 70.813696 us + 16 us of launches
        assertClose(70.813696e-6 + 16e-6, fast.secondsPerToken());
    }

    @Test
    void traceBytesOfOneLayerEqualTheResultsLayerBytesForEveryFamily() {
        Workload w = fp16(4, 128, 64);
        for (Hardware chip : new Hardware[] {TestChips.vonNeumann(), TestChips.sramDataflow(), TestChips.cim()}) {
            for (int chips : new int[] {0, 3}) {
                Result r = sim.run(TestChips.scenario(chip, w).withChips(chips));
                for (PhaseResult p : new PhaseResult[] {r.decode(), r.prefill()}) {
                    Trace t = p.phase() == Phase.DECODE ? r.decodeTrace() : r.prefillTrace();
                    p.layerBytesByLevel().forEach((level, bytes) -> assertEquals(bytes, t.totalBytes(level),
                            bytes * 1e-12, chip.id() + " " + p.phase() + " " + level));
                    assertEquals(p.layerLinkBytes(), t.totalBytes(Trace.LINK), p.layerLinkBytes() * 1e-12);
                }
            }
        }
    }

    @Test
    void weightOnlyQuantisationAddsItsConversionAfterTheWeightStream() {
        Workload int8 = new Workload(TestChips.smallModel(), Precision.INT8, Precision.FP16, Precision.FP16,
                Precision.FP16, 1, 100, 200);
        OperatorResult qkv = sim.run(TestChips.scenario(TestChips.vonNeumann(), int8)).decode().operator(Operator.QKV_PROJECTION);
        // 3,145,728 int8 weights = 3,145,728 B over 5e11 B/s = 6.291456 us of HBM traffic;
        // 2 conversion ops per weight at 1e14 vector ops/s = 62.91456 ns, serial; 1 us launch
        assertClose(3_145_728, qkv.bytes("HBM"));
        assertClose(62.91456e-9, qkv.dequantSeconds());
        assertClose(6.291456e-6 + 62.91456e-9 + 1e-6, qkv.seconds());
        assertEquals(Bound.MEMORY, qkv.bound());

        // the trace shows the conversion as compute after the weights have arrived
        Result r = sim.run(TestChips.scenario(TestChips.vonNeumann(), int8));
        org.memwall.core.trace.ComputeEvent convert = r.decodeTrace().events().stream()
                .filter(e -> e instanceof org.memwall.core.trace.ComputeEvent ce && ce.operator() == Operator.QKV_PROJECTION
                        && ce.utilisation() == 0)
                .map(org.memwall.core.trace.ComputeEvent.class::cast).findFirst().orElseThrow();
        assertClose(3_145_728 * 2, convert.ops());
        assertClose(62.91456e-9, convert.durationSeconds());
        double qkvEnd = r.decodeTrace().events().stream().filter(e -> e.operator() == Operator.QKV_PROJECTION)
                .mapToDouble(org.memwall.core.trace.TraceEvent::endSeconds).max().orElseThrow();
        assertClose(qkvEnd, convert.endSeconds());
    }
}
