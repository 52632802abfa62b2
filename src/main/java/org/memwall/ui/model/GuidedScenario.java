package org.memwall.ui.model;

import java.util.List;
import java.util.Objects;

/**
 * A guided scenario as the window shows it: one claim of the story, the settings that replay it
 * and the words that go with them. Built from a scenario preset by the application.
 *
 * @param claim       the claim (1-7) of the story it replays
 * @param lookAt      what to look at, one hint per entry
 * @param settings    the sliders and pickers the scenario sets
 * @param notShownIds chips the scenario names that the window cannot show beside the others
 *                    (it compares at most {@link ExplorerSettings#MAX_COMPARED})
 */
public record GuidedScenario(
        String id,
        String title,
        int claim,
        String narrative,
        List<String> lookAt,
        ExplorerSettings settings,
        List<String> notShownIds) {

    public GuidedScenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(settings, "settings");
        lookAt = List.copyOf(lookAt);
        notShownIds = List.copyOf(notShownIds);
    }
}
