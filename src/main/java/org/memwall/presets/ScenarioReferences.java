package org.memwall.presets;

import java.util.List;
import java.util.function.Predicate;

/** The chips and models a scenario names, in its settings and in its steps, must be loaded. */
final class ScenarioReferences {
    private ScenarioReferences() {
    }

    static void check(ScenarioPreset scenario, FileContext context, Predicate<String> hasHardware, Predicate<String> hasModel,
                      Predicate<String> hasStack) {
        scenario.stackId().filter(id -> !hasStack.test(id)).ifPresent(id ->
                context.problem("stack", "no serving-stack preset has the id '" + id + "'"));
        if (!hasHardware.test(scenario.hardwareId())) {
            context.problem("hardware", "no hardware preset has the id '" + scenario.hardwareId() + "'");
        }
        for (int i = 0; i < scenario.compareWith().size(); i++) {
            if (!hasHardware.test(scenario.compareWith().get(i))) {
                context.problem(LocatedJson.element("compareWith", i), "no hardware preset has the id '" + scenario.compareWith().get(i) + "'");
            }
        }
        if (!hasModel.test(scenario.modelId())) {
            context.problem("model", "no model preset has the id '" + scenario.modelId() + "'");
        }
        for (int i = 0; i < scenario.steps().size(); i++) {
            String at = LocatedJson.child(LocatedJson.element("steps", i), "set");
            var change = scenario.steps().get(i).change();
            change.hardwareId().filter(id -> !hasHardware.test(id)).ifPresent(id ->
                    context.problem(LocatedJson.child(at, "hardware"), "no hardware preset has the id '" + id + "'"));
            List<String> compare = change.compareIds().orElse(List.of());
            for (int j = 0; j < compare.size(); j++) {
                if (!hasHardware.test(compare.get(j))) {
                    context.problem(LocatedJson.element(LocatedJson.child(at, "compareWith"), j),
                            "no hardware preset has the id '" + compare.get(j) + "'");
                }
            }
            change.modelId().filter(id -> !hasModel.test(id)).ifPresent(id ->
                    context.problem(LocatedJson.child(at, "model"), "no model preset has the id '" + id + "'"));
            change.stackId().filter(id -> !hasStack.test(id)).ifPresent(id ->
                    context.problem(LocatedJson.child(at, "stack"), "no serving-stack preset has the id '" + id + "'"));
        }
    }
}
