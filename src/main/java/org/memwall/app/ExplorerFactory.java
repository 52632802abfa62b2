package org.memwall.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.memwall.core.sim.FidelityTable;
import org.memwall.core.sim.Simulator;
import org.memwall.presets.PresetLoader;
import org.memwall.presets.PresetCatalog;
import org.memwall.presets.ScenarioPreset;
import org.memwall.presets.UserScenarios;
import org.memwall.lessons.Lesson;
import org.memwall.lessons.Setup;
import org.memwall.lessons.Step;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.CostChoice;
import org.memwall.ui.model.GuidedScenario;
import org.memwall.ui.model.GuidedStep;
import org.memwall.ui.model.LessonViewModel;
import org.memwall.economics.PriceBook;
import org.memwall.lessons.Probe;
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

    /** The published runs a claim may quote: the scored ones, then the unscored vendor claims; none when unreadable. */
    private static List<org.memwall.core.sim.Measurement> quotedRuns() {
        try {
            return org.memwall.presets.MeasurementsCsv.loadBuiltInPublished();
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
                // a serving stack no longer loaded: the chip's usual one
                .map(s -> s.stackId().filter(id -> catalog.stack(id).isEmpty()).isPresent() ? s.withStack(Optional.empty()) : s)
                .orElseGet(this::defaultSettings);
    }

    public static ExplorerSettings settingsOf(ScenarioPreset p) {
        return settingsOf(p.setup());
    }

    /** A scenario step's settings as the window's sliders hold them (the compared chips it can show). */
    public static ExplorerSettings settingsOf(Setup s) {
        return new ExplorerSettings(s.hardwareId(), s.shownCompareIds(), s.modelId(), s.processNodeNm(),
                s.hbmBandwidthBytesPerSecond(), s.sramBandwidthBytesPerSecond(), s.batch(), s.contextTokens(),
                s.outputTokens(), s.weightPrecision(), s.chips(), s.stackId(), s.concurrentStreams());
    }

    /**
     * The scenario presets as the window's guide shows them, with the settings {@link #settingsOf} gives,
     * in the {@linkplain Language#current() current language}: a preset without Chinese texts keeps its English ones.
     */
    public List<GuidedScenario> guidedScenarios() {
        boolean chinese = Language.current() == Language.CHINESE;
        return catalog.scenarios().stream().map(p -> guided(p, chinese)).toList();
    }

    /** One scenario preset as the guide shows it, in Chinese or English. */
    public static GuidedScenario guided(ScenarioPreset p, boolean chinese) {
        ExplorerSettings settings = settingsOf(p);
        List<String> notShown = p.compareWith().stream().filter(id -> !settings.compareIds().contains(id)).toList();
        ScenarioPreset.Texts texts = p.chinese().filter(zh -> chinese)
                .orElseGet(() -> new ScenarioPreset.Texts(p.title(), p.narrative(), p.lookAt()));
        Lesson lesson = p.lesson();
        List<GuidedStep> steps = new ArrayList<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            Step step = lesson.steps().get(i);
            Setup at = lesson.setupAt(i);
            String narrative = chinese ? step.narrativeZh().orElse(step.narrative()) : step.narrative();
            steps.add(new GuidedStep(narrative, settingsOf(at), new CostChoice(at.priceBasis()),
                    step.highlights(), step.claimIds()));
        }
        return new GuidedScenario(p.id(), texts.title(), p.claim(), texts.narrative(), texts.lookAt(), settings, notShown, steps);
    }

    public ExplorerViewModel viewModel(ExplorerSettings settings) {
        return new ExplorerViewModel(simulator, fidelity, catalog.hardware(), catalog.models(), catalog.stacks(),
                publishedRuns(), catalog.trends(), settings);
    }

    public Animation animation() {
        return new CanvasAnimation(new PlaybackClock());
    }

    public ExplorerWindow window(ExplorerSettings settings, Theme theme) {
        ExplorerViewModel vm = viewModel(settings);
        return withLibrary(ExplorerWindow.withLessons(vm, animation(), theme, guidedScenarios(), resultsExport(), lessons(vm), true));
    }

    /** The window opened in steps, with the lessons. */
    public ExplorerWindow stagedWindow(ExplorerViewModel vm, Theme theme) {
        return withLibrary(ExplorerWindow.withLessons(vm, animation(), theme, guidedScenarios(), resultsExport(), lessons(vm), false));
    }

    /** "Save as scenario..." and "Open scenario..." keep the user's scenarios in their preset folder. */
    private ExplorerWindow withLibrary(ExplorerWindow window) {
        window.guide().setLibrary(new UserScenarioLibrary(new UserScenarios(PresetLoader.defaultUserPresetDir()), catalog));
        return window;
    }

    /** The lessons beside a view model: claims checked against its results, prices, the history. */
    public LessonViewModel lessons(ExplorerViewModel vm) {
        return new LessonViewModel(vm, new Probe(simulator, catalog.hardware(), catalog.models(), catalog.stacks(), quotedRuns()),
                catalog.prices().orElseGet(PriceBook::unavailable), catalog.history());
    }

    /** The window's "Export numbers": the same CSV and JSON as {@code compare --format csv|json}, with the settings. */
    public ResultsExport resultsExport() {
        return new NumbersExport();
    }
}
