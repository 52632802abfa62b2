package org.memwall.presets;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.memwall.core.model.Precision;
import org.memwall.economics.PriceBasis;
import org.memwall.lessons.Step;

/**
 * Maps a {@code presets/scenarios/<id>.json} document onto {@link ScenarioPreset}. Scenario numbers
 * are settings, not published figures; {@code sources} names where the claim its narrative tells
 * comes from, and is needed when the scenario replays one of the story's claims. The chips and model
 * it names (also in its steps) are checked against the catalog once everything is loaded.
 */
final class ScenarioReader {
    private ScenarioReader() {
    }

    static Optional<ScenarioPreset> read(FileContext context) {
        ObjectReader root = context.root();
        String id = root.text("id");
        String title = root.text("title");
        OptionalInt claim = root.optPositiveInt("claim");
        String narrative = root.text("narrative");
        Optional<String> claimText = root.optText("claimText");
        String hardware = root.text("hardware");
        List<String> compareWith = root.texts("compareWith", false);
        String model = root.text("model");
        Optional<Precision> precision = precision(root, "precision", true);
        int batch = root.positiveInt("batch");
        int prompt = root.positiveInt("promptTokens");
        int output = root.positiveInt("outputTokens");
        OptionalInt chips = root.optPositiveInt("chips");
        OptionalDouble node = root.optPositive("processNodeNm");
        OptionalDouble dram = root.optPositive("dramBandwidthBytesPerSecond");
        OptionalDouble sram = root.optPositive("sramBandwidthBytesPerSecond");
        OptionalInt streams = StepReader.streams(root);
        Optional<PriceBasis> basis = StepReader.basis(root);
        Optional<String> stack = root.optText("stack");
        List<String> lookAt = root.texts("lookAt", false);
        List<String> sources = root.texts("sources", claim.isPresent());
        Optional<ObjectReader> zhNode = root.optObject("zh");
        Optional<ScenarioPreset.Texts> chinese = zhNode.map(zh -> texts(zh, lookAt.size()));
        List<Step> steps = StepReader.steps(root, zhNode.isPresent());
        root.finish();
        if (claim.isPresent() && claim.getAsInt() > ScenarioPreset.CLAIMS) {
            context.problem("claim", "must be one of the story's claims 1 to " + ScenarioPreset.CLAIMS
                    + " (leave it out for a scenario of your own), got " + claim.getAsInt());
        }
        if (context.hasProblems()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ScenarioPreset(id, title, claim, narrative, claimText, hardware, compareWith, model, precision.orElseThrow(),
                    batch, prompt, output, chips, node, dram, sram, streams, basis, stack, lookAt, sources, steps, chinese));
        } catch (IllegalArgumentException e) {
            context.constructorProblem("", e);
            return Optional.empty();
        }
    }

    /** A weights' format field; a problem naming the field when it is not one. */
    static Optional<Precision> precision(ObjectReader node, String field, boolean required) {
        Optional<String> text = required ? Optional.of(node.text(field)).filter(t -> !t.isEmpty()) : node.optText(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Precision.parse(text.get()));
        } catch (IllegalArgumentException e) {
            node.context().problem(node.pathOf(field), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The optional translated texts ({@code "zh": {"title", "narrative", "lookAt"}}): title and
     * narrative, and one hint for each English one.
     */
    private static ScenarioPreset.Texts texts(ObjectReader zh, int englishHints) {
        String title = zh.text("title");
        String narrative = zh.text("narrative");
        List<String> lookAt = zh.texts("lookAt", englishHints > 0);
        zh.finish();
        JsonNode hints = zh.node().get("lookAt");
        if (hints != null && hints.isArray() && !hints.isEmpty() && hints.size() != englishHints) {
            zh.context().problem(zh.pathOf("lookAt"), "must have one hint for each of the " + englishHints
                    + " English lookAt hints, got " + hints.size());
        }
        return new ScenarioPreset.Texts(title, narrative, lookAt);
    }
}
