package org.memwall.ui.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.memwall.core.model.Precision;

/**
 * What the sliders and pickers say, as entered: nothing here is checked, the core's constructors
 * and {@code Result.fits()} decide what cannot work. The chip sliders (node, bandwidths, chip
 * count) change the main chip only; the compared chips run as their presets describe them, on
 * the same model, batch, context and precision.
 *
 * @param compareIds                  up to two more chips shown beside the main one
 * @param processNodeNm               empty: the chip's own node
 * @param hbmBandwidthBytesPerSecond  empty: the preset's off-chip DRAM bandwidth
 * @param sramBandwidthBytesPerSecond empty: the preset's on-chip SRAM bandwidth (after node scaling)
 * @param contextTokens               prompt plus generated tokens of one sequence
 * @param outputTokens                generated tokens per sequence (run as set while the context holds them and a prompt)
 * @param chips                       0 means "auto": the fewest chips that hold the model
 * @param stackId                     serving software of the main chip; empty: the chip's usual one
 *                                    (compared chips always run on their usual one)
 * @param concurrentStreams           sequences in flight through a pipeline of chips (SRAM dataflow, CIM)
 */
public record ExplorerSettings(
        String hardwareId,
        List<String> compareIds,
        String modelId,
        OptionalDouble processNodeNm,
        OptionalDouble hbmBandwidthBytesPerSecond,
        OptionalDouble sramBandwidthBytesPerSecond,
        int batch,
        int contextTokens,
        int outputTokens,
        Precision weightPrecision,
        int chips,
        Optional<String> stackId,
        int concurrentStreams) {

    public static final int MAX_COMPARED = 2;

    /** Settings on the chips' usual stacks, one stream. */
    public ExplorerSettings(String hardwareId, List<String> compareIds, String modelId, OptionalDouble processNodeNm,
                            OptionalDouble hbmBandwidthBytesPerSecond, OptionalDouble sramBandwidthBytesPerSecond,
                            int batch, int contextTokens, int outputTokens, Precision weightPrecision, int chips) {
        this(hardwareId, compareIds, modelId, processNodeNm, hbmBandwidthBytesPerSecond, sramBandwidthBytesPerSecond,
                batch, contextTokens, outputTokens, weightPrecision, chips, Optional.empty(), 1);
    }

    public ExplorerSettings {
        Objects.requireNonNull(hardwareId, "hardwareId");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(weightPrecision, "weightPrecision");
        Objects.requireNonNull(stackId, "stackId");
        compareIds = List.copyOf(compareIds);
        if (compareIds.size() > MAX_COMPARED) {
            throw new IllegalArgumentException("at most " + MAX_COMPARED + " chips can be compared with the main one");
        }
    }

    /**
     * Tokens generated per sequence: exactly the count set (a scenario's, or the command line's), so
     * the window runs what {@code simulate} runs; only a context too short to hold it and a prompt
     * halves the context instead.
     */
    public int generatedTokens() {
        return outputTokens >= 1 && outputTokens < contextTokens ? outputTokens : Math.max(1, contextTokens / 2);
    }

    public int promptTokens() {
        return contextTokens - generatedTokens();
    }

    public ExplorerSettings withHardware(String id) {
        // A new chip starts from its own preset: overrides made for the old one mean nothing for it.
        return new ExplorerSettings(id, compareIds, modelId, OptionalDouble.empty(), OptionalDouble.empty(),
                OptionalDouble.empty(), batch, contextTokens, outputTokens, weightPrecision, 0, Optional.empty(), concurrentStreams);
    }

    public ExplorerSettings withCompareIds(List<String> ids) {
        return new ExplorerSettings(hardwareId, ids, modelId, processNodeNm, hbmBandwidthBytesPerSecond,
                sramBandwidthBytesPerSecond, batch, contextTokens, outputTokens, weightPrecision, chips, stackId, concurrentStreams);
    }

    public ExplorerSettings withModel(String id) {
        return new ExplorerSettings(hardwareId, compareIds, id, processNodeNm, hbmBandwidthBytesPerSecond,
                sramBandwidthBytesPerSecond, batch, contextTokens, outputTokens, weightPrecision, chips, stackId, concurrentStreams);
    }

    public ExplorerSettings withProcessNode(OptionalDouble nm) {
        return new ExplorerSettings(hardwareId, compareIds, modelId, nm, hbmBandwidthBytesPerSecond,
                sramBandwidthBytesPerSecond, batch, contextTokens, outputTokens, weightPrecision, chips, stackId, concurrentStreams);
    }

    public ExplorerSettings withHbmBandwidth(OptionalDouble bytesPerSecond) {
        return new ExplorerSettings(hardwareId, compareIds, modelId, processNodeNm, bytesPerSecond,
                sramBandwidthBytesPerSecond, batch, contextTokens, outputTokens, weightPrecision, chips, stackId, concurrentStreams);
    }

    public ExplorerSettings withSramBandwidth(OptionalDouble bytesPerSecond) {
        return new ExplorerSettings(hardwareId, compareIds, modelId, processNodeNm, hbmBandwidthBytesPerSecond,
                bytesPerSecond, batch, contextTokens, outputTokens, weightPrecision, chips, stackId, concurrentStreams);
    }

    public ExplorerSettings withBatch(int n) {
        return new ExplorerSettings(hardwareId, compareIds, modelId, processNodeNm, hbmBandwidthBytesPerSecond,
                sramBandwidthBytesPerSecond, n, contextTokens, outputTokens, weightPrecision, chips, stackId, concurrentStreams);
    }

    public ExplorerSettings withContext(int tokens) {
        return new ExplorerSettings(hardwareId, compareIds, modelId, processNodeNm, hbmBandwidthBytesPerSecond,
                sramBandwidthBytesPerSecond, batch, tokens, outputTokens, weightPrecision, chips, stackId, concurrentStreams);
    }

    public ExplorerSettings withOutput(int tokens) {
        return new ExplorerSettings(hardwareId, compareIds, modelId, processNodeNm, hbmBandwidthBytesPerSecond,
                sramBandwidthBytesPerSecond, batch, contextTokens, tokens, weightPrecision, chips, stackId, concurrentStreams);
    }

    public ExplorerSettings withPrecision(Precision p) {
        return new ExplorerSettings(hardwareId, compareIds, modelId, processNodeNm, hbmBandwidthBytesPerSecond,
                sramBandwidthBytesPerSecond, batch, contextTokens, outputTokens, p, chips, stackId, concurrentStreams);
    }

    public ExplorerSettings withChips(int n) {
        return new ExplorerSettings(hardwareId, compareIds, modelId, processNodeNm, hbmBandwidthBytesPerSecond,
                sramBandwidthBytesPerSecond, batch, contextTokens, outputTokens, weightPrecision, n, stackId, concurrentStreams);
    }

    public ExplorerSettings withStack(Optional<String> id) {
        return new ExplorerSettings(hardwareId, compareIds, modelId, processNodeNm, hbmBandwidthBytesPerSecond,
                sramBandwidthBytesPerSecond, batch, contextTokens, outputTokens, weightPrecision, chips, id, concurrentStreams);
    }

    public ExplorerSettings withConcurrentStreams(int streams) {
        return new ExplorerSettings(hardwareId, compareIds, modelId, processNodeNm, hbmBandwidthBytesPerSecond,
                sramBandwidthBytesPerSecond, batch, contextTokens, outputTokens, weightPrecision, chips, stackId, streams);
    }
}
