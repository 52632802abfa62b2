package org.memwall.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.memwall.core.TestChips;
import org.memwall.core.arch.Architecture;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.ChipLink;
import org.memwall.core.model.ComputeSpec;
import org.memwall.core.model.FfnKind;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.model.UnitShape;
import org.memwall.core.model.Workload;
import org.memwall.core.stack.ServingStack;
import org.memwall.core.stack.StackCalibration;

/**
 * Mixture-of-experts products: an expert's share of the tokens is a count, and an fp8 build's
 * experts run in fp8 through the stack's grouped expert kernel.
 */
class ExpertKernelTest {
    private final Simulator sim = new Simulator(TestChips.nodes());

    private static void assertClose(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * 1e-9, () -> "expected " + expected + " got " + actual);
    }

    /**
     * 4 layers, hidden 1024, 16 heads of 64 (4 KV heads), SwiGLU experts of width 800, 8 experts,
     * 2 per token. One expert: 3 x 1024 x 800 = 2,457,600 parameters; router 1024 x 8 = 8,192.
     * The experts' gate/up product has 2 x 800 columns each, 12,800 for the eight: exactly 100
     * tiles of 128 columns, one wave on the test chip's 100 units.
     */
    private static TransformerModel experts() {
        return new TransformerModel("moe-800", "MoE 800", 4, 1024, 16, 4, 64, 800, FfnKind.SWIGLU, 2000, 8, 2, 8192,
                0.1, List.of("test fixture"));
    }

    /** The test GPU with an fp8 rate too: fp16 1e15, fp8 and int8 2e15 ops/s, 100 units. */
    private static Hardware fp8Gpu() {
        Hardware g = TestChips.vonNeumann();
        ComputeSpec c = new ComputeSpec(Map.of(Precision.FP16, 1e15, Precision.FP8, 2e15, Precision.INT8, 2e15),
                Map.of(Precision.FP16, 2e-13, Precision.FP8, 1e-13, Precision.INT8, 1e-13),
                1e14, 1e-12, UnitShape.SIMT_TENSOR_CORE, 100, 4, 4, 1e9);
        return new Hardware("test-gpu-fp8", "Test GPU fp8", ArchitectureFamily.VON_NEUMANN_HBM, 5, 800, c,
                List.of(new MemoryLevel("SRAM", MemoryKind.ON_CHIP_SRAM, 50e6, 1e14, 0.1e-12, 0, 1.0),
                        new MemoryLevel("HBM", MemoryKind.OFF_CHIP_DRAM, 10e9, 1e12, 4e-12, 0, 0.5)),
                new ChipLink(1e11, 1e-6, 10e-12), 500, OptionalDouble.of(10_000), 8, "test-gpu-stack",
                Optional.empty(), List.of("test fixture"));
    }

    /** 50% of the matrix peak in every format, 128 x 128 tiles (16-row tiles at the least), no split-K. */
    private static ServingStack tiledStack(double fp8ExpertsFraction) {
        return new ServingStack("tiled", "Tiled test stack", "a test fixture", false,
                new ServingStack.Overheads(0, 0, 0),
                new ServingStack.Efficiency(1, Map.of(Precision.FP16, 0.5), 1, 0.5, 0),
                new ServingStack.GemmTiling(128, 128, 16, false),
                new ServingStack.AllReduce(ServingStack.Algorithm.RING, 0),
                Map.of(), new ServingStack.MixtureOfExperts(fp8ExpertsFraction),
                new ServingStack.MemoryBudget(false, 1), StackCalibration.none(), List.of("test fixture"));
    }

    private static Workload workload(Precision format, int prompt) {
        return new Workload(experts(), format, format, Precision.FP16, Precision.FP16, 1, prompt, 1);
    }

    @Test
    void anExpertsShareOfTheTokensTakesTheTilesItsCountNeeds() {
        Hardware gpu = TestChips.vonNeumann();
        Workload w = workload(Precision.FP16, 128);
        RunContext c = new RunContext(gpu, Architecture.of(gpu), tiledStack(1), w, new Parallelism(1, 1, 1, 1));
        // 128 tokens x 2 experts / 8(1 - 0.75^128) experts touched: 32 rows each, which floating
        // point gives as 32.000000000000004. 32 rows fill one 32-row tile; 12,800 columns are 100
        // tiles, one wave over 100 units: 32 x 12,800 / (1 x 100 x 32 x 128) = 1
        double rows = 128 * 2 / (8 * (1 - Math.pow(0.75, 128)));
        assertEquals(1.0, KernelTimer.waveEfficiency(c, rows, 12_800, 1024), 1e-12);
        // 33 rows do need a 64-row tile: 33 x 12,800 / (100 x 64 x 128) = 0.515625
        assertEquals(0.515625, KernelTimer.waveEfficiency(c, 33, 12_800, 1024), 1e-12);

        // the whole prefill's experts: 2 x 128 tokens x (2 x 2,457,600 + 8,192) = 1,260,388,352 ops
        // at 1e15 x 0.5 x 1 (no tile lost) = 2.520776704 us
        Result r = sim.run(Scenario.of(gpu, tiledStack(1), w).withChips(1));
        OperatorResult ffn = r.prefill().operator(Operator.FFN);
        assertClose(1_260_388_352.0, ffn.matrixOps());
        assertClose(1_260_388_352.0 / 5e14, ffn.computeSeconds());
    }

    @Test
    void anFp8BuildsExpertsComputeInFp8AtTheStacksExpertShare() {
        Hardware gpu = fp8Gpu();
        // prompt 256: 8(1 - 0.75^512) = 8 experts touched exactly, 64 rows each (a 64-row tile, one wave)
        Result fp8 = sim.run(Scenario.of(gpu, tiledStack(0.25), workload(Precision.FP8, 256)).withChips(1));
        OperatorResult ffn = fp8.prefill().operator(Operator.FFN);
        // ops: 2 x 256 x (2 x 2,457,600 + 8,192) = 2,520,776,704
        // rate: fp8 peak 2e15 x the stack's 0.5 x its fp8 expert share 0.25 = 2.5e14 ops/s -> 10.083106816 us
        assertClose(2_520_776_704.0, ffn.matrixOps());
        assertClose(2_520_776_704.0 / 2.5e14, ffn.computeSeconds());
        // weights stay fp8, one byte each: 8 x 2,457,600 + 8,192 = 19,668,992 B of HBM per layer
        assertClose(19_668_992, ffn.bytesByLevel().get("HBM"));

        // a 16-bit build's experts run at the dense rate: 2,520,776,704 / (1e15 x 0.5) = 5.041553408 us,
        // reading two bytes a weight
        Result fp16 = sim.run(Scenario.of(gpu, tiledStack(0.25), workload(Precision.FP16, 256)).withChips(1));
        OperatorResult ffn16 = fp16.prefill().operator(Operator.FFN);
        assertClose(2_520_776_704.0 / 5e14, ffn16.computeSeconds());
        assertClose(2 * 19_668_992, ffn16.bytesByLevel().get("HBM"));

        // the metrics-only path times the same kernels
        Metrics m = sim.metrics(Scenario.of(gpu, tiledStack(0.25), workload(Precision.FP8, 256)).withChips(1));
        assertClose(fp8.timeToFirstTokenSeconds(), m.timeToFirstTokenSeconds());
    }
}
