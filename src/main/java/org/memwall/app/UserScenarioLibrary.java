package org.memwall.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.memwall.lessons.Setup;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.PresetProblem;
import org.memwall.presets.ScenarioPreset;
import org.memwall.presets.UserScenarios;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.model.CostChoice;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.ScenarioLibrary;

/** The user's scenario folder behind the window's "Save as scenario..." and "Open scenario...". */
final class UserScenarioLibrary implements ScenarioLibrary {
    private final UserScenarios folder;
    private final PresetCatalog catalog;

    UserScenarioLibrary(UserScenarios folder, PresetCatalog catalog) {
        this.folder = folder;
        this.catalog = catalog;
    }

    @Override
    public Outcome save(String title, String narrative, Optional<String> claimText, ExplorerSettings s, CostChoice costs) {
        Setup setup = new Setup(s.hardwareId(), s.compareIds(), s.modelId(), s.weightPrecision(), s.batch(), s.contextTokens(),
                s.outputTokens(), s.chips(), s.processNodeNm(), s.hbmBandwidthBytesPerSecond(), s.sramBandwidthBytesPerSecond(),
                s.concurrentStreams(), costs.basis(), s.stackId());
        try {
            return added(folder.save(title, narrative, claimText, setup));
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(Optional.empty(), List.of(message(e)), folder.folder().toString());
        }
    }

    @Override
    public Outcome open(Path file) {
        UserScenarios.Opened opened = folder.read(file, catalog);
        if (opened.scenario().isEmpty()) {
            return new Outcome(Optional.empty(), opened.problems().stream().map(PresetProblem::toString).toList(), file.toString());
        }
        try {
            return added(folder.importScenario(file, opened.scenario().get()));
        } catch (IOException e) {
            return new Outcome(Optional.empty(), List.of(message(e)), folder.folder().toString());
        }
    }

    /** Reads back what was written, as the next start will, and gives it as the guide shows it. */
    private Outcome added(Path written) {
        UserScenarios.Opened back = folder.read(written, catalog);
        Optional<ScenarioPreset> preset = back.scenario();
        return new Outcome(preset.map(p -> ExplorerFactory.guided(p, Language.current() == Language.CHINESE)),
                back.problems().stream().map(PresetProblem::toString).toList(), written.toString());
    }

    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
