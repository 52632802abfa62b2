package org.memwall.presets;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.memwall.core.model.Precision;
import org.memwall.economics.PriceBasis;
import org.memwall.lessons.Lesson;
import org.memwall.lessons.SettingsChange;
import org.memwall.lessons.Setup;
import org.memwall.lessons.Step;

/**
 * A scenario: a chip, a model and slider values, with a narrative and what to look at. A guided
 * scenario replays one claim of the source article (numbered 1-7 in the order the story tells them)
 * in 2-5 steps; a scenario a user saved needs neither a claim number nor steps.
 *
 * @param claim                       the story's claim it replays, if it is one of the guided scenarios
 * @param claimText                   what a user's own scenario claims, in the user's words, if anything
 * @param compareWith                 chips shown beside the main one, possibly none
 * @param weightPrecision             how the weights are stored
 * @param chips                       chip count of the main chip; empty: the fewest that hold the model.
 *                                    Chips in {@code compareWith} always use the fewest that hold the model
 * @param processNodeNm               process-node slider; empty: the chip's own node
 * @param dramBandwidthBytesPerSecond HBM slider; empty: the preset's
 * @param sramBandwidthBytesPerSecond SRAM slider; empty: the preset's
 * @param concurrentStreams           streams in flight through an SRAM dataflow pipeline; empty: one
 * @param priceBasis                  which prices count; empty: list prices
 * @param stackId                     serving software of the main chip; empty: the chip's usual one
 * @param lookAt                      what the user should look at, one hint per entry
 * @param sources                     where the claim the narrative tells comes from (none for a user's own scenario)
 * @param steps                       the steps the scenario is told in; empty: one step that changes nothing
 * @param chinese                     the title, narrative and hints in Simplified Chinese, if the preset has them
 */
public record ScenarioPreset(
        String id,
        String title,
        OptionalInt claim,
        String narrative,
        Optional<String> claimText,
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
        OptionalDouble sramBandwidthBytesPerSecond,
        OptionalInt concurrentStreams,
        Optional<PriceBasis> priceBasis,
        Optional<String> stackId,
        List<String> lookAt,
        List<String> sources,
        List<Step> steps,
        Optional<Texts> chinese) {

    /** The scenario the main window opens with. */
    public static final String DEFAULT_ID = "default";
    /** The story's claims are numbered 1 to this. */
    public static final int CLAIMS = 7;

    public ScenarioPreset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(claimText, "claimText");
        Objects.requireNonNull(hardwareId, "hardwareId");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(weightPrecision, "weightPrecision");
        Objects.requireNonNull(chips, "chips");
        Objects.requireNonNull(processNodeNm, "processNodeNm");
        Objects.requireNonNull(dramBandwidthBytesPerSecond, "dramBandwidthBytesPerSecond");
        Objects.requireNonNull(sramBandwidthBytesPerSecond, "sramBandwidthBytesPerSecond");
        Objects.requireNonNull(concurrentStreams, "concurrentStreams");
        Objects.requireNonNull(priceBasis, "priceBasis");
        Objects.requireNonNull(stackId, "stackId");
        compareWith = List.copyOf(compareWith);
        lookAt = List.copyOf(lookAt);
        sources = List.copyOf(sources);
        steps = List.copyOf(steps);
        Objects.requireNonNull(chinese, "chinese");
        if (chinese.isPresent() && chinese.get().lookAt().size() != lookAt.size()) {
            throw new IllegalArgumentException("lookAt in \"zh\" must have as many hints as the English lookAt ("
                    + lookAt.size() + "), got " + chinese.get().lookAt().size());
        }
        if (claim.isPresent() && (claim.getAsInt() < 1 || claim.getAsInt() > CLAIMS)) {
            throw new IllegalArgumentException("claim must be one of the story's claims 1 to " + CLAIMS + ", got " + claim.getAsInt());
        }
        if (batch <= 0 || promptTokens <= 0 || outputTokens <= 0) {
            throw new IllegalArgumentException("batch, promptTokens and outputTokens must be positive");
        }
        if (steps.size() > Lesson.MAX_STEPS) {
            throw new IllegalArgumentException("steps: at most " + Lesson.MAX_STEPS + " steps, got " + steps.size());
        }
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

    /** The settings the scenario starts from, before its first step. */
    public Setup setup() {
        return new Setup(hardwareId, compareWith, modelId, weightPrecision, batch, promptTokens + outputTokens, outputTokens,
                chips.orElse(0), processNodeNm, dramBandwidthBytesPerSecond, sramBandwidthBytesPerSecond,
                concurrentStreams.orElse(1), priceBasis.orElse(PriceBasis.LIST), stackId);
    }

    /** The scenario as a lesson: its settings and its steps (one step changing nothing when it has none). */
    public Lesson lesson() {
        List<Step> told = steps.isEmpty()
                ? List.of(new Step(narrative, chinese.map(Texts::narrative), SettingsChange.NONE, List.of(), List.of()))
                : steps;
        return new Lesson(id, setup(), told);
    }
}
