package org.memwall.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.Calibration;
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
                67e12, 1e-12, org.memwall.core.model.UnitShape.SIMT_TENSOR_CORE, 132, 4, 4, 1.83e9, 0.7);
        List<MemoryLevel> memory = List.of(
                new MemoryLevel("L2", MemoryKind.ON_CHIP_SRAM, 50e6, 12e12, 1.0e-12, 100e-9, 0.8),
                new MemoryLevel("HBM3", MemoryKind.OFF_CHIP_DRAM, 80e9, 3.35e12, 7e-12, 500e-9, 0.8));
        return new Hardware("test-gpu", "Test GPU", ArchitectureFamily.VON_NEUMANN_HBM, 4, 814, compute, memory,
                new ChipLink(450e9, 2e-6, 10e-12), 700, OptionalDouble.of(30000),
                new Calibration(4e-6, 5e-3, 2, 0.9, 8), Optional.empty(), SOURCES);
    }

    static Hardware lpu() {
        ComputeSpec compute = new ComputeSpec(
                Map.of(Precision.FP16, 188e12, Precision.INT8, 750e12),
                Map.of(Precision.FP16, 0.5e-12, Precision.INT8, 0.25e-12),
                20e12, 1e-12, org.memwall.core.model.UnitShape.SYSTOLIC_ARRAY, 4, 320, 320, 0.9e9, 0.8);
        List<MemoryLevel> memory = List.of(
                new MemoryLevel("SRAM", MemoryKind.ON_CHIP_SRAM, 230e6, 80e12, 0.5e-12, 10e-9, 0.9));
        return new Hardware("test-lpu", "Test LPU", ArchitectureFamily.SRAM_DATAFLOW, 14, 725, compute, memory,
                new ChipLink(100e9, 1e-6, 10e-12), 215, OptionalDouble.of(20000),
                new Calibration(0, 1e-3, 0, 0.95, 8), Optional.empty(), SOURCES);
    }

    static Hardware cim() {
        ComputeSpec compute = new ComputeSpec(
                Map.of(Precision.INT8, 400e12, Precision.INT4, 800e12),
                Map.of(Precision.INT8, 0.05e-12, Precision.INT4, 0.03e-12),
                10e12, 1e-12, org.memwall.core.model.UnitShape.CIM_MACRO, 256, 256, 256, 1e9, 0.6);
        List<MemoryLevel> memory = List.of(
                new MemoryLevel("CIM arrays", MemoryKind.CIM_ARRAY, 256e6, 200e12, 0.05e-12, 5e-9, 0.9),
                new MemoryLevel("buffer", MemoryKind.ON_CHIP_SRAM, 16e6, 10e12, 0.5e-12, 10e-9, 0.9));
        return new Hardware("test-cim", "Test CIM", ArchitectureFamily.COMPUTE_IN_MEMORY, 12, 400, compute, memory,
                new ChipLink(50e9, 1e-6, 10e-12), 100, OptionalDouble.empty(),
                new Calibration(0, 1e-3, 0, 0.9, 8), Optional.of(new CimSpec(1, 8, 0, 0.8)), SOURCES);
    }

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
        return new Catalog(List.of(gpu(), lpu(), cim()), List.of(small(), large()), nodes(), java.util.Optional.empty(), List.of(), List.of());
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
