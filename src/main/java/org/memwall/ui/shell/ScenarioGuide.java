package org.memwall.ui.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.GuidedScenario;
import org.memwall.ui.model.GuidedStep;
import org.memwall.ui.model.LessonViewModel;
import org.memwall.ui.model.CostChoice;
import org.memwall.ui.model.ScenarioLibrary;
import org.memwall.ui.model.Setting;

/**
 * Guided scenarios: a "Scenarios" menu and a strip above the canvas that shows the chosen
 * scenario's claim, narrative and what to look at. Choosing one sets the view model's settings;
 * moving a slider afterwards keeps the words on screen but says the settings changed from the
 * scenario. With no scenario chosen the strip is hidden and the window works as without it.
 *
 * <p>Ctrl+Right / Ctrl+Left (menu accelerators) and PageDown / PageUp, which presentation remotes
 * send, move to the next and previous scenario.
 */
public final class ScenarioGuide extends VBox {
    public static final String STYLE = "mw-guide";
    public static final String CHANGED = "mw-guide-changed";
    private static final String STYLESHEET = "/org/memwall/ui/shell/guide.css";

    private final Messages m = Messages.of(ScenarioGuide.class);
    private final ExplorerViewModel viewModel;
    private List<GuidedScenario> scenarios;
    private Optional<ScenarioLibrary> library = Optional.empty();
    private final Consumer<String> report;
    private final ReadOnlyObjectWrapper<Optional<GuidedScenario>> current =
            new ReadOnlyObjectWrapper<>(this, "current", Optional.empty());
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed", false);
    private final Label title = new Label();
    private final Label changedLabel = new Label(m.get("guide.changed"));
    private final Button restore = new Button(m.get("guide.restore"));
    private final GuideBody body;
    private final ToggleButton fold = new ToggleButton(m.get("guide.hideText"));
    private final ScenarioMenu menu;
    private final Optional<LessonViewModel> lessons;
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", 0);
    private final Label stepLabel = new Label();
    private Button stepBack;
    private Button stepNext;

    /**
     * @param scenarios the scenarios to offer, shown in the order of their claims
     * @param report    where to say that a scenario cannot be shown (the window's status line)
     */
    public ScenarioGuide(ExplorerViewModel viewModel, List<GuidedScenario> scenarios, Consumer<String> report) {
        this(viewModel, Optional.empty(), scenarios, report);
    }

