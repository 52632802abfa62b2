package org.memwall.presets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.memwall.core.model.Precision;
import org.memwall.economics.PriceBasis;
import org.memwall.lessons.Claims;
import org.memwall.lessons.CostSettings;
import org.memwall.lessons.Highlight;
import org.memwall.lessons.Lesson;
import org.memwall.lessons.SettingsChange;
import org.memwall.lessons.Step;

/**
 * The {@code steps} of a scenario: each with a narrative (and its {@code zh} translation when the
 * scenario has Chinese texts), the settings it changes ({@code set}), what it points at
 * ({@code highlight}) and the claims it checks ({@code claims}).
 */
final class StepReader {
    static final int MIN_STEPS = 2;

    private StepReader() {
    }

    static List<Step> steps(ObjectReader scenario, boolean chinese) {
        List<Step> steps = new ArrayList<>();
        if (scenario.node().get("steps") == null) {
            return steps;
        }
        List<ObjectReader> nodes = scenario.objects("steps", true);
        if (!nodes.isEmpty() && (nodes.size() < MIN_STEPS || nodes.size() > Lesson.MAX_STEPS)) {
            scenario.context().problem(scenario.pathOf("steps"), "a scenario is told in " + MIN_STEPS + " to "
                    + Lesson.MAX_STEPS + " steps, got " + nodes.size());
        }
        for (ObjectReader node : nodes) {
            steps.add(step(node, chinese));
        }
        return steps;
    }

    private static Step step(ObjectReader node, boolean chinese) {
        String narrative = node.text("narrative");
        Optional<String> zh = chinese ? Optional.of(node.text("zh")) : node.optText("zh");
        SettingsChange change = node.optObject("set").map(StepReader::change).orElse(SettingsChange.NONE);
        List<Highlight> highlights = new ArrayList<>();
        List<String> names = node.texts("highlight", false);
        for (int i = 0; i < names.size(); i++) {
            Optional<Highlight> h = Highlight.parse(names.get(i));
            if (h.isEmpty()) {
                node.context().problem(LocatedJson.element(node.pathOf("highlight"), i),
                        "'" + names.get(i) + "' is not something a step can point at; one of: " + Highlight.names());
            } else {
                highlights.add(h.get());
            }
        }
        List<String> claims = node.texts("claims", false);
        for (int i = 0; i < claims.size(); i++) {
            if (Claims.byId(claims.get(i)).isEmpty()) {
                node.context().problem(LocatedJson.element(node.pathOf("claims"), i),
                        "no claim is called '" + claims.get(i) + "'; known: " + Claims.ids());
            }
        }
        node.finish();
        return new Step(narrative, zh.filter(t -> !t.isEmpty()), change, highlights, claims);
    }

    private static SettingsChange change(ObjectReader set) {
        Optional<String> hardware = set.optText("hardware");
        Optional<List<String>> compare = set.node().has("compareWith")
                ? Optional.of(set.texts("compareWith", false)) : Optional.empty();
        Optional<String> model = set.optText("model");
        Optional<Precision> precision = ScenarioReader.precision(set, "precision", false);
        OptionalInt batch = set.optPositiveInt("batch");
        OptionalInt prompt = set.optPositiveInt("promptTokens");
        OptionalInt output = set.optPositiveInt("outputTokens");
        OptionalInt chips = chips(set);
        OptionalDouble node = set.optPositive("processNodeNm");
        OptionalDouble dram = set.optPositive("dramBandwidthBytesPerSecond");
        OptionalDouble sram = set.optPositive("sramBandwidthBytesPerSecond");
        OptionalInt streams = streams(set);
        Optional<PriceBasis> basis = basis(set);
        Optional<String> stack = set.optText("stack");
        set.finish();
        return new SettingsChange(hardware, compare, model, precision, batch, prompt, output, chips, node, dram, sram,
                streams, basis, stack);
    }

    /** {@code "chips": "auto"} or a positive whole number; "auto" comes back as 0. */
    private static OptionalInt chips(ObjectReader set) {
        var value = set.node().get("chips");
        if (value != null && value.isTextual()) {
            set.optText("chips");
            if (!value.asText().equals("auto")) {
                set.context().problem(set.pathOf("chips"), "must be \"auto\" or a positive whole number, got \"" + value.asText() + "\"");
                return OptionalInt.empty();
            }
            return OptionalInt.of(0);
        }
        return set.optPositiveInt("chips");
    }

    static OptionalInt streams(ObjectReader node) {
        OptionalInt streams = node.optPositiveInt("concurrentStreams");
        if (streams.isPresent() && streams.getAsInt() > CostSettings.MAX_STREAMS) {
            node.context().problem(node.pathOf("concurrentStreams"), "must be 1 to " + CostSettings.MAX_STREAMS
                    + ", got " + streams.getAsInt());
            return OptionalInt.empty();
        }
        return streams;
    }

    static Optional<PriceBasis> basis(ObjectReader node) {
        Optional<String> text = node.optText("priceBasis");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<PriceBasis> basis = PriceBasis.parse(text.get());
        if (basis.isEmpty()) {
            node.context().problem(node.pathOf("priceBasis"), "must be \"list\" or \"bom\", got \"" + text.get() + "\"");
        }
        return basis;
    }
}
