package org.memwall.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.Precision;
import org.memwall.core.model.TransformerModel;
import org.memwall.core.model.Workload;
import org.memwall.core.scaling.ProcessNodeTable;
import org.memwall.core.sim.Scenario;
import org.memwall.core.sim.WorkloadDefaults;
import org.memwall.core.stack.ServingStack;

/**
 * The scenario options as given on the command line, before they meet a chip. {@link #scenario}
 * checks them against the chip, the model and the node table and says what is wrong in one line.
 *
 * @param chips              0 for the fewest chips that hold the model
 * @param computePrecision   empty: what {@link WorkloadDefaults#computePrecisionFor} picks for the weights
 * @param hbmTbPerSecond     replaces the off-chip DRAM (HBM) peak bandwidth, TB/s
 * @param sramTbPerSecond    replaces the on-chip SRAM peak bandwidth, TB/s
 * @param stackId            serving stack; empty: the chip's usual one
 * @param concurrentStreams  sequences in flight through a pipeline of chips at once
 */
public record ScenarioSettings(
        int chips,
        int batch,
        int promptTokens,
        int outputTokens,
        Precision weightPrecision,
        Optional<Precision> computePrecision,
        Precision kvPrecision,
        OptionalDouble processNodeNm,
        OptionalDouble hbmTbPerSecond,
        OptionalDouble sramTbPerSecond,
        Optional<String> stackId,
        int concurrentStreams) {

    /** 1 TB/s as the options count it. */
    public static final double BYTES_PER_SECOND_PER_TB_PER_SECOND = 1e12;

    public static ScenarioSettings defaults() {
        return new ScenarioSettings(0, 1, 512, 256, Precision.FP16, Optional.empty(), Precision.FP16,
                OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), Optional.empty(), 1);
    }

    public ScenarioSettings withChips(int n) {
        return new ScenarioSettings(n, batch, promptTokens, outputTokens, weightPrecision, computePrecision, kvPrecision,
                processNodeNm, hbmTbPerSecond, sramTbPerSecond, stackId, concurrentStreams);
    }

    public ScenarioSettings withBatch(int b) {
        return new ScenarioSettings(chips, b, promptTokens, outputTokens, weightPrecision, computePrecision, kvPrecision,
                processNodeNm, hbmTbPerSecond, sramTbPerSecond, stackId, concurrentStreams);
    }

    public ScenarioSettings withPrompt(int tokens) {
        return new ScenarioSettings(chips, batch, tokens, outputTokens, weightPrecision, computePrecision, kvPrecision,
                processNodeNm, hbmTbPerSecond, sramTbPerSecond, stackId, concurrentStreams);
    }

    public ScenarioSettings withOutput(int tokens) {
        return new ScenarioSettings(chips, batch, promptTokens, tokens, weightPrecision, computePrecision, kvPrecision,
                processNodeNm, hbmTbPerSecond, sramTbPerSecond, stackId, concurrentStreams);
    }

    public ScenarioSettings withNode(double nm) {
        return new ScenarioSettings(chips, batch, promptTokens, outputTokens, weightPrecision, computePrecision, kvPrecision,
                OptionalDouble.of(nm), hbmTbPerSecond, sramTbPerSecond, stackId, concurrentStreams);
    }

    public ScenarioSettings withHbm(double tbPerSecond) {
        return new ScenarioSettings(chips, batch, promptTokens, outputTokens, weightPrecision, computePrecision, kvPrecision,
                processNodeNm, OptionalDouble.of(tbPerSecond), sramTbPerSecond, stackId, concurrentStreams);
    }

    public ScenarioSettings withSram(double tbPerSecond) {
        return new ScenarioSettings(chips, batch, promptTokens, outputTokens, weightPrecision, computePrecision, kvPrecision,
                processNodeNm, hbmTbPerSecond, OptionalDouble.of(tbPerSecond), stackId, concurrentStreams);
    }

    public ScenarioSettings withStack(String id) {
        return new ScenarioSettings(chips, batch, promptTokens, outputTokens, weightPrecision, computePrecision, kvPrecision,
                processNodeNm, hbmTbPerSecond, sramTbPerSecond, Optional.of(id), concurrentStreams);
    }

    public ScenarioSettings withStreams(int streams) {
        return new ScenarioSettings(chips, batch, promptTokens, outputTokens, weightPrecision, computePrecision, kvPrecision,
                processNodeNm, hbmTbPerSecond, sramTbPerSecond, stackId, streams);
    }

    /** What the user should know that is no reason to refuse the run (a context beyond what the model was trained for). */
    public List<String> warnings(TransformerModel model) {
        List<String> out = new ArrayList<>();
        if ((long) promptTokens + outputTokens > model.maxContext()) {
            out.add(String.format(Locale.ROOT, "--prompt %d plus --output %d is %d tokens, longer than the %d tokens %s was trained for;"
                    + " the numbers assume it runs anyway", promptTokens, outputTokens, (long) promptTokens + outputTokens,
                    model.maxContext(), model.id()));
        }
        return out;
    }

    /** True when the HBM option applies to this chip (it has an off-chip DRAM level). */
    public static boolean hasHbm(Hardware chip) {
        return chip.level(MemoryKind.OFF_CHIP_DRAM).isPresent();
    }

    public static boolean hasSram(Hardware chip) {
        return chip.level(MemoryKind.ON_CHIP_SRAM).isPresent();
    }

    /** The scenario for one chip and model, or a {@link CliProblem} naming the first option that does not work. */
    public Scenario scenario(Hardware chip, TransformerModel model, Catalog catalog) {
        ProcessNodeTable nodes = catalog.nodes();
        ServingStack stack = stackId.map(catalog::stack).orElseGet(() -> catalog.defaultStack(chip));
        if (chips < 0) {
            throw new CliProblem("--chips must be at least 1 (leave it out for the fewest chips that hold the model), got " + chips);
        }
        atLeastOne("--batch", batch);
        atLeastOne("--prompt", promptTokens);
        atLeastOne("--output", outputTokens);
        atLeastOne("--streams", concurrentStreams);
        if (processNodeNm.isPresent()) {
            double nm = processNodeNm.getAsDouble();
            if (!(nm >= nodes.smallestNm() && nm <= nodes.largestNm())) {
                throw new CliProblem(String.format(Locale.ROOT, "--node %s nm is outside the process node table (%s to %s nm)",
                        Units.plain(nm), Units.plain(nodes.smallestNm()), Units.plain(nodes.largestNm())));
            }
        }
        hbmTbPerSecond.ifPresent(v -> InputRules.bandwidth("--hbm-bandwidth", v));
        sramTbPerSecond.ifPresent(v -> InputRules.bandwidth("--sram-bandwidth", v));
        if (hbmTbPerSecond.isPresent() && !hasHbm(chip)) {
            throw new CliProblem(chip.id() + " has no off-chip DRAM (HBM), so --hbm-bandwidth does not apply to it");
        }
        if (sramTbPerSecond.isPresent() && !hasSram(chip)) {
            throw new CliProblem(chip.id() + " has no on-chip SRAM level, so --sram-bandwidth does not apply to it");
        }

        Precision compute = computePrecision.orElseGet(() -> WorkloadDefaults.computePrecisionFor(chip, weightPrecision));
        Workload workload = new Workload(model, weightPrecision, compute, kvPrecision, Precision.FP16,
                batch, promptTokens, outputTokens, concurrentStreams);
        int most = org.memwall.core.sim.Simulator.maxChips(chip, model);
        if (chips > most) {
            throw new CliProblem(String.format(Locale.ROOT, "--chips %d is more than %s can be split over on %s: at most %d"
                    + " (%s)", chips, model.id(), chip.id(), most, org.memwall.core.sim.Simulator.maxChipsReason(chip, model)));
        }
        Scenario s = Scenario.of(chip, stack, workload).withChips(chips);
        if (processNodeNm.isPresent()) {
            s = s.withProcessNode(processNodeNm.getAsDouble());
        }
        if (hbmTbPerSecond.isPresent()) {
            s = s.withDramBandwidth(hbmTbPerSecond.getAsDouble() * BYTES_PER_SECOND_PER_TB_PER_SECOND);
        }
        if (sramTbPerSecond.isPresent()) {
            s = s.withSramBandwidth(sramTbPerSecond.getAsDouble() * BYTES_PER_SECOND_PER_TB_PER_SECOND);
        }
        return s;
    }

    private static void atLeastOne(String option, int value) {
        if (value < 1) {
            throw new CliProblem(option + " must be at least 1, got " + value);
        }
    }
}
