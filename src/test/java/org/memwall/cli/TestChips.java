package org.memwall.cli;

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
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.scaling.NodeEntry;
import org.memwall.core.scaling.ProcessNodeTable;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.Metric;

/**
 * Chips, models and nodes for the command-line tests, shaped like the shipped presets (datasheet
 * figures from the project's reference folder) but owned by the tests, so a preset edit does not
 * move them. Tests compare the command's output with the simulator's on these, never with
 * numbers written here.
 */
final class TestChips {
    private TestChips() {
    }

    static final List<String> SOURCES = List.of("test fixture");

    static Hardware gpu() {
        ComputeSpec compute = new ComputeSpec(
                Map.of(Precision.FP16, 989.4e12, Precision.FP8, 1979e12, Precision.INT8, 1979e12),
                Map.of(Precision.FP16, 0.35e-12, Precision.FP8, 0.2e-12, Precision.INT8, 0.2e-12),
                67e12, 1e-12, org.memwall.core.model.UnitShape.SIMT_TENSOR_CORE, 132, 4, 4, 1.83e9);
        List<MemoryLevel> memory = List.of(
                new MemoryLevel("L2", MemoryKind.ON_CHIP_SRAM, 50e6, 12e12, 1.0e-12, 100e-9, 0.8),
                new MemoryLevel("HBM3", MemoryKind.OFF_CHIP_DRAM, 80e9, 3.35e12, 7e-12, 500e-9, 0.8));
        return new Hardware("test-gpu", "Test GPU", ArchitectureFamily.VON_NEUMANN_HBM, 4, 814, compute, memory,
                new ChipLink(450e9, 2e-6, 10e-12), 700, OptionalDouble.of(30000),
                8, "test-gpu-stack", Optional.empty(), SOURCES);
    }

    static Hardware lpu() {
        ComputeSpec compute = new ComputeSpec(
                Map.of(Precision.FP16, 188e12, Precision.INT8, 750e12),
                Map.of(Precision.FP16, 0.5e-12, Precision.INT8, 0.25e-12),
                20e12, 1e-12, org.memwall.core.model.UnitShape.SYSTOLIC_ARRAY, 4, 320, 320, 0.9e9);
        List<MemoryLevel> memory = List.of(
                new MemoryLevel("SRAM", MemoryKind.ON_CHIP_SRAM, 230e6, 80e12, 0.5e-12, 10e-9, 0.9));
        return new Hardware("test-lpu", "Test LPU", ArchitectureFamily.SRAM_DATAFLOW, 14, 725, compute, memory,
                new ChipLink(100e9, 1e-6, 10e-12), 215, OptionalDouble.of(20000),
                8, "test-lpu-stack", Optional.empty(), SOURCES);
    }

    static Hardware cim() {
        ComputeSpec compute = new ComputeSpec(
                Map.of(Precision.INT8, 400e12, Precision.INT4, 800e12),
                Map.of(Precision.INT8, 0.05e-12, Precision.INT4, 0.03e-12),
                10e12, 1e-12, org.memwall.core.model.UnitShape.CIM_MACRO, 256, 256, 256, 1e9);
        List<MemoryLevel> memory = List.of(
                new MemoryLevel("CIM arrays", MemoryKind.CIM_ARRAY, 256e6, 200e12, 0.05e-12, 5e-9, 0.9),
                new MemoryLevel("buffer", MemoryKind.ON_CHIP_SRAM, 16e6, 10e12, 0.5e-12, 10e-9, 0.9));
        return new Hardware("test-cim", "Test CIM", ArchitectureFamily.COMPUTE_IN_MEMORY, 12, 400, compute, memory,
                new ChipLink(50e9, 1e-6, 10e-12), 100, OptionalDouble.empty(),
                8, "test-cim-stack", Optional.of(new CimSpec(1, 8, 0, 0.8)), SOURCES);
    }