    /**
     * @param lessons checks the claims of the step on screen and shows their verdicts in the strip;
     *                empty: the strip shows the words only
     */
    public ScenarioGuide(ExplorerViewModel viewModel, Optional<LessonViewModel> lessons, List<GuidedScenario> scenarios,
                         Consumer<String> report) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.lessons = Objects.requireNonNull(lessons, "lessons");
        this.scenarios = scenarios.stream()
                .sorted(Comparator.comparingInt(GuidedScenario::order).thenComparing(GuidedScenario::id)).toList();
        this.report = Objects.requireNonNull(report, "report");
        body = new GuideBody(viewModel, lessons);
        getStyleClass().add(STYLE);
        setId("guide");
        visibleProperty().bind(current.isNotEqualTo(Optional.empty()));
        menu = new ScenarioMenu(this);
        managedProperty().bind(visibleProperty());
        viewModel.settingsProperty().addListener((obs, old, now) -> updateChanged());
        lessons.ifPresent(l -> l.costsProperty().addListener((obs, old, now) -> updateChanged()));
    }

    public List<GuidedScenario> scenarios() {
        return scenarios;
    }

    /** Where "Save as scenario..." and "Open scenario..." keep the user's scenarios; without one they are greyed. */
    public void setLibrary(ScenarioLibrary library) {
        this.library = Optional.of(library);
        menu.libraryAvailable(true);
    }

    Optional<ScenarioLibrary> library() {
        return library;
    }

    /** Adds a scenario (one just saved or opened) to the menu, replacing one with its id, and shows it. */
    public void add(GuidedScenario scenario) {
        List<GuidedScenario> all = new ArrayList<>(scenarios.stream().filter(s -> !s.id().equals(scenario.id())).toList());
        all.add(scenario);
        scenarios = all.stream().sorted(Comparator.comparingInt(GuidedScenario::order).thenComparing(GuidedScenario::id)).toList();
        menu.rebuild();
        choose(scenario);
    }

    /** The settings and price basis on screen: what "Save as scenario..." stores. */
    CostChoice costs() {
        return lessons.map(LessonViewModel::costs).orElse(CostChoice.DEFAULT);
    }

    ExplorerViewModel viewModel() {
        return viewModel;
    }

    void report(String message) {
        report.accept(message);
    }

    /** The "Scenarios" menu; hidden when there is no scenario to offer. */
    public Menu menu() {
        return menu.menu();
    }

    /** The scenario on screen, if any. */
    public ReadOnlyObjectProperty<Optional<GuidedScenario>> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** True when the settings no longer are the ones the scenario on screen set. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** Chooses the scenario with this id; false (and a message) when it is unknown or cannot be shown. */
    public boolean choose(String id) {
        return choose(id, 0);
    }

    /** Chooses a scenario at a step (0 is the first); a step it does not have is its last. */
    public boolean choose(String id, int stepIndex) {
        Optional<GuidedScenario> scenario = scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
        if (scenario.isEmpty()) {
            report.accept(m.format("guide.noSuchScenario", id));
            return false;
        }
        return choose(scenario.get(), stepIndex);
    }

    /** The step on screen, 0 for the first. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The next step of the scenario on screen; after its last, the next scenario. */
    public void nextStep() {
        Optional<GuidedScenario> now = current.get();
        if (now.isPresent() && step.get() + 1 < now.get().steps().size()) {
            showStep(now.get(), step.get() + 1);
        } else {
            next();
        }
    }

    /** The step before; before the first, the previous scenario. */
    public void previousStep() {
        Optional<GuidedScenario> now = current.get();
        if (now.isPresent() && step.get() > 0) {
            showStep(now.get(), step.get() - 1);
        } else {
            previous();
        }
    }

    /**
     * Sets the scenario's chips, model and sliders and shows its words. A scenario naming a chip
     * or model that the loaded presets do not have changes nothing and says which one is missing.
     */
    public boolean choose(GuidedScenario scenario) {
        return choose(scenario, 0);
    }

    private boolean choose(GuidedScenario scenario, int stepIndex) {
        Optional<String> missing = missing(scenario.settings());
        for (GuidedStep st : scenario.steps()) {
            missing = missing.or(() -> missing(st.settings()));
        }
        if (missing.isPresent()) {
            report.accept(m.format("guide.cannotShow", scenario.title(), missing.get()));
            menu.select(current.get());
            return false;
        }
        ensureStrip();
        current.set(Optional.of(scenario));
        showStep(scenario, Math.max(0, Math.min(stepIndex, scenario.steps().size() - 1)));
        menu.select(current.get());
        return true;
    }

    /** Sets a step's sliders, chips and cost choice, its words, its claims and what it points at. */
    private void showStep(GuidedScenario scenario, int index) {
        GuidedStep st = scenario.steps().get(index);
        step.set(index);
        viewModel.update(Setting.HARDWARE, s -> st.settings());
        lessons.ifPresent(l -> {
            l.costsProperty().set(st.costs());
            l.showStep(st.claimIds(), st.highlights());
        });
        show(scenario);
        updateChanged();
    }

    /** The scenario after the one on screen (the first when none is); at the last one, stays. */
    public void next() {
        move(+1);
    }

    public void previous() {
        move(-1);
    }

    /** Hides the strip; the settings stay as they are. */
    public void leave() {
        current.set(Optional.empty());
        lessons.ifPresent(LessonViewModel::clearStep);
        menu.select(current.get());
        updateChanged();
    }

    /** Moves on, past scenarios that cannot be shown (each is reported), and stops at either end. */
    private void move(int direction) {
        if (scenarios.isEmpty()) {
            return;
        }
        int index = current.get().map(scenarios::indexOf).orElse(-1);
        int next = index < 0 ? (direction > 0 ? 0 : scenarios.size() - 1) : index + direction;
        // a scenario that cannot be shown is said once the next one is on screen, so the message
        // is not the stale one of the scenario left behind
        Optional<String> skipped = Optional.empty();
        while (next >= 0 && next < scenarios.size()) {
            GuidedScenario candidate = scenarios.get(next);
            Optional<String> gone = missing(candidate.settings());
            if (gone.isEmpty() && choose(candidate)) {
                skipped.ifPresent(report);
                return;
            }
            skipped = gone.map(why -> m.format("guide.cannotShow", candidate.title(), why));
            next += direction;
        }
        skipped.ifPresent(report);
        if (index >= 0 && missing(scenarios.get(index).settings()).isEmpty()) {
            report.accept(m.get(direction > 0 ? "guide.last" : "guide.first"));
        }
    }

    private Optional<String> missing(ExplorerSettings s) {
        List<String> chips = new ArrayList<>();
        chips.add(s.hardwareId());
        chips.addAll(s.compareIds());
        for (String id : chips) {
            if (viewModel.hardware(id).isEmpty()) {
                return Optional.of(m.format("guide.missingChip", id));
            }
        }
        if (viewModel.model(s.modelId()).isEmpty()) {
            return Optional.of(m.format("guide.missingModel", s.modelId()));
        }
        return Optional.empty();
    }

    private void updateChanged() {
        boolean now = current.get().map(s -> {
            GuidedStep st = s.steps().get(Math.min(step.get(), s.steps().size() - 1));
            return !st.settings().equals(viewModel.settings())
                    || lessons.map(l -> !l.costs().equals(st.costs())).orElse(false);
        }).orElse(false);
        changed.set(now);
        pseudoChanged(now);
    }

    private void pseudoChanged(boolean now) {
        if (now && !getStyleClass().contains(CHANGED)) {
            getStyleClass().add(CHANGED);
        } else if (!now) {
            getStyleClass().remove(CHANGED);
        }
    }

    private void show(GuidedScenario s) {
        title.setText(s.claim().isPresent() ? m.format("guide.title", s.claim().getAsInt(), s.title()) : s.title());
        title.setTooltip(new Tooltip(s.narrative()));
        int n = s.steps().size();
        body.show(s, step.get());
        stepLabel.setText(m.format("guide.step", step.get() + 1, n));
        stepLabel.setVisible(n > 1);
        stepBack.setDisable(step.get() == 0 && scenarios.indexOf(s) <= 0);
        stepNext.setDisable(step.get() == n - 1 && scenarios.indexOf(s) == scenarios.size() - 1);
    }

    /**
     * The strip is built the first time a scenario is shown: hidden, it still cost the window
     * thread about half a second of CSS and layout before the first frame.
     */
    private void ensureStrip() {
        if (getChildren().isEmpty()) {
            getStylesheets().add(Objects.requireNonNull(ScenarioGuide.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
            buildStrip();
        }
    }

    private void buildStrip() {
        title.setId("guide-title");
        title.getStyleClass().add("mw-guide-title");
        title.setMinWidth(0);
        changedLabel.setId("guide-changed");
        changedLabel.getStyleClass().add("mw-guide-badge");
        changedLabel.setMinWidth(Region.USE_PREF_SIZE);
        restore.setId("guide-restore");
        restore.setTooltip(new Tooltip(m.get("guide.restore.tip")));
        restore.setOnAction(e -> current.get().ifPresent(s -> choose(s, step.get())));
        restore.setFocusTraversable(false);
        restore.setMinWidth(Region.USE_PREF_SIZE);
        for (javafx.scene.Node n : List.of(changedLabel, restore)) {
            n.visibleProperty().bind(changed.getReadOnlyProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        Button previous = smallButton("guide-previous", "◀", m.get("guide.previous.tip"), this::previous);
        Button next = smallButton("guide-next", "▶", m.get("guide.next.tip"), this::next);
        Button close = smallButton("guide-close", "✕", m.get("guide.close.tip"), this::leave);
        stepBack = smallButton("guide-step-back", m.get("guide.stepBack"), m.get("guide.stepBack.tip"), this::previousStep);
        stepNext = smallButton("guide-step-next", m.get("guide.stepNext"), m.get("guide.stepNext.tip"), this::nextStep);
        stepLabel.setId("guide-step");
        stepLabel.getStyleClass().add("mw-guide-step");
        stepLabel.setMinWidth(Region.USE_PREF_SIZE);
        stepLabel.managedProperty().bind(stepLabel.visibleProperty());
        for (Button b : List.of(stepBack, stepNext)) {
            b.visibleProperty().bind(stepLabel.visibleProperty());
            b.managedProperty().bind(b.visibleProperty());
        }
        fold.setId("guide-fold");
        fold.setMinWidth(Region.USE_PREF_SIZE);
        fold.setTooltip(new Tooltip(m.get("guide.fold.tip")));
        fold.textProperty().bind(javafx.beans.binding.Bindings.when(fold.selectedProperty())
                .then(m.get("guide.showText")).otherwise(m.get("guide.hideText")));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.SOMETIMES);
        HBox header = new HBox(8, title, changedLabel, restore, gap, stepBack, stepLabel, stepNext,
                new Separator(javafx.geometry.Orientation.VERTICAL), previous, next, fold, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("mw-guide-header");

        javafx.scene.Node text = body.build();
        text.visibleProperty().bind(fold.selectedProperty().not());
        text.managedProperty().bind(text.visibleProperty());
        getChildren().setAll(header, text);
    }

    private static Button smallButton(String id, String text, String tip, Runnable action) {
        Button b = PlaybackBar.button(id, text, tip, action);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.getStyleClass().add("mw-guide-button");
        return b;
    }
}
