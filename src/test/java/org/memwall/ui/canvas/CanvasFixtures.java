package org.memwall.ui.canvas;

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
import org.memwall.core.model.UnitShape;
import org.memwall.core.scaling.NodeEntry;
import org.memwall.core.scaling.ProcessNodeTable;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.WorkloadDefaults;

/**
 * Chips and a model for canvas tests and the frame-rate benchmark, with datasheet-like figures
 * (H100 SXM, GroqChip1, an SRAM-CIM chip) so the pictures look like the real thing. Not presets:
 * calibration factors are round guesses, good enough to draw, not to quote.
 */
public final class CanvasFixtures {
    private CanvasFixtures() {
    }

    public static Hardware h100() {
        ComputeSpec c = new ComputeSpec(
                Map.of(Precision.FP16, 989.4e12, Precision.FP8, 1979e12, Precision.INT8, 1979e12),
                Map.of(Precision.FP16, 0.35e-12, Precision.FP8, 0.18e-12, Precision.INT8, 0.18e-12),
                67e12, 1e-12, UnitShape.SIMT_TENSOR_CORE, 132, 4, 4, 1.83e9);
        return new Hardware("h100-sxm", "NVIDIA H100 SXM", ArchitectureFamily.VON_NEUMANN_HBM, 4, 814, c,
                List.of(new MemoryLevel("L2", MemoryKind.ON_CHIP_SRAM, 50e6, 12e12, 0.1e-12, 0, 0.8),
                        new MemoryLevel("HBM3", MemoryKind.OFF_CHIP_DRAM, 80e9, 3.35e12, 3.9e-12, 0, 0.8)),
                new ChipLink(450e9, 2e-6, 8e-12), 700, OptionalDouble.of(30_000),
                8, "h100-stack", Optional.empty(), List.of("canvas test fixture"));
    }

    public static Hardware groq() {
        ComputeSpec c = new ComputeSpec(Map.of(Precision.FP16, 188e12, Precision.INT8, 750e12),
                Map.of(Precision.FP16, 0.6e-12, Precision.INT8, 0.3e-12),
                20e12, 1e-12, UnitShape.SYSTOLIC_ARRAY, 4, 320, 320, 0.9e9);
        return new Hardware("groq-lpu", "Groq LPU (GroqChip1)", ArchitectureFamily.SRAM_DATAFLOW, 14, 725, c,
                List.of(new MemoryLevel("SRAM", MemoryKind.ON_CHIP_SRAM, 230e6, 80e12, 0.3e-12, 0, 0.9)),
                new ChipLink(100e9, 0.6e-6, 10e-12), 215, OptionalDouble.of(20_000),
                8, "groq-stack", Optional.empty(), List.of("canvas test fixture"));
    }

    public static Hardware cim() {
        ComputeSpec c = new ComputeSpec(Map.of(Precision.INT8, 400e12), Map.of(Precision.INT8, 0.05e-12),
                10e12, 1e-12, UnitShape.CIM_MACRO, 1024, 256, 64, 0.5e9);
        return new Hardware("sram-cim", "SRAM-CIM accelerator", ArchitectureFamily.COMPUTE_IN_MEMORY, 16, 600, c,
                List.of(new MemoryLevel("Buffer", MemoryKind.ON_CHIP_SRAM, 16e6, 20e12, 0.2e-12, 0, 1.0),
                        new MemoryLevel("CIM arrays", MemoryKind.CIM_ARRAY, 512e6, 400e12, 0.02e-12, 0, 1.0)),
                new ChipLink(100e9, 0.6e-6, 10e-12), 120, OptionalDouble.empty(),
                1024, "cim-stack", Optional.of(new CimSpec(1, 8, 0.01e-12, 0.9)),
                List.of("canvas test fixture"));
    }

    public static TransformerModel llama2x70b() {
        return new TransformerModel("llama-2-70b", "Llama 2 70B", 80, 8192, 64, 8, 128, 28672, FfnKind.SWIGLU,
                32000, 1, 1, 4096, 70e9, List.of("canvas test fixture"));
    }

    public static TransformerModel llama2x7b() {
        return new TransformerModel("llama-2-7b", "Llama 2 7B", 32, 4096, 32, 32, 128, 11008, FfnKind.SWIGLU,
                32000, 1, 1, 4096, 6.7e9, List.of("canvas test fixture"));
    }

    public static ProcessNodeTable nodes() {
        return new ProcessNodeTable(List.of(
                new NodeEntry(4, "N4", 140, 0.021, 0.45, 1.2, List.of("fixture")),
                new NodeEntry(7, "N7", 91, 0.027, 0.6, 1.1, List.of("fixture")),
                new NodeEntry(16, "16 nm", 28, 0.074, 1.0, 1.0, List.of("fixture")),
                new NodeEntry(28, "28 nm", 14, 0.12, 1.8, 0.9, List.of("fixture"))));
    }

    /** The stacks the fixtures run on: round guesses like the chips' own figures. */
    public static org.memwall.core.stack.ServingStack stack(Hardware chip) {
        return switch (chip.family()) {
            case VON_NEUMANN_HBM -> org.memwall.core.TestStacks.of("h100-stack", 4e-6, 0, 2, 0.7, 1, 0.9);
            case SRAM_DATAFLOW -> org.memwall.core.TestStacks.of("groq-stack", 0, 0, 2, 0.8, 1, 0.9);
            case COMPUTE_IN_MEMORY -> org.memwall.core.TestStacks.of("cim-stack", 0, 0, 0, 0.8, 1, 0.9);
        };
    }

    /** One chip serving a model: weights fp16 (int8 on the CIM chip), batch 1, 512-token prompt, 256 generated. */
    public static Result run(Hardware chip, TransformerModel model) {
        Precision weights = chip.family() == ArchitectureFamily.COMPUTE_IN_MEMORY ? Precision.INT8 : Precision.FP16;
        return new Simulator(nodes()).run(Scenario.of(chip, stack(chip),
                WorkloadDefaults.workload(chip, model, weights, 1, 512, 256)));
    }
}
