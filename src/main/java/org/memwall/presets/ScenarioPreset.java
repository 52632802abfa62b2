package org.memwall.presets;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.memwall.core.model.Precision;

/**
 * A guided scenario: a claim of the source article (DESIGN.md, claims 1-7) set up as a chip, a
 * model and slider values, with a narrative and what to look at.
 *
 * @param claim                       the DESIGN.md claim (1-7) it replays
 * @param compareWith                 chips shown beside the main one, possibly none
 * @param weightPrecision             how the weights are stored
 * @param chips                       chip count of the main chip; empty: the fewest that hold the model.
 *                                    Chips in {@code compareWith} always use the fewest that hold the model
 * @param processNodeNm               process-node slider; empty: the chip's own node
 * @param dramBandwidthBytesPerSecond HBM slider; empty: the preset's
 * @param lookAt                      what the user should look at, one hint per entry
 * @param sources                     where the claim the narrative tells comes from
 * @param chinese                     the title, narrative and hints in Simplified Chinese, if the preset has them
 */
public record ScenarioPreset(
        String id,
        String title,
        int claim,
        String narrative,
        String hardwareId,
        List<String> compareWith,
        String modelId,
        Precision weightPrecision,
        int batch,
        int promptTokens,
        int outputTokens,
        OptionalInt chips,
        OptionalDouble processNodeNm,
        OptionalDouble dramBandwidthBytesPerSecond,
        List<String> lookAt,
        List<String> sources,
        Optional<Texts> chinese) {

    /** The scenario the main window opens with. */
    public static final String DEFAULT_ID = "default";

    public ScenarioPreset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(hardwareId, "hardwareId");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(weightPrecision, "weightPrecision");
        Objects.requireNonNull(chips, "chips");
        Objects.requireNonNull(processNodeNm, "processNodeNm");
        Objects.requireNonNull(dramBandwidthBytesPerSecond, "dramBandwidthBytesPerSecond");
        compareWith = List.copyOf(compareWith);
        lookAt = List.copyOf(lookAt);
        sources = List.copyOf(sources);
        Objects.requireNonNull(chinese, "chinese");
        if (chinese.isPresent() && chinese.get().lookAt().size() != lookAt.size()) {
            throw new IllegalArgumentException("lookAt in \"zh\" must have as many hints as the English lookAt ("
                    + lookAt.size() + "), got " + chinese.get().lookAt().size());
        }
        if (claim < 1 || claim > 7) {
            throw new IllegalArgumentException("claim must be one of DESIGN.md's claims 1 to 7, got " + claim);
        }
        if (batch <= 0 || promptTokens <= 0 || outputTokens <= 0) {
            throw new IllegalArgumentException("batch, promptTokens and outputTokens must be positive");
        }
    }

    /** A scenario without translated texts. */
    public ScenarioPreset(String id, String title, int claim, String narrative, String hardwareId, List<String> compareWith,
            String modelId, Precision weightPrecision, int batch, int promptTokens, int outputTokens, OptionalInt chips,
            OptionalDouble processNodeNm, OptionalDouble dramBandwidthBytesPerSecond, List<String> lookAt, List<String> sources) {
        this(id, title, claim, narrative, hardwareId, compareWith, modelId, weightPrecision, batch, promptTokens, outputTokens,
                chips, processNodeNm, dramBandwidthBytesPerSecond, lookAt, sources, Optional.empty());
    }

    /** The words a scenario shows in one language: its title, narrative and what to look at. */
    public record Texts(String title, String narrative, List<String> lookAt) {
        public Texts {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(narrative, "narrative");
            lookAt = List.copyOf(lookAt);
        }
    }

    /** The main chip followed by the ones to compare with. */
    public List<String> allHardwareIds() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(hardwareId), compareWith.stream()).toList();
    }
}
