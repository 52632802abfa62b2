package org.memwall.cli;

import java.util.List;
import java.util.Optional;
import org.memwall.core.sim.Measurement;
import org.memwall.economics.PriceBook;
import org.memwall.history.MemoryWallHistory;
import org.memwall.presets.ScenarioPreset;

/**
 * What the {@code lessons} command needs beyond chips and models: the scenarios, prices, history,
 * and the published runs a claim may quote.
 */
public record LessonMaterial(List<ScenarioPreset> scenarios, Optional<PriceBook> prices, Optional<MemoryWallHistory> history,
                             List<Measurement> published) {
    public LessonMaterial {
        scenarios = List.copyOf(scenarios);
        published = List.copyOf(published);
    }

    /** Material with no published runs to quote. */
    public LessonMaterial(List<ScenarioPreset> scenarios, Optional<PriceBook> prices, Optional<MemoryWallHistory> history) {
        this(scenarios, prices, history, List.of());
    }

    public Optional<ScenarioPreset> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
