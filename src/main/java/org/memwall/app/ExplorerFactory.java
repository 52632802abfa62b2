package org.memwall.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.memwall.core.sim.FidelityTable;
import org.memwall.core.sim.Simulator;
import org.memwall.presets.PresetLoader;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.ScenarioPreset;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.GuidedScenario;
import org.memwall.ui.shell.Animation;
import org.memwall.ui.shell.ExplorerWindow;
import org.memwall.ui.shell.CanvasAnimation;
import org.memwall.ui.playback.PlaybackClock;
import org.memwall.ui.export.ResultsExport;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.theme.Theme;

/**
 * Wires the window from the loaded presets: simulator, view model, animation, views. The window
 * on screen and the offscreen screenshot are built here the same way.
 */
public final class ExplorerFactory {
    private final PresetCatalog catalog;
    private final Simulator simulator;
    private final FidelityTable fidelity;

    public ExplorerFactory(PresetCatalog catalog, FidelityTable fidelity) {
        this.catalog = catalog;
        this.simulator = new Simulator(catalog.nodes());
        this.fidelity = fidelity;
    }

    /**
     * Loads the presets (built-in, the user's folder, {@code extraDir}); each result states the
     * cross-validated fidelity of its family and stack from the shipped table.
     */
    public static ExplorerFactory load(Optional<Path> extraDir) {
        return of(PresetLoader.load(extraDir));
    }

    public static ExplorerFactory of(PresetCatalog catalog) {
        return new ExplorerFactory(catalog, catalog.fidelity());
    }

    /** The scored published runs for the fidelity chart; none when the shipped file cannot be read. */
    private static List<org.memwall.core.sim.Measurement> publishedRuns() {
        try {
            return org.memwall.presets.MeasurementsCsv.loadBuiltIn();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    public PresetCatalog catalog() {
        return catalog;
    }

    /** The scenario the window opens on: the {@code default} preset, or the first chip and model. */
    public ExplorerSettings defaultSettings() {
        return catalog.scenario(ScenarioPreset.DEFAULT_ID).map(ExplorerFactory::settingsOf)
                .orElseGet(() -> new ExplorerSettings(catalog.hardware().get(0).id(), List.of(),
                        catalog.models().get(0).id(), OptionalDouble.empty(), OptionalDouble.empty(),
                        OptionalDouble.empty(), 1, 1024, 128, org.memwall.core.model.Precision.FP16, 0));
    }

    /** Saved settings whose chips and model still exist, else the default scenario. */
    public ExplorerSettings usable(Optional<ExplorerSettings> saved) {
        return saved.filter(s -> catalog.hardware(s.hardwareId()).isPresent()
                        && catalog.model(s.modelId()).isPresent()
                        && s.compareIds().stream().allMatch(id -> catalog.hardware(id).isPresent()))
                .orElseGet(this::defaultSettings);
    }

    public static ExplorerSettings settingsOf(ScenarioPreset p) {
        List<String> compare = p.compareWith().size() > ExplorerSettings.MAX_COMPARED
                ? p.compareWith().subList(0, ExplorerSettings.MAX_COMPARED) : p.compareWith();
        return new ExplorerSettings(p.hardwareId(), compare, p.modelId(), p.processNodeNm(),
                p.dramBandwidthBytesPerSecond(), OptionalDouble.empty(), p.batch(),
                p.promptTokens() + p.outputTokens(), p.outputTokens(), p.weightPrecision(), p.chips().orElse(0));
    }

    /**
     * The scenario presets as the window's guide shows them, with the settings {@link #settingsOf} gives,
     * in the {@linkplain Language#current() current language}: a preset without Chinese texts keeps its English ones.
     */
    public List<GuidedScenario> guidedScenarios() {
        boolean chinese = Language.current() == Language.CHINESE;
        return catalog.scenarios().stream().map(p -> {
            ExplorerSettings settings = settingsOf(p);
            List<String> notShown = p.compareWith().stream().filter(id -> !settings.compareIds().contains(id)).toList();
            ScenarioPreset.Texts texts = p.chinese().filter(zh -> chinese)
                    .orElseGet(() -> new ScenarioPreset.Texts(p.title(), p.narrative(), p.lookAt()));
            return new GuidedScenario(p.id(), texts.title(), p.claim(), texts.narrative(), texts.lookAt(), settings, notShown);
        }).toList();
    }

    public ExplorerViewModel viewModel(ExplorerSettings settings) {
        return new ExplorerViewModel(simulator, fidelity, catalog.hardware(), catalog.models(), catalog.stacks(),
                publishedRuns(), catalog.trends(), settings);
    }

    public Animation animation() {
        return new CanvasAnimation(new PlaybackClock());
    }

    public ExplorerWindow window(ExplorerSettings settings, Theme theme) {
        return new ExplorerWindow(viewModel(settings), animation(), theme, guidedScenarios(), resultsExport());
    }

    /** The window's "Export numbers": the same CSV and JSON as {@code compare --format csv|json}, with the settings. */
    public ResultsExport resultsExport() {
        return new NumbersExport();
    }
}
