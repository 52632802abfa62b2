package org.memwall.presets;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.memwall.core.model.Precision;

/**
 * Maps a {@code presets/scenarios/<id>.json} document onto {@link ScenarioPreset}. Scenario numbers
 * are settings, not published figures; {@code sources} names where the claim its narrative tells
 * comes from. The chips and model they name are checked against the catalog once everything is loaded.
 */
final class ScenarioReader {
    private ScenarioReader() {
    }

    static Optional<ScenarioPreset> read(FileContext context) {
        ObjectReader root = context.root();
        String id = root.text("id");
        String title = root.text("title");
        int claim = root.positiveInt("claim");
        String narrative = root.text("narrative");
        String hardware = root.text("hardware");
        List<String> compareWith = root.texts("compareWith", false);
        String model = root.text("model");
        String precisionText = root.text("precision");
        int batch = root.positiveInt("batch");
        int prompt = root.positiveInt("promptTokens");
        int output = root.positiveInt("outputTokens");
        OptionalInt chips = root.optPositiveInt("chips");
        OptionalDouble node = root.optPositive("processNodeNm");
        OptionalDouble dram = root.optPositive("dramBandwidthBytesPerSecond");
        List<String> lookAt = root.texts("lookAt", true);
        List<String> sources = root.texts("sources", true);
        Optional<ScenarioPreset.Texts> chinese = root.optObject("zh").map(zh -> texts(zh, lookAt.size()));
        root.finish();
        Precision precision = null;
        if (!precisionText.isEmpty()) {
            try {
                precision = Precision.parse(precisionText);
            } catch (IllegalArgumentException e) {
                context.problem("precision", e.getMessage());
            }
        }
        if (claim > 7) {
            context.problem("claim", "must be one of DESIGN.md's claims 1 to 7, got " + claim);
        }
        if (context.hasProblems()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ScenarioPreset(id, title, claim, narrative, hardware, compareWith, model, precision,
                    batch, prompt, output, chips, node, dram, lookAt, sources, chinese));
        } catch (IllegalArgumentException e) {
            context.constructorProblem("", e);
            return Optional.empty();
        }
    }

    /**
     * The optional translated texts ({@code "zh": {"title", "narrative", "lookAt"}}): all three
     * fields, and one hint for each English one.
     */
    private static ScenarioPreset.Texts texts(ObjectReader zh, int englishHints) {
        String title = zh.text("title");
        String narrative = zh.text("narrative");
        List<String> lookAt = zh.texts("lookAt", true);
        zh.finish();
        JsonNode hints = zh.node().get("lookAt");
        if (hints != null && hints.isArray() && !hints.isEmpty() && hints.size() != englishHints) {
            zh.context().problem(zh.pathOf("lookAt"), "must have one hint for each of the " + englishHints
                    + " English lookAt hints, got " + hints.size());
        }
        return new ScenarioPreset.Texts(title, narrative, lookAt);
    }
}
