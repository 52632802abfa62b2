package org.memwall.ui;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.memwall.core.TestChips;
import org.memwall.core.model.FfnKind;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.model.Workload;
import org.memwall.core.scaling.GrowthTrend;
import org.memwall.core.scaling.MemoryWallTrends;
import org.memwall.core.sim.Fidelity;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.WorkloadDefaults;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.ExplorerViewModel;

/** Test chips from the core's fixtures, a model too big for one of them, and the scenario a test expects. */
public final class UiFixtures {
    private UiFixtures() {
    }

    public static final List<Hardware> CHIPS = List.of(TestChips.vonNeumann(), TestChips.sramDataflow(), TestChips.cim());

    /** 32 layers of hidden 4096: about 6.5e9 parameters, 13 GB at fp16, more than the test GPU's 10 GB. */
    public static TransformerModel bigModel() {
        return new TransformerModel("big", "Big", 32, 4096, 32, 8, 128, 11008, FfnKind.SWIGLU, 32000, 1, 1, 4096,
                6.7e9, List.of("test fixture"));
    }

    /** Compute 3.0x, memory bandwidth 1.6x, interconnect 1.4x every two years, 2003 to 2023. */
    public static final MemoryWallTrends TRENDS = new MemoryWallTrends(2003, 2023,
            new GrowthTrend("compute", 3.0, List.of("test fixture")),
            new GrowthTrend("memory bandwidth", 1.6, List.of("test fixture")),
            new GrowthTrend("interconnect", 1.4, List.of("test fixture")));

    public static final List<org.memwall.core.stack.ServingStack> STACKS = CHIPS.stream().map(TestChips::stack).toList();

    public static final List<TransformerModel> MODELS = List.of(TestChips.smallModel(), bigModel());

    public static Simulator simulator() {
        return new Simulator(TestChips.nodes());
    }

    public static ExplorerSettings settings() {
        return new ExplorerSettings("test-gpu", List.of(), "small", OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), 1, 1024, 128, Precision.FP16, 0);
    }

    public static ExplorerViewModel viewModel() {
        return new ExplorerViewModel(simulator(), org.memwall.core.sim.FidelityTable.empty(), CHIPS, MODELS, STACKS, Optional.of(TRENDS), settings());
    }

    /**
     * What the core computes for the main chip at these settings, built here by hand from the
     * settings' fields so a test does not trust the view model's own scenario building.
     */
    public static Result expected(ExplorerSettings s) {
        Hardware chip = CHIPS.stream().filter(h -> h.id().equals(s.hardwareId())).findFirst().orElseThrow();
        TransformerModel model = MODELS.stream().filter(m -> m.id().equals(s.modelId())).findFirst().orElseThrow();
        int output = s.outputTokens() < s.contextTokens() ? s.outputTokens() : Math.max(1, s.contextTokens() / 2);
        Workload w = WorkloadDefaults.workload(chip, model, s.weightPrecision(), s.batch(), s.contextTokens() - output, output);
        Scenario scenario = new Scenario(chip, TestChips.stack(chip), w, Math.min(s.chips(), Simulator.maxChips(chip, model)), s.processNodeNm(),
                chip.level(MemoryKind.OFF_CHIP_DRAM).isPresent() ? s.hbmBandwidthBytesPerSecond() : OptionalDouble.empty(),
                chip.level(MemoryKind.ON_CHIP_SRAM).isPresent() ? s.sramBandwidthBytesPerSecond() : OptionalDouble.empty());
        return simulator().run(scenario);
    }

    /** A compared chip runs as its preset, on the same model, batch, context and precision. */
    public static Result expectedCompared(ExplorerSettings s, String hardwareId) {
        ExplorerSettings plain = new ExplorerSettings(hardwareId, List.of(), s.modelId(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalDouble.empty(), s.batch(), s.contextTokens(), s.outputTokens(),
                s.weightPrecision(), 0);
        return expected(plain);
    }
}
