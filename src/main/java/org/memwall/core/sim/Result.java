package org.memwall.core.sim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.memwall.core.energy.Energy;
import org.memwall.core.model.Hardware;
import org.memwall.core.trace.Trace;

/**
 * Everything a run computes. Decode figures are per step at the mean context length; "per token"
 * means per generated token of one sequence.
 *
 * @param hardware        the chip after node and bandwidth sliders were applied
 * @param chipsNeeded     the fewest chips whose usable memory holds weights plus KV cache
 * @param fits            whether the chips used hold the model; when false the numbers assume it
 *                        did and {@code fitMessage} says why it does not
 * @param hardwareCostUsd chips x price, where the preset knows a price
 */
public record Result(
        Scenario scenario,
        Hardware hardware,
        Parallelism parallelism,
        int chipsNeeded,
        boolean fits,
        String fitMessage,
        PhaseResult prefill,
        PhaseResult decode,
        double timeToFirstTokenSeconds,
        Energy energy,
        OptionalDouble hardwareCostUsd,
        Roofline roofline,
        Trace decodeTrace,
        Trace prefillTrace,
        Fidelity fidelity) {

    public int chips() {
        return parallelism.chips();
    }

    public int batch() {
        return scenario.workload().batch();
    }

    public double secondsPerToken() {
        return decode.stepSeconds();
    }

    public double tokensPerSecondPerUser() {
        return 1.0 / decode.stepSeconds();
    }

    /** Tokens per second of every sequence of every stream in flight. */
    public double tokensPerSecond() {
        return (double) batch() * scenario.workload().concurrentStreams() / decode.stepSeconds();
    }

    /**
     * A static batch's output rate over the whole request: every sequence's output tokens over the
     * time to the first token plus the decode steps after it.
     */
    public double aggregateTokensPerSecond() {
        int output = scenario.workload().outputTokens();
        return (double) batch() * scenario.workload().concurrentStreams() * output
                / (timeToFirstTokenSeconds + output * decode.stepSeconds());
    }

    /** Bytes each memory level (and "link") moves per generated token, all chips. */
    public Map<String, Double> bytesPerToken() {
        Map<String, Double> out = new LinkedHashMap<>();
        hardware.memory().forEach(l -> out.put(l.name(), decode.bytesByLevelAllChips().getOrDefault(l.name(), 0.0) / batch()));
        out.put(Trace.LINK, decode.linkBytesAllChips() / batch());
        return out;
    }

    /** Hardware cost per token/s of total throughput, where a price is known. */
    public OptionalDouble costUsdPerTokenPerSecond() {
        return hardwareCostUsd.isPresent()
                ? OptionalDouble.of(hardwareCostUsd.getAsDouble() / tokensPerSecond())
                : OptionalDouble.empty();
    }

    /** What limits decode: the bound that accounts for most of the step's time. */
    public Bound bound() {
        return Bounds.of(decode);
    }

    /** Share of the matrix peak (all chips used) that decode reaches. */
    public double computeUtilisation() {
        double peak = hardware.compute().peakOpsPerSecond().get(
                hardware.compute().bestFor(scenario.workload().computePrecision()));
        return decode.opsAllChips() / decode.stepSeconds() / (peak * parallelism.chipsUsed());
    }

    /** Share of a level's peak bandwidth (all chips used) that decode uses. */
    public double bandwidthUtilisation(String level) {
        double peak = hardware.memory().stream().filter(l -> l.name().equals(level)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no memory level " + level)).bandwidthBytesPerSecond();
        return decode.bytesByLevelAllChips().getOrDefault(level, 0.0) / decode.stepSeconds() / (peak * parallelism.chipsUsed());
    }

    public Result withFidelity(Fidelity f) {
        return new Result(scenario, hardware, parallelism, chipsNeeded, fits, fitMessage, prefill, decode,
                timeToFirstTokenSeconds, energy, hardwareCostUsd, roofline, decodeTrace, prefillTrace, f);
    }
}
