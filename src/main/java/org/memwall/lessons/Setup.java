package org.memwall.lessons;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.memwall.core.model.Precision;
import org.memwall.economics.PriceBasis;

/**
 * Everything a scenario step sets, as the window's pickers and sliders hold it: chips, model,
 * format, the sliders of the main chip, and the cost settings. The compared chips run as their
 * presets describe them.
 *
 * @param compareIds        the chips shown beside the main one (the window shows at most two)
 * @param contextTokens     prompt plus generated tokens of one sequence
 * @param outputTokens      generated tokens per sequence (at most half the context)
 * @param chips             chip count of the main chip; 0: the fewest that hold the model
 * @param concurrentStreams sequences in flight through a pipeline of chips (SRAM dataflow, CIM) at once
 * @param stackId           serving software of the main chip; empty: its usual one
 */
public record Setup(
        String hardwareId,
        List<String> compareIds,
        String modelId,
        Precision weightPrecision,
        int batch,
        int contextTokens,
        int outputTokens,
        int chips,
        OptionalDouble processNodeNm,
        OptionalDouble hbmBandwidthBytesPerSecond,
        OptionalDouble sramBandwidthBytesPerSecond,
        int concurrentStreams,
        PriceBasis priceBasis,
        Optional<String> stackId) {

    /** The window compares at most this many chips with the main one. */
    public static final int MAX_COMPARED = 2;

    public Setup {
        Objects.requireNonNull(hardwareId, "hardwareId");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(weightPrecision, "weightPrecision");
        Objects.requireNonNull(processNodeNm, "processNodeNm");
        Objects.requireNonNull(hbmBandwidthBytesPerSecond, "hbmBandwidthBytesPerSecond");
        Objects.requireNonNull(sramBandwidthBytesPerSecond, "sramBandwidthBytesPerSecond");
        Objects.requireNonNull(priceBasis, "priceBasis");
        Objects.requireNonNull(stackId, "stackId");
        if (concurrentStreams < 1) {
            throw new IllegalArgumentException("concurrent streams must be at least 1, got " + concurrentStreams);
        }
        compareIds = List.copyOf(compareIds);
    }

    /** Tokens generated per sequence at this context: the count set, capped at half the context. */
    public int generatedTokens() {
        return Math.max(1, Math.min(outputTokens, contextTokens / 2));
    }

    public int promptTokens() {
        return contextTokens - generatedTokens();
    }

    /** The compared chips the window shows: the first {@link #MAX_COMPARED}. */
    public List<String> shownCompareIds() {
        return compareIds.size() > MAX_COMPARED ? compareIds.subList(0, MAX_COMPARED) : compareIds;
    }
}
