package org.memwall.ui.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the window keeps the user's own scenarios: "Save as scenario..." writes the settings on
 * screen into the user's scenario folder, "Open scenario..." checks a file someone else wrote and
 * copies it there. Either gives the scenario to add to the menu, or says what is wrong.
 */
public interface ScenarioLibrary {
    /** What saving or opening gave: the scenario as the guide shows it, or the problems, one sentence each. */
    record Outcome(Optional<GuidedScenario> scenario, List<String> problems, String where) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    Outcome save(String title, String narrative, Optional<String> claimText, ExplorerSettings settings, CostChoice costs);

    Outcome open(Path file);
}
