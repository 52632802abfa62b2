package org.memwall.lessons;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a scenario: what to say, what to change, what to point at and which claims it checks.
 *
 * @param narrativeZh the narrative in Simplified Chinese, if the scenario has it
 * @param claimIds    claims this step checks, in the order the strip shows them
 */
public record Step(String narrative, Optional<String> narrativeZh, SettingsChange change,
                   List<Highlight> highlights, List<String> claimIds) {
    public Step {
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(narrativeZh, "narrativeZh");
        Objects.requireNonNull(change, "change");
        highlights = List.copyOf(highlights);
        claimIds = List.copyOf(claimIds);
    }
}
