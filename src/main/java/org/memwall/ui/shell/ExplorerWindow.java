package org.memwall.ui.shell;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.memwall.core.sim.Result;
import org.memwall.io.SafeFiles;
import org.memwall.ui.charts.ChartHost;
import org.memwall.ui.export.ResultsExport;
import org.memwall.ui.export.ShownState;
import org.memwall.ui.history.SettingsHistory;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.GuidedScenario;
import org.memwall.ui.model.LessonViewModel;
import org.memwall.ui.tiles.DashboardTiles;
import org.memwall.ui.theme.StyleClasses;
import org.memwall.ui.theme.Theme;

/**
 * The explorer window's content: menu and playback toolbar on top, sliders on the left, the
 * architecture animation in the middle with the charts below it, dashboard tiles on the right. It
 * only binds to the view model and forwards playback commands to the {@link Animation}.
 *
 * <p>Its parts: {@link WindowMenus}, {@link PlaybackBar}, {@link ScenarioGuide}, {@link ControlPanel},
 * {@link Dashboard} (tiles, and the charts in a {@link ChartHost}), {@link WindowExports} and
 * {@link KeyShortcuts}.
 */
public final class ExplorerWindow extends BorderPane {
    /** The guided scenario's claim number that the memory-wall chart illustrates. */
    private static final int MEMORY_WALL_CLAIM = 1;
    /** Narrower than this (in the window's own, scaled pixels) the tiles fold to a column of text. */
    public static final double COMPACT_TILES_BELOW = 1400;

    private final ExplorerViewModel viewModel;
    private final Animation animation;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObjectProperty<Language> languageRequest = new SimpleObjectProperty<>(this, "languageRequest", Language.current());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ScenarioGuide guide;
    private final WindowExports exports;
    private final PlaybackBar playback;
    private final ChartHost charts = new ChartHost();
    private final WindowZoom zoom;
    private final PresenterMode presenter;
    private final CentreColumn column;
    private final SettingsHistory history;
    private final SidePanels panels;
    private final ObjectProperty<Optional<Path>> exportFolder = new SimpleObjectProperty<>(this, "exportFolder", Optional.empty());
    private SaveDialog.Questions saveQuestions = SaveDialog.standard();
    private final Optional<LessonViewModel> lessons;
    // Null until built (see staged): the sliders, tiles and charts are most of the scene's CSS and
    // layout work, and the window can show its moving canvas before any of them.
    private ControlPanel controls;
    private Dashboard dashboard;
    /** The chart asked for before the dashboard was built, shown once it is. */
    private String chartWanted = Dashboard.ENERGY;

    public ExplorerWindow(ExplorerViewModel viewModel, Animation animation, Theme initialTheme) {
        this(viewModel, animation, initialTheme, List.of());
    }

    /** @param scenarios guided scenarios offered in the "Scenarios" menu (none: no menu) */
    public ExplorerWindow(ExplorerViewModel viewModel, Animation animation, Theme initialTheme,
                          List<GuidedScenario> scenarios) {
        this(viewModel, animation, initialTheme, scenarios, Optional.empty(), true, Optional.empty());
    }

    /** @param resultsExport writes the numbers on screen as CSV or JSON ("File, Export numbers") */
    public ExplorerWindow(ExplorerViewModel viewModel, Animation animation, Theme initialTheme,
                          List<GuidedScenario> scenarios, ResultsExport resultsExport) {
        this(viewModel, animation, initialTheme, scenarios, Optional.of(resultsExport), true, Optional.empty());
    }

    /**
     * The window with only its menus, toolbar and moving canvas: {@link #buildControls()} adds the
     * pickers and sliders, {@link #buildDashboard()} the tiles and charts, each once the frame
     * before it is on screen. The panels keep their widths meanwhile, so the canvas does not jump.
     */
    public static ExplorerWindow staged(ExplorerViewModel viewModel, Animation animation, Theme initialTheme,
                                        List<GuidedScenario> scenarios) {
        return new ExplorerWindow(viewModel, animation, initialTheme, scenarios, Optional.empty(), false, Optional.empty());
    }

    /**
     * The whole window with the lessons: verdicts in the scenario strip, cost controls, readouts, the
     * memory-wall history, and what each step points at outlined.
     *
     * @param complete false: staged as {@link #staged(ExplorerViewModel, Animation, Theme, List)} is
     */
    public static ExplorerWindow withLessons(ExplorerViewModel viewModel, Animation animation, Theme initialTheme,
                                             List<GuidedScenario> scenarios, ResultsExport resultsExport,
                                             LessonViewModel lessons, boolean complete) {
        return new ExplorerWindow(viewModel, animation, initialTheme, scenarios, Optional.of(resultsExport), complete,
                Optional.of(lessons));
    }

