package org.memwall.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.ChipLink;
import org.memwall.core.model.CimSpec;
import org.memwall.core.model.ComputeSpec;
import org.memwall.core.model.FfnKind;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.model.PowerSpec;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.model.UnitShape;
import org.memwall.core.scaling.NodeEntry;
import org.memwall.core.scaling.ProcessNodeTable;
import org.memwall.core.sim.Scenario;
import org.memwall.core.model.Workload;
import org.memwall.core.stack.ServingStack;

/**
 * Round-number chips and a small model, so tests can derive expected values by hand.
 * Not presets: their figures are chosen for arithmetic, not realism.
 */
public final class TestChips {
    private TestChips() {
    }

    /** 1e15 fp16 ops/s (the stack reaches 50%), 1e14 vector ops/s; 2e-13 J per matrix op. */
    public static ComputeSpec compute(UnitShape shape) {
        return new ComputeSpec(
                Map.of(Precision.FP16, 1e15, Precision.INT8, 2e15),
                Map.of(Precision.FP16, 2e-13, Precision.INT8, 1e-13),
                1e14, 1e-12, shape, 100, 4, 4, 1e9);
    }

    /**
     * The stack each test chip runs on: von Neumann 1 µs per kernel, 2 ms per request, 2 ops per
     * int8 weight, 50% of matrix peak; the dataflow chip no overheads, 50%; the CIM chip no
     * overheads, 100% (its arrays multiply at peak).
     */
    public static ServingStack stack(Hardware chip) {
        return switch (chip.family()) {
            case VON_NEUMANN_HBM -> TestStacks.of("test-gpu-stack", 1e-6, 2e-3, 2, 0.5, 1, 1);
            case SRAM_DATAFLOW -> TestStacks.of("test-lpu-stack", 0, 0, 2, 0.5, 1, 1);
            case COMPUTE_IN_MEMORY -> TestStacks.of("test-cim-stack", 0, 0, 0, 1, 1, 1);
        };
    }

    /** A scenario on the chip's test stack. */
    public static Scenario scenario(Hardware chip, Workload w) {
        return Scenario.of(chip, stack(chip), w);
    }

    /**
     * A von Neumann chip: 10 GB HBM at 1e12 B/s peak (50% sustained, 4 pJ/bit) behind 50 MB SRAM
     * at 1e14 B/s (100%, 0.1 pJ/bit); link 1e11 B/s, 1 µs per hop; up to 8 chips tensor-parallel;
     * board limit 500 W, 50 W idle, 150 W clocked, throttles; USD 10,000.
     */
    public static Hardware vonNeumann() {
        return new Hardware("test-gpu", "Test GPU", ArchitectureFamily.VON_NEUMANN_HBM, 5, 800,
                compute(UnitShape.SIMT_TENSOR_CORE),
                List.of(new MemoryLevel("SRAM", MemoryKind.ON_CHIP_SRAM, 50e6, 1e14, 0.1e-12, 0, 1.0),
                        new MemoryLevel("HBM", MemoryKind.OFF_CHIP_DRAM, 10e9, 1e12, 4e-12, 0, 0.5)),
                new ChipLink(1e11, 1e-6, 10e-12), new PowerSpec(500, 50, 0.3, 0, true, false), OptionalDouble.of(10_000),
                8, "test-gpu-stack", Optional.empty(), List.of("test fixture"));
    }

    /** An SRAM dataflow chip: 100 MB SRAM at 1e13 B/s (100%), no DRAM, no launch overhead, 0.5 µs per hop; 200 W limit, 40 W idle, 40 W clocked. */
    public static Hardware sramDataflow() {
        return new Hardware("test-lpu", "Test LPU", ArchitectureFamily.SRAM_DATAFLOW, 14, 700,
                compute(UnitShape.SYSTOLIC_ARRAY),
                List.of(new MemoryLevel("SRAM", MemoryKind.ON_CHIP_SRAM, 100e6, 1e13, 0.5e-12, 0, 1.0)),
                new ChipLink(1e11, 0.5e-6, 10e-12), new PowerSpec(200, 40, 0.2, 0, false, false), OptionalDouble.of(20_000),
                8, "test-lpu-stack", Optional.empty(), List.of("test fixture"));
    }

    /** A CIM chip: 200 MB of arrays (all usable), 8 MB SRAM buffer at 1e13 B/s; int8 native, 1e-14 J ADC per op; 100 W limit, 10 W idle, 10 W clocked. */
    public static Hardware cim() {
        ComputeSpec c = new ComputeSpec(Map.of(Precision.INT8, 1e15), Map.of(Precision.INT8, 1e-14),
                1e13, 1e-12, UnitShape.CIM_MACRO, 64, 256, 64, 5e8);
        return new Hardware("test-cim", "Test CIM", ArchitectureFamily.COMPUTE_IN_MEMORY, 22, 600, c,
                List.of(new MemoryLevel("Buffer", MemoryKind.ON_CHIP_SRAM, 8e6, 1e13, 0.2e-12, 0, 1.0),
                        new MemoryLevel("Arrays", MemoryKind.CIM_ARRAY, 200e6, 1e14, 0.05e-12, 0, 1.0)),
                new ChipLink(1e11, 0.5e-6, 10e-12), new PowerSpec(100, 10, 0.1, 0, false, false), OptionalDouble.empty(),
                8, "test-cim-stack", Optional.of(new CimSpec(1, 8, 1e-14, 1.0)), List.of("test fixture"));
    }

    /**
     * 2 layers, hidden 1024, 8 heads of 128 (no GQA), SwiGLU FFN 4096, vocab 1000.
     * Per layer: QKV 1024 x 24 x 128 = 3,145,728; output 1,048,576; FFN 3 x 1024 x 4096 = 12,582,912
     * parameters (16,777,216 in matrices). LM head 1,024,000.
     */
    public static TransformerModel smallModel() {
        return new TransformerModel("small", "Small", 2, 1024, 8, 8, 128, 4096, FfnKind.SWIGLU, 1000, 1, 1, 4096,
                0.035, List.of("test fixture"));
    }

    /** Two nodes a factor of two apart in every figure, for scaling arithmetic. */
    public static ProcessNodeTable nodes() {
        return new ProcessNodeTable(List.of(
                new NodeEntry(5, "N5", 200, 0.02, 0.5, 1.2, List.of("test")),
                new NodeEntry(10, "N10", 100, 0.04, 1.0, 1.0, List.of("test")),
                new NodeEntry(22, "N22", 25, 0.1, 2.5, 0.8, List.of("test"))));
    }
}
