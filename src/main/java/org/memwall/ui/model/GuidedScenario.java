package org.memwall.ui.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A guided scenario as the window shows it: one claim of the story (or a scenario a user saved),
 * the settings that replay it, the words that go with them and the steps it is told in. Built from
 * a scenario preset by the application.
 *
 * @param claim       the claim (1-7) of the story it replays; empty for a scenario of the user's own
 * @param lookAt      what to look at, one hint per entry
 * @param settings    the sliders and pickers the scenario sets before its first step
 * @param notShownIds chips the scenario names that the window cannot show beside the others
 *                    (it compares at most {@link ExplorerSettings#MAX_COMPARED})
 * @param steps       at least one
 */
public record GuidedScenario(
        String id,
        String title,
        OptionalInt claim,
        String narrative,
        List<String> lookAt,
        ExplorerSettings settings,
        List<String> notShownIds,
        List<GuidedStep> steps) {

    public GuidedScenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(settings, "settings");
        lookAt = List.copyOf(lookAt);
        notShownIds = List.copyOf(notShownIds);
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a guided scenario needs at least one step");
        }
    }

    /** A scenario told in one step that changes nothing and checks no claim. */
    public GuidedScenario(String id, String title, int claim, String narrative, List<String> lookAt,
                          ExplorerSettings settings, List<String> notShownIds) {
        this(id, title, OptionalInt.of(claim), narrative, lookAt, settings, notShownIds,
                List.of(new GuidedStep(narrative, settings, CostChoice.DEFAULT, List.of(), List.of())));
    }

    /** The claim number for sorting; a user's own scenario sorts after the story's. */
    public int order() {
        return claim.orElse(Integer.MAX_VALUE);
    }
}