    private ExplorerWindow(ExplorerViewModel viewModel, Animation animation, Theme initialTheme,
                           List<GuidedScenario> scenarios, Optional<ResultsExport> resultsExport, boolean complete,
                           Optional<LessonViewModel> lessons) {
        this.viewModel = viewModel;
        this.lessons = lessons;
        this.animation = animation;
        getStyleClass().add(StyleClasses.WINDOW);
        setId("explorer");
        theme.set(initialTheme);
        exports = new WindowExports(this, resultsExport, this::report, this::shownState);
        history = new SettingsHistory(viewModel);
        presenter = new PresenterMode(this);
        zoom = new WindowZoom(this, this::rescale);
        panels = new SidePanels(this, charts);
        playback = new PlaybackBar(animation, status);
        guide = new ScenarioGuide(viewModel, lessons, scenarios, this::report);
        lessons.ifPresent(l -> LessonWiring.follow(l, animation,
                memoryWall -> showChart(memoryWall ? Dashboard.MEMORY_WALL : Dashboard.ENERGY)));
        // the memory-wall claim is told with its history chart, the other claims with the energy split
        guide.currentProperty().addListener((obs, old, now) -> now.ifPresent(s ->
                showChart(s.claim().orElse(0) == MEMORY_WALL_CLAIM ? Dashboard.MEMORY_WALL : Dashboard.ENERGY)));

        column = new CentreColumn(viewModel, animation.view(), charts);

        VBox top = new VBox(new WindowMenus(this).build(), playback.view(), guide);
        top.getStyleClass().add("mw-top");
        setTop(top);
        setCenter(column.view());
        if (complete) {
            buildControls();
            buildDashboard();
        }
        panels.relayout();

        viewModel.resultsProperty().addListener((obs, old, now) -> showResults(now));
        // a message about the last action ("That was the last scenario.") is stale once a setting moves
        viewModel.settingsProperty().addListener((obs, old, now) -> status.set(""));
        viewModel.staleProperty().addListener((obs, old, now) -> {
            if (dashboard != null) {
                dashboard.stale(now);
            }
        });
        theme.addListener((obs, old, now) -> applyTheme());
        KeyShortcuts keys = new KeyShortcuts(this);
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                keys.attach(now);
                now.focusOwnerProperty().addListener((o, was, focus) -> panels.scrollIntoView(focus));
                applyTheme();
            }
        });
        showResults(viewModel.results());
    }

    /** Adds the pickers and sliders, showing the current settings; does nothing once they are there. */
    public void buildControls() {
        if (controls == null) {
            controls = new ControlPanel(viewModel);
            panels.setControls(lessons.map(l -> LessonWiring.controls(controls, l)).orElse(controls));
        }
    }

    /** Whether the pickers and sliders have been built. */
    public boolean controlsBuilt() {
        return controls != null;
    }

    /** Adds the tiles and charts, showing the current results; does nothing once they are there. */
    public void buildDashboard() {
        if (dashboard != null) {
            return;
        }
        dashboard = new Dashboard(viewModel, theme.get().palette(), charts, lessons.flatMap(LessonViewModel::history));
        DashboardTiles tiles = dashboard.tiles();
        panels.setTiles(tiles, lessons.map(l -> LessonWiring.tiles(tiles, l)).orElse(tiles));
        charts.select(chartWanted);
        dashboard.show(viewModel.results());
        dashboard.stale(viewModel.staleProperty().get());
    }

    /** Whether the tiles and charts have been built. */
    public boolean dashboardBuilt() {
        return dashboard != null;
    }

    /** The window's scale: 1 is 100 % (see {@link WindowZoom}). */
    public DoubleProperty zoomProperty() {
        return zoom.zoomProperty();
    }

    /** The scale in effect at the window's present size (the asked one, or less when it would not fit). */
    public double effectiveZoom() {
        return zoom.effective();
    }

    /** A hint for a first run across the top of the canvas, pointing at the Scenarios menu. */
    public void showFirstRunHint() {
        column.showHint(guide);
    }

    /** Undo and redo of the settings (Ctrl+Z, Ctrl+Shift+Z). */
    public SettingsHistory history() {
        return history;
    }

    public PresenterMode presenter() {
        return presenter;
    }

    /** Whether the left panel of pickers and sliders is shown (presenter mode folds it away). */
    public BooleanProperty controlsShownProperty() {
        return panels.controlsShownProperty();
    }

    /** Whether the tiles are folded to a column of text (a narrow window, or presenter mode). */
    public boolean tilesCompact() {
        return panels.tilesCompact();
    }

    @Override
    public void resize(double width, double height) {
        Scene scene = getScene();
        if (scene != null && scene.getRoot() == this && scene.getWidth() > 0 && scene.getHeight() > 0) {
            // the scene passes the root's own (scaled) size for the side that did not change
            width = scene.getWidth();
            height = scene.getHeight();
        }
        javafx.geometry.Dimension2D logical = zoom.fit(width, height);
        super.resize(logical.getWidth(), logical.getHeight());
    }

    private void rescale() {
        Scene scene = getScene();
        if (scene != null && scene.getRoot() == this) {
            resize(scene.getWidth(), scene.getHeight());
        } else {
            requestParentLayout();
        }
    }

    /** Presenter mode folds the panels (and unfolds them when it ends). */
    void relayoutPanels() {
        panels.setPresenting(presenter.presentingProperty().get());
    }

    /** The tiles, on screen or folded into their column (empty until {@link #buildDashboard()}). */
    public Optional<org.memwall.ui.tiles.DashboardTiles> tiles() {
        return Optional.ofNullable(dashboard).map(Dashboard::tiles);
    }

    /** The charts below the canvas (empty until {@link #buildDashboard()}). */
    public ChartHost charts() {
        return charts;
    }

    /** Brings a chart below the canvas to the front; asked before the dashboard exists, it shows once it does. */
    public void showChart(String id) {
        chartWanted = id;
        if (dashboard != null) {
            charts.select(id);
        }
    }

    /**
     * The language the user picked in "View, Language"; the application rebuilds the window in it
     * (views read their texts when they are built).
     */
    public ObjectProperty<Language> languageRequestProperty() {
        return languageRequest;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** The last message about an export or other window action ("" when none). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Animation animation() {
        return animation;
    }

    public ExplorerViewModel viewModel() {
        return viewModel;
    }

    /** Shows a message in the toolbar (a preset that failed to load, an export). */
    public void report(String message) {
        status.set(message);
    }

    public ScenarioGuide guide() {
        return guide;
    }

    /** The claims, readouts and cost choice beside the results, if the window has them. */
    public Optional<LessonViewModel> lessons() {
        return lessons;
    }

    /** The pickers and sliders, built now if the window was {@link #staged} and has not built them yet. */
    public ControlPanel controls() {
        buildControls();
        return controls;
    }

    /** What an export of the window now would show: settings, scenario, chart, time, version. */
    public ShownState shownState() {
        return new ShownState(viewModel.settings(), viewModel.results(),
                guide.currentProperty().get().map(GuidedScenario::id), guide.changedProperty().get(), OptionalInt.empty(),
                charts.selectedProperty().get(), animation.simulatedSecondsProperty().get(), ShownState.programVersion(),
                Instant.now());
    }

    /** The exports, which throw on failure (the command line says why and exits). */
    public WindowExports exports() {
        return exports;
    }

    /** The folder the last export went to; the save dialog opens there. */
    public ObjectProperty<Optional<Path>> exportFolderProperty() {
        return exportFolder;
    }

    /** The save dialog's questions (tests answer them). */
    public void setSaveQuestions(SaveDialog.Questions questions) {
        saveQuestions = Objects.requireNonNull(questions, "questions");
    }

    SaveDialog.Questions saveQuestions() {
        return saveQuestions;
    }

    /**
     * Writes the numbers on screen (every chip's result) as CSV or JSON, chosen by the file name's
     * extension, never over a file that is there; a failure is reported in the toolbar and changes nothing else.
     */
    public boolean exportNumbersTo(Path file) {
        return exports.reported(file, "export.numbers.failed", () -> exports.numbers(file, SafeFiles.Overwrite.REFUSE));
    }

    /** Writes the window as a PNG, never over a file that is there; a failure is reported in the toolbar. */
    public boolean exportTo(Path file, double scale) {
        return exportTo(file, scale, SafeFiles.Overwrite.REFUSE);
    }

    public boolean exportTo(Path file, double scale, SafeFiles.Overwrite policy) {
        return exports.reported(file, "export.screenshot.failed", () -> exports.windowPng(file, scale, policy));
    }

    boolean canExportNumbers() {
        return exports.canExportNumbers();
    }

    /** The toolbar's status line (hidden while the window takes its own picture). */
    javafx.scene.Node statusLine() {
        return playback.statusLabel();
    }

    void togglePlay() {
        animation.playingProperty().set(!animation.playingProperty().get());
    }

    void close() {
        if (getScene() != null && getScene().getWindow() != null) {
            getScene().getWindow().hide();
        }
    }

    private void showResults(List<Result> results) {
        if (results.isEmpty()) {
            return;
        }
        animation.show(results);
        if (dashboard != null) {
            dashboard.show(results);
        }
        playback.fitSpeedTo(results);
    }

    private void applyTheme() {
        Scene scene = getScene();
        if (scene != null) {
            theme.get().applyTo(scene);
        }
        if (dashboard != null) {
            dashboard.setPalette(theme.get().palette());
        }
    }
}
