package org.memwall.ui.shell;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.memwall.core.sim.Phase;
import org.memwall.core.sim.Result;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.charts.EnergyChart;
import org.memwall.ui.charts.MemoryWallChart;
import org.memwall.ui.charts.RooflineChart;
import org.memwall.ui.charts.TimeBreakdownChart;
import java.nio.file.Files;
import org.memwall.ui.export.PngSnapshot;
import org.memwall.ui.export.ResultsExport;
import org.memwall.ui.format.Units;
import org.memwall.ui.model.GuidedScenario;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.LessonViewModel;
import org.memwall.ui.theme.StyleClasses;
import org.memwall.ui.theme.Theme;
import org.memwall.ui.tiles.DashboardTiles;

/**
 * The explorer window's content: menu and playback toolbar on top, sliders on the left, the
 * architecture animation in the middle with charts below it, dashboard tiles on the right. It
 * only binds to the view model and forwards playback commands to the {@link Animation}.
 */
public final class ExplorerWindow extends BorderPane {
    /** The guided scenario's claim number that the memory-wall chart illustrates. */
    private static final int MEMORY_WALL_CLAIM = 1;
    /** Wall seconds one loop of the slowest trace takes until the user picks a speed. */
    private static final double LOOP_WALL_SECONDS = 4;

    private final Messages m = Messages.of(ExplorerWindow.class);
    private final ExplorerViewModel viewModel;
    private final Animation animation;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ScenarioGuide guide;
    private final Optional<LessonViewModel> lessons;
    private final Optional<ResultsExport> resultsExport;
    private final ScrollPane left = new ScrollPane();
    // Null until built (see staged): the sliders, tiles and charts are most of the scene's CSS and
    // layout work, and the window can show its moving canvas before any of them.
    private ControlPanel controls;
    private final HBox charts = new HBox(8);
    private DashboardTiles tiles;
    private TimeBreakdownChart timeChart;
    private RooflineChart roofline;
    private EnergyChart energyChart;
    private MemoryWallChart memoryWallChart;
    // Which chart the third place below the canvas shows; kept while the dashboard is not built yet.
    private final ObjectProperty<Language> languageRequest = new SimpleObjectProperty<>(this, "languageRequest", Language.current());
    private final BooleanProperty memoryWallShown = new SimpleBooleanProperty(this, "memoryWallShown", false);
    private final Label banner = new Label();
    private final Label clock = new Label();
    private final Label statusLabel = new Label();
    private final Slider speed = new Slider(-8, -1, -4);
    private final Label speedLabel = new Label();
    private final ToggleButton playButton = new ToggleButton(m.get("toolbar.play"));
    private boolean speedChosen;
    private boolean settingSpeed;

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

