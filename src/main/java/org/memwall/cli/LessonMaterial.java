package org.memwall.cli;

import java.util.List;
import java.util.Optional;
import org.memwall.economics.PriceBook;
import org.memwall.history.MemoryWallHistory;
import org.memwall.presets.ScenarioPreset;

/** What the {@code lessons} command needs beyond chips and models: the scenarios, prices and history. */
public record LessonMaterial(List<ScenarioPreset> scenarios, Optional<PriceBook> prices, Optional<MemoryWallHistory> history) {
    public LessonMaterial {
        scenarios = List.copyOf(scenarios);
    }

    public Optional<ScenarioPreset> scenario(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
