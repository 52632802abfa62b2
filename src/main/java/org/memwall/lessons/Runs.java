package org.memwall.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.memwall.core.model.ArchitectureFamily;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.model.Workload;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.WorkloadDefaults;
import org.memwall.core.stack.ServingStack;

/**
 * Turns settings into core scenarios the way the window does: the sliders change the main chip
 * only, the compared chips run as their presets describe them on the same model and workload.
 * The window and the {@code lessons} command both build their runs here, so a verdict on screen
 * and the one the command prints come from the same numbers.
 */
public final class Runs {
    private Runs() {
    }

    /** Streams in flight mean something for a pipeline of chips only; a GPU serves its batch. */
    public static boolean pipelines(Hardware chip) {
        return chip.family() == ArchitectureFamily.SRAM_DATAFLOW || chip.family() == ArchitectureFamily.COMPUTE_IN_MEMORY;
    }

    /**
     * One chip's scenario.
     *
     * @param streams  sequences in flight through the chips; applied to pipelines of chips only
     * @param mainChip whether the chip count and slider values apply (they do to the main chip only);
     *                 a chip count past the most the model can be split over uses that many
     */
    public static Scenario scenario(Hardware chip, ServingStack stack, TransformerModel model, Precision weights, int batch,
                                    int prompt, int generated, int streams, boolean mainChip, int chips,
                                    OptionalDouble processNodeNm, OptionalDouble hbmBytesPerSecond,
                                    OptionalDouble sramBytesPerSecond) {
        Workload workload = WorkloadDefaults.workload(chip, model, weights, batch, prompt, generated)
                .withConcurrentStreams(pipelines(chip) ? streams : 1);
        Scenario scenario = Scenario.of(chip, stack, workload);
        if (!mainChip) {
            return scenario;
        }
        scenario = scenario.withChips(Math.min(chips, Simulator.maxChips(chip, model)));
        if (processNodeNm.isPresent()) {
            scenario = scenario.withProcessNode(processNodeNm.getAsDouble());
        }
        if (hbmBytesPerSecond.isPresent() && chip.level(MemoryKind.OFF_CHIP_DRAM).isPresent()) {
            scenario = scenario.withDramBandwidth(hbmBytesPerSecond.getAsDouble());
        }
        if (sramBytesPerSecond.isPresent() && chip.level(MemoryKind.ON_CHIP_SRAM).isPresent()) {
            scenario = scenario.withSramBandwidth(sramBytesPerSecond.getAsDouble());
        }
        return scenario;
    }

    /**
     * The results of the main chip and the compared chips the window shows.
     *
     * @throws IllegalArgumentException naming what cannot run: an unknown chip, model or stack, a
     *                                  context longer than the model's, a setting the core refuses
     */
    public static List<Result> results(Setup s, Probe probe) {
        TransformerModel model = probe.model(s.modelId())
                .orElseThrow(() -> new IllegalArgumentException("no model preset '" + s.modelId() + "'"));
        if (s.contextTokens() > model.maxContext()) {
            throw new IllegalArgumentException(model.name() + " attends to " + model.maxContext()
                    + " tokens, the context is " + s.contextTokens());
        }
        List<String> ids = new ArrayList<>();
        ids.add(s.hardwareId());
        ids.addAll(s.shownCompareIds());
        List<Result> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Hardware chip = probe.hardware(id).orElseThrow(() -> new IllegalArgumentException("no hardware preset '" + id + "'"));
            boolean main = i == 0;
            ServingStack stack = probe.stackFor(chip, main ? s.stackId() : java.util.Optional.empty());
            out.add(probe.run(scenario(chip, stack, model, s.weightPrecision(), s.batch(), s.promptTokens(), s.generatedTokens(),
                    s.concurrentStreams(), main, s.chips(), s.processNodeNm(), s.hbmBandwidthBytesPerSecond(),
                    s.sramBandwidthBytesPerSecond())));
        }
        return out;
    }
}
