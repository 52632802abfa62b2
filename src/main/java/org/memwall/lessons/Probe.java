package org.memwall.lessons;

import java.util.List;
import java.util.Optional;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.scaling.ProcessNodeTable;
import org.memwall.core.sim.Measurement;
import org.memwall.core.sim.Metric;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Simulator;
import org.memwall.core.stack.ServingStack;

/**
 * The extra core runs a claim may make beyond the results on screen (a node sweep, a batch or
 * stream search, a chip the window cannot show), and the presets it may look up. Extra runs give
 * the core's numbers without a trace.
 *
 * @param published published measured runs a claim may quote (the shipped measurements, scored
 *                  ones first, then the unscored vendor claims)
 */
public record Probe(Simulator simulator, List<Hardware> hardware, List<TransformerModel> models, List<ServingStack> stacks,
                    List<Measurement> published) {
    public Probe {
        hardware = List.copyOf(hardware);
        models = List.copyOf(models);
        stacks = List.copyOf(stacks);
        published = List.copyOf(published);
    }

    /** A probe that knows no published runs. */
    public Probe(Simulator simulator, List<Hardware> hardware, List<TransformerModel> models, List<ServingStack> stacks) {
        this(simulator, hardware, models, stacks, List.of());
    }

    /** The first published run of a chip preset and a model preset with this metric, at one sequence or an unknown batch. */
    public Optional<Measurement> published(String hardwareId, String modelId, Metric metric) {
        return published.stream()
                .filter(m -> m.hardwareId().equals(hardwareId) && m.modelId().equals(modelId) && m.metric() == metric
                        && m.batch() <= 1)
                .findFirst();
    }

    /** The core's numbers for a scenario (no trace or roofline: what a claim reads). */
    public Result run(Scenario scenario) {
        return simulator.numbers(scenario);
    }

    public ProcessNodeTable nodes() {
        return simulator.nodes();
    }

    public Optional<Hardware> hardware(String id) {
        return hardware.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    public Optional<TransformerModel> model(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<ServingStack> stack(String id) {
        return stacks.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The serving software a chip runs: the one asked for if it is loaded, else the chip's usual one.
     *
     * @throws IllegalArgumentException when neither is loaded
     */
    public ServingStack stackFor(Hardware chip, Optional<String> asked) {
        return asked.flatMap(this::stack).or(() -> stack(chip.defaultStack()))
                .orElseThrow(() -> new IllegalArgumentException("no serving-stack preset '" + asked.orElse(chip.defaultStack()) + "'"));
    }
}
