package org.memwall.ui.model;

import java.util.List;
import java.util.Objects;
import org.memwall.lessons.Highlight;

/**
 * One step of a guided scenario as the window shows it: the words in the window's language, the
 * settings the step leaves the sliders at, what to point at and which claims to check.
 */
public record GuidedStep(String narrative, ExplorerSettings settings, CostChoice costs,
                         List<Highlight> highlights, List<String> claimIds) {
    public GuidedStep {
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(costs, "costs");
        highlights = List.copyOf(highlights);
        claimIds = List.copyOf(claimIds);
    }
}