    /** {@link #staged(ExplorerViewModel, Animation, Theme, List)} with a writer for "Export numbers". */
    public static ExplorerWindow staged(ExplorerViewModel viewModel, Animation animation, Theme initialTheme,
                                        List<GuidedScenario> scenarios, ResultsExport resultsExport) {
        return new ExplorerWindow(viewModel, animation, initialTheme, scenarios, Optional.of(resultsExport), false, Optional.empty());
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
        this.resultsExport = resultsExport;
        this.animation = animation;
        getStyleClass().add(StyleClasses.WINDOW);
        setId("explorer");
        theme.set(initialTheme);
        guide = new ScenarioGuide(viewModel, lessons, scenarios, this::report);
        lessons.ifPresent(l -> LessonWiring.follow(l, animation, memoryWallShown::set));
        // the memory-wall claim is told with its history chart, the other claims with the energy split
        guide.currentProperty().addListener((obs, old, now) ->
                now.ifPresent(s -> memoryWallShown.set(s.claim().orElse(0) == MEMORY_WALL_CLAIM)));

        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.setId("controls-scroll");
        left.getStyleClass().add("mw-left");
        left.setPrefWidth(260);
        left.setMinWidth(230);

        banner.getStyleClass().add(StyleClasses.BANNER);
        banner.setId("banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(viewModel.problemProperty());
        banner.visibleProperty().bind(viewModel.problemProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());

        StackPane centre = new StackPane(animation.view());
        centre.getStyleClass().add(StyleClasses.CENTRE);
        centre.setMinSize(0, 0);
        charts.getStyleClass().add(StyleClasses.CHART_PANEL);
        charts.setId("charts");
        charts.setMinHeight(180);
        charts.prefHeightProperty().bind(heightProperty().multiply(0.34));
        VBox middle = new VBox(6, banner, centre, charts);
        VBox.setVgrow(centre, Priority.ALWAYS);
        middle.setPadding(new Insets(6));

        setTop(new VBox(menuBar(), toolBar(), guide));
        setLeft(left);
        setCenter(middle);
        if (complete) {
            buildControls();
            createDashboard();
        } else {
            // holds the tiles' width so the canvas does not jump when they arrive
            Region tilesSpace = new Region();
            tilesSpace.setPrefWidth(360);
            tilesSpace.setMinWidth(320);
            BorderPane.setMargin(tilesSpace, new Insets(6));
            setRight(tilesSpace);
        }

        viewModel.resultsProperty().addListener((obs, old, now) -> showResults(now));
        viewModel.staleProperty().addListener((obs, old, now) -> pseudoStale(now));
        theme.addListener((obs, old, now) -> applyTheme());
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
                applyTheme();
            }
        });
        showResults(viewModel.results());
    }

    /** Adds the pickers and sliders, showing the current settings; does nothing once they are there. */
    public void buildControls() {
        if (controls == null) {
            controls = new ControlPanel(viewModel);
            left.setContent(lessons.map(l -> LessonWiring.controls(controls, l)).orElse(controls));
        }
    }

    /** Whether the pickers and sliders have been built. */
    public boolean controlsBuilt() {
        return controls != null;
    }

    /** Adds the tiles and charts, showing the current results; does nothing once they are there. */
    public void buildDashboard() {
        if (tiles != null) {
            return;
        }
        createDashboard();
        List<Result> results = viewModel.results();
        if (!results.isEmpty()) {
            timeChart.show(results);
            roofline.show(results);
            energyChart.show(results);
            memoryWallChart.show(results);
        }
        pseudoStale(viewModel.staleProperty().get());
    }

    private void createDashboard() {
        timeChart = new TimeBreakdownChart();
        roofline = new RooflineChart();
        energyChart = new EnergyChart();
        for (Region chart : List.of(timeChart, roofline, energyChart)) {
            HBox.setHgrow(chart, Priority.ALWAYS);
            chart.setPrefWidth(100);
            chart.setMinWidth(0);
        }
        memoryWallChart = new MemoryWallChart(viewModel.trends(), lessons.flatMap(LessonViewModel::history));
        Region third = energyOrMemoryWall();
        HBox.setHgrow(third, Priority.ALWAYS);
        third.setPrefWidth(100);
        third.setMinWidth(0);
        charts.getChildren().setAll(timeChart, roofline, third);
        tiles = new DashboardTiles(viewModel, theme.get().palette());
        tiles.setPrefWidth(360);
        tiles.setMinWidth(320);
        tiles.setMaxWidth(420);
        javafx.scene.Node right = lessons.map(l -> LessonWiring.tiles(tiles, l)).orElse(tiles);
        BorderPane.setMargin(right, new Insets(6));
        setRight(right);
    }

    /**
     * The energy chart and the memory-wall chart share the third place below the canvas; two
     * small buttons above it switch between them.
     */
    private Region energyOrMemoryWall() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton energy = chartSwitch("show-energy", m.get("chart.energy"), m.get("chart.energy.tip"), group);
        ToggleButton wall = chartSwitch("show-memory-wall", m.get("chart.memoryWall"),
                m.get("chart.memoryWall.tip"), group);
        (memoryWallShown.get() ? wall : energy).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always shown
            } else {
                memoryWallShown.set(now == wall);
            }
        });
        memoryWallShown.addListener((obs, old, now) -> (now ? wall : energy).setSelected(true));
        memoryWallChart.visibleProperty().bind(wall.selectedProperty());
        energyChart.visibleProperty().bind(wall.selectedProperty().not());
        HBox switches = new HBox(2, energy, wall);
        switches.setAlignment(Pos.CENTER_RIGHT);
        switches.getStyleClass().add("mw-chart-switch");
        StackPane both = new StackPane(energyChart, memoryWallChart);
        both.setMinSize(0, 0);
        VBox slot = new VBox(2, switches, both);
        VBox.setVgrow(both, Priority.ALWAYS);
        return slot;
    }

    private static ToggleButton chartSwitch(String id, String text, String tip, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }

    /**
     * The language the user picked in "View, Language"; the application rebuilds the window in it
     * (views read their texts when they are built).
     */
    public ObjectProperty<Language> languageRequestProperty() {
        return languageRequest;
    }

    /** Whether the memory-wall chart rather than the energy chart is shown below the canvas. */
    public BooleanProperty memoryWallShownProperty() {
        return memoryWallShown;
    }

    /** Whether the tiles and charts have been built. */
    public boolean dashboardBuilt() {
        return tiles != null;
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

    /**
     * Writes the numbers on screen (every chip's result) as CSV or JSON, chosen by the file name's
     * extension; a failure is reported in the toolbar and changes nothing else.
     */
    public boolean exportNumbersTo(Path file) {
        if (resultsExport.isEmpty()) {
            status.set(m.get("export.numbers.unavailable"));
            return false;
        }
        Optional<ResultsExport.Format> format = ResultsExport.Format.ofFileName(file.getFileName().toString());
        if (format.isEmpty()) {
            status.set(m.format("export.numbers.badName", file));
            return false;
        }
        List<Result> results = viewModel.results();
        if (results.isEmpty()) {
            status.set(m.get("export.numbers.none"));
            return false;
        }
        try {
            Files.writeString(file, resultsExport.get().render(results, format.get()));
            status.set(m.format("export.saved", file.getFileName()));
            return true;
        } catch (IOException | RuntimeException e) {
            status.set(m.format("export.numbers.failed", file, describe(e)));
            return false;
        }
    }

    private String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return m.get("export.permissionDenied");
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return m.get("export.noFolder");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Writes the window as a PNG; a failure is reported in the toolbar and changes nothing else. */
    public boolean exportTo(Path file, double scale) {
        try {
            PngSnapshot.write(this, file, scale);
            status.set(m.format("export.saved", file.getFileName()));
            return true;
        } catch (IOException | RuntimeException e) {
            status.set(m.format("export.screenshot.failed", file, e.getMessage()));
            return false;
        }
    }

    private void showResults(List<Result> results) {
        if (results.isEmpty()) {
            return;
        }
        animation.show(results);
        if (tiles != null) {
            timeChart.show(results);
            roofline.show(results);
            energyChart.show(results);
            memoryWallChart.show(results);
        }
        if (!speedChosen) {
            double longest = results.stream().mapToDouble(r -> r.decodeTrace().durationSeconds()).max().orElse(0);
            if (longest > 0) {
                settingSpeed = true;
                speed.setValue(Math.log10(longest / LOOP_WALL_SECONDS));
                settingSpeed = false;
            }
        }
    }

    private void pseudoStale(boolean stale) {
        if (tiles == null) {
            return;
        }
        for (javafx.scene.Node chart : List.of(timeChart, roofline, energyChart)) {
            chart.setOpacity(stale ? 0.5 : 1);
        }
    }

    private void applyTheme() {
        Scene scene = getScene();
        if (scene != null) {
            theme.get().applyTo(scene);
        }
        if (tiles != null) {
            tiles.setPalette(theme.get().palette());
        }
    }

    private MenuBar menuBar() {
        MenuItem shot1 = new MenuItem(m.get("menu.screenshot1"));
        shot1.setOnAction(e -> chooseAndExport(1));
        MenuItem shot2 = new MenuItem(m.get("menu.screenshot2"));
        shot2.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        shot2.setOnAction(e -> chooseAndExport(2));
        MenuItem shot4 = new MenuItem(m.get("menu.screenshot4"));
        shot4.setOnAction(e -> chooseAndExport(4));
        Menu export = new Menu(m.get("menu.exportScreenshot"), null, shot1, shot2, shot4);
        export.setId("menu-export-screenshot");
        MenuItem numbers = new MenuItem(m.get("menu.exportNumbers"));
        numbers.setId("menu-export-numbers");
        numbers.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        numbers.setOnAction(e -> chooseAndExportNumbers());
        numbers.setDisable(resultsExport.isEmpty());
        MenuItem quit = new MenuItem(m.get("menu.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> {
            if (getScene() != null && getScene().getWindow() != null) {
                getScene().getWindow().hide();
            }
        });
        Menu file = new Menu(m.get("menu.file"), null, export, numbers, quit);

        CheckMenuItem dark = new CheckMenuItem(m.get("menu.dark"));
        dark.setId("menu-dark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        dark.setSelected(theme.get() == Theme.DARK);
        dark.setOnAction(e -> theme.set(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        theme.addListener((obs, old, now) -> dark.setSelected(now == Theme.DARK));
        ToggleGroup languages = new ToggleGroup();
        Menu language = new Menu("Language / 语言");
        language.setId("menu-language");
        for (Language l : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(l.nativeName());
            item.setId("menu-language-" + l.id());
            item.setToggleGroup(languages);
            item.setSelected(l == languageRequest.get());
            item.setOnAction(e -> languageRequest.set(l));
            language.getItems().add(item);
        }
        Menu view = new Menu(m.get("menu.view"), null, dark, language);

        MenuItem play = new MenuItem(m.get("menu.playPause"));
        play.setOnAction(e -> togglePlay());
        MenuItem step = new MenuItem(m.get("menu.step"));
        step.setOnAction(e -> animation.step());
        MenuItem back = new MenuItem(m.get("menu.stepBack"));
        back.setOnAction(e -> animation.stepBack());
        MenuItem reset = new MenuItem(m.get("menu.reset"));
        reset.setOnAction(e -> animation.reset());
        Menu playback = new Menu(m.get("menu.playback"), null, play, step, back, reset);
        MenuBar bar = new MenuBar(file, view, playback, guide.menu());
        bar.setId("menu");
        return bar;
    }

    private ToolBar toolBar() {
        playButton.setId("play");
        playButton.selectedProperty().bindBidirectional(animation.playingProperty());
        playButton.textProperty().bind(javafx.beans.binding.Bindings.when(playButton.selectedProperty())
                .then(m.get("toolbar.pause")).otherwise(m.get("toolbar.play")));
        playButton.setTooltip(new Tooltip(m.get("toolbar.play.tip")));
        playButton.setMinWidth(64);
        Button back = button("step-back", m.get("toolbar.stepBack"), m.get("toolbar.stepBack.tip"), animation::stepBack);
        Button step = button("step", m.get("toolbar.step"), m.get("toolbar.step.tip"), animation::step);
        Button reset = button("reset", m.get("toolbar.reset"), m.get("toolbar.reset.tip"), animation::reset);

        ChoiceBox<Phase> phase = new ChoiceBox<>();
        phase.setId("phase");
        phase.getItems().setAll(Phase.DECODE, Phase.PREFILL);
        phase.setValue(Phase.DECODE);
        phase.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Phase p) {
                return p == null ? "" : p == Phase.DECODE ? m.get("toolbar.phase.decode") : m.get("toolbar.phase.prefill");
            }

            @Override
            public Phase fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        phase.valueProperty().addListener((obs, old, now) -> animation.setPhase(now));
        phase.setTooltip(new Tooltip(m.get("toolbar.phase.tip")));

        speed.setId("speed");
        speed.setPrefWidth(120);
        speed.setTooltip(new Tooltip(m.get("toolbar.speed.tip")));
        speed.valueProperty().addListener((obs, old, now) -> {
            double simulatedPerWall = Math.pow(10, now.doubleValue());
            animation.speedProperty().set(simulatedPerWall);
            speedLabel.setText(m.format("toolbar.speed.value", Units.seconds(simulatedPerWall)));
            if (!settingSpeed) {
                speedChosen = true;
            }
        });
        animation.speedProperty().set(Math.pow(10, speed.getValue()));
        // The canvas may refit the speed when a loop would play too fast or too slow: show that.
        animation.speedProperty().addListener((obs, old, now) -> {
            double position = Math.log10(now.doubleValue());
            if (Double.isFinite(position) && Math.abs(position - speed.getValue()) > 1e-9) {
                settingSpeed = true;
                speed.setValue(position);
                settingSpeed = false;
            }
        });
        speedLabel.setText(m.format("toolbar.speed.value", Units.seconds(Math.pow(10, speed.getValue()))));
        speedLabel.setMinWidth(90);

        clock.setId("clock");
        clock.getStyleClass().add(StyleClasses.CLOCK);
        clock.setMinWidth(140);
        clock.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> "t = " + Units.seconds(animation.simulatedSecondsProperty().get()),
                animation.simulatedSecondsProperty()));
        clock.setTooltip(new Tooltip(m.get("toolbar.clock.tip")));

        statusLabel.setId("status");
        statusLabel.textProperty().bind(status);
        statusLabel.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ToolBar bar = new ToolBar(playButton, back, step, reset, new Separator(Orientation.VERTICAL), phase,
                new Label(m.get("toolbar.speed")), speed, speedLabel, new Separator(Orientation.VERTICAL), clock, gap, statusLabel);
        bar.getStyleClass().add(StyleClasses.TOOLBAR);
        bar.setId("toolbar");
        HBox.setHgrow(statusLabel, Priority.SOMETIMES);
        statusLabel.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    /** A toolbar button: id for tests, a tooltip, and no keyboard focus (keys drive the playback). */
    static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void togglePlay() {
        animation.playingProperty().set(!animation.playingProperty().get());
    }

    /** Playback keys work wherever the focus is, except where the key already means something. */
    private void shortcut(KeyEvent e) {
        Object focus = getScene() == null ? null : getScene().getFocusOwner();
        if (focus instanceof TextInputControl) {
            return;
        }
        boolean onSlider = focus instanceof Slider;
        KeyCode code = e.getCode();
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (code == KeyCode.SPACE) {
            togglePlay();
        } else if (code == KeyCode.RIGHT && !onSlider) {
            animation.step();
        } else if (code == KeyCode.LEFT && !onSlider) {
            animation.stepBack();
        } else if ((code == KeyCode.HOME && !onSlider) || code == KeyCode.R) {
            animation.reset();
        } else {
            return;
        }
        e.consume();
    }

    private void chooseAndExportNumbers() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.get("chooser.numbers.title"));
        chooser.setInitialFileName("memory-wall.csv");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(m.get("chooser.numbers.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(m.get("chooser.numbers.json"), "*.json"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            String name = file.getName();
            boolean named = ResultsExport.Format.ofFileName(name).isPresent();
            // a name typed without an extension takes the one of the filter chosen
            String extension = chooser.getSelectedExtensionFilter() != null
                    && chooser.getSelectedExtensionFilter().getExtensions().contains("*.json") ? ".json" : ".csv";
            exportNumbersTo(named ? file.toPath() : file.toPath().resolveSibling(name + extension));
        }
    }

    private void chooseAndExport(int scale) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(m.format("chooser.screenshot.title", scale));
        chooser.setInitialFileName(scale == 1 ? "memory-wall.png" : "memory-wall@" + scale + "x.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(m.get("chooser.screenshot.png"), "*.png"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            String name = file.getName().toLowerCase(Locale.ROOT);
            Path path = name.endsWith(".png") ? file.toPath() : file.toPath().resolveSibling(file.getName() + ".png");
            exportTo(path, scale);
        }
    }

    Optional<Label> bannerLabel() {
        return Optional.of(banner);
    }
}
