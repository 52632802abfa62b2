package org.memwall.lessons;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.memwall.core.model.Precision;
import org.memwall.economics.PriceBasis;

/**
 * The settings one step of a scenario changes; everything empty stays as the step before left it.
 * A chip count of 0 means "auto" (the fewest that hold the model).
 */
public record SettingsChange(
        Optional<String> hardwareId,
        Optional<List<String>> compareIds,
        Optional<String> modelId,
        Optional<Precision> weightPrecision,
        OptionalInt batch,
        OptionalInt promptTokens,
        OptionalInt outputTokens,
        OptionalInt chips,
        OptionalDouble processNodeNm,
        OptionalDouble hbmBandwidthBytesPerSecond,
        OptionalDouble sramBandwidthBytesPerSecond,
        OptionalInt concurrentStreams,
        Optional<PriceBasis> priceBasis,
        Optional<String> stackId) {

    public static final SettingsChange NONE = new SettingsChange(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());

    public SettingsChange {
        Objects.requireNonNull(hardwareId);
        Objects.requireNonNull(compareIds);
        compareIds = compareIds.map(List::copyOf);
        Objects.requireNonNull(modelId);
        Objects.requireNonNull(weightPrecision);
        Objects.requireNonNull(batch);
        Objects.requireNonNull(promptTokens);
        Objects.requireNonNull(outputTokens);
        Objects.requireNonNull(chips);
        Objects.requireNonNull(processNodeNm);
        Objects.requireNonNull(hbmBandwidthBytesPerSecond);
        Objects.requireNonNull(sramBandwidthBytesPerSecond);
        Objects.requireNonNull(concurrentStreams);
        Objects.requireNonNull(priceBasis);
        Objects.requireNonNull(stackId);
    }

    /**
     * The settings after this change. A new main chip starts from its own preset (its node and
     * bandwidths are not carried over), as in the window; a changed prompt or output keeps the other.
     */
    public Setup applyTo(Setup s) {
        boolean newChip = hardwareId.isPresent() && !hardwareId.get().equals(s.hardwareId());
        int prompt = promptTokens.orElse(s.promptTokens());
        int output = outputTokens.orElse(s.generatedTokens());
        return new Setup(
                hardwareId.orElse(s.hardwareId()),
                compareIds.orElse(s.compareIds()),
                modelId.orElse(s.modelId()),
                weightPrecision.orElse(s.weightPrecision()),
                batch.orElse(s.batch()),
                prompt + output,
                output,
                chips.orElse(newChip ? 0 : s.chips()),
                processNodeNm.isPresent() ? processNodeNm : newChip ? OptionalDouble.empty() : s.processNodeNm(),
                hbmBandwidthBytesPerSecond.isPresent() ? hbmBandwidthBytesPerSecond
                        : newChip ? OptionalDouble.empty() : s.hbmBandwidthBytesPerSecond(),
                sramBandwidthBytesPerSecond.isPresent() ? sramBandwidthBytesPerSecond
                        : newChip ? OptionalDouble.empty() : s.sramBandwidthBytesPerSecond(),
                concurrentStreams.orElse(s.concurrentStreams()),
                priceBasis.orElse(s.priceBasis()),
                stackId.isPresent() ? stackId : newChip ? Optional.empty() : s.stackId());
    }
}
