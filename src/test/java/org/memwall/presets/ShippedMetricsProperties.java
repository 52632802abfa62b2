package org.memwall.presets;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.sim.Metrics;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.Simulator;
import org.memwall.core.sim.WorkloadDefaults;
import org.memwall.core.stack.ServingStack;

/**
 * The metrics-only path against the full run on the shipped chips, models and serving stacks
 * (their tiling, split-K, all-reduce and MoE kernels), at random batch, context and chip counts.
 */
class ShippedMetricsProperties extends org.memwall.presets.ShippedPresetProperties {
    @Property(tries = 400)
    void metricsAgreeWithTheFullRunOnShippedPresets(@ForAll("chips") Hardware chip, @ForAll("models") TransformerModel model,
                                                    @ForAll("stacks") ServingStack stack,
                                                    @ForAll @IntRange(min = 0, max = 3) int format,
                                                    @ForAll @IntRange(min = 0, max = 9) int batchPower,
                                                    @ForAll @IntRange(min = 1, max = 16384) int prompt,
                                                    @ForAll @IntRange(min = 1, max = 1024) int output,
                                                    @ForAll @IntRange(min = 0, max = 600) int chipsAsked) {
        Precision weights = List.of(Precision.FP16, Precision.FP8, Precision.INT8, Precision.INT4).get(format);
        Scenario s = Scenario.of(chip, stack, WorkloadDefaults.workload(chip, model, weights, 1 << batchPower, prompt, output))
                .withChips(Math.min(chipsAsked, Simulator.maxChips(chip, model)));
        org.memwall.core.sim.MetricsProperties.assertAgree(Metrics.of(sim.run(s)), sim.metrics(s));
    }
}