    /** The chips' stacks: the GPU 4 µs per kernel, 5 ms per request, 70% of matrix peak; the LPU 80%; the CIM chip 60%. */
    static List<org.memwall.core.stack.ServingStack> stacks() {
        return List.of(
                org.memwall.core.TestStacks.of("test-gpu-stack", 4e-6, 5e-3, 2, 0.7, 1, 0.9),
                org.memwall.core.TestStacks.of("test-lpu-stack", 0, 1e-3, 0, 0.8, 1, 0.95),
                org.memwall.core.TestStacks.of("test-cim-stack", 0, 1e-3, 0, 0.6, 1, 0.9));
    }

    /** A scenario on the chip's fixture stack. */
    static org.memwall.core.sim.Scenario scenario(Hardware chip, org.memwall.core.model.Workload w) {
        return org.memwall.core.sim.Scenario.of(chip, stacks().stream().filter(st -> st.id().equals(chip.defaultStack()))
                .findFirst().orElseThrow(), w);
    }

    /** What the fixture catalog's fidelity table says for the GPU on its stack: a figure to find in the output. */
    static final org.memwall.core.sim.Fidelity GPU_FIDELITY = org.memwall.core.sim.Fidelity.crossValidated(0.12, 5);

    static TransformerModel small() {
        return new TransformerModel("test-7b", "Test 7B", 32, 4096, 32, 32, 128, 11008, FfnKind.SWIGLU, 32000,
                1, 1, 4096, 6.74e9, SOURCES);
    }

    static TransformerModel large() {
        return new TransformerModel("test-70b", "Test 70B", 80, 8192, 64, 8, 128, 28672, FfnKind.SWIGLU, 32000,
                1, 1, 4096, 69e9, SOURCES);
    }

    static ProcessNodeTable nodes() {
        return new ProcessNodeTable(List.of(
                new NodeEntry(28, "28 nm", 15, 0.127, 2.6, 0.6, SOURCES),
                new NodeEntry(14, "14 nm", 30, 0.064, 1.6, 0.8, SOURCES),
                new NodeEntry(12, "12 nm", 33, 0.064, 1.5, 0.82, SOURCES),
                new NodeEntry(7, "7 nm", 91, 0.027, 1.0, 1.0, SOURCES),
                new NodeEntry(5, "5 nm", 138, 0.021, 0.8, 1.1, SOURCES),
                new NodeEntry(4, "4 nm", 143, 0.021, 0.75, 1.12, SOURCES),
                new NodeEntry(3, "3 nm", 197, 0.0199, 0.65, 1.15, SOURCES)));
    }

    static Catalog catalog() {
        return new Catalog(List.of(gpu(), lpu(), cim()), List.of(small(), large()), stacks(), nodes(), java.util.Optional.empty(),
                new org.memwall.core.sim.FidelityTable(java.util.Map.of(new org.memwall.core.sim.ValidationReport.Group(
                        ArchitectureFamily.VON_NEUMANN_HBM, "test-gpu-stack"), GPU_FIDELITY)), List.of(), List.of());
    }

    static List<Measurement> measurements() {
        return List.of(
                new Measurement("t-1", "test-gpu", "test-7b", 1, 1, 5, 200, Precision.FP16,
                        Metric.DECODE_TOKENS_PER_SECOND_PER_USER, 150, "tok/s", "", "fixture"),
                new Measurement("t-2", "test-gpu", "test-70b", 8, 1, 5, 200, Precision.FP16,
                        Metric.DECODE_TOKENS_PER_SECOND_PER_USER, 60, "tok/s", "", "fixture"),
                new Measurement("t-3", "test-lpu", "test-70b", 576, 1, 550, 150, Precision.INT8,
                        Metric.DECODE_TOKENS_PER_SECOND_PER_USER, 300, "tok/s", "", "fixture"),
                new Measurement("t-4", "test-gpu", "test-7b", 1, 1, 128, 1, Precision.FP8,
                        Metric.TTFT_SECONDS, 0.007, "s", "", "fixture"));
    }
}
