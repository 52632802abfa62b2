package org.memwall.ui.shell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.memwall.core.model.Hardware;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.GuidedScenario;
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
    /** The look-at column's share of the strip: the narrative is about twice as long as the hints. */
    private static final double LOOK_AT_PERCENT_WIDTH = 34;

    private final Messages m = Messages.of(ScenarioGuide.class);
    private final ExplorerViewModel viewModel;
    private final List<GuidedScenario> scenarios;
    private final Consumer<String> report;
    private final ReadOnlyObjectWrapper<Optional<GuidedScenario>> current =
            new ReadOnlyObjectWrapper<>(this, "current", Optional.empty());
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed", false);
    private final Label title = new Label();
    private final Label changedLabel = new Label(m.get("guide.changed"));
    private final Button restore = new Button(m.get("guide.restore"));
    private final Label narrative = new Label();
    private final Label notShown = new Label();
    private final VBox lookAt = new VBox(1);
    private final ToggleButton fold = new ToggleButton(m.get("guide.hideText"));
    private final ToggleGroup menuGroup = new ToggleGroup();
    private final List<RadioMenuItem> menuItems = new ArrayList<>();
    private final Menu menu = new Menu(m.get("guide.menu"));

    /**
     * @param scenarios the scenarios to offer, shown in the order of their claims
     * @param report    where to say that a scenario cannot be shown (the window's status line)
     */
    public ScenarioGuide(ExplorerViewModel viewModel, List<GuidedScenario> scenarios, Consumer<String> report) {
        this.viewModel = Objects.requireNonNull(viewModel, "viewModel");
        this.scenarios = scenarios.stream()
                .sorted(Comparator.comparingInt(GuidedScenario::claim).thenComparing(GuidedScenario::id)).toList();
        this.report = Objects.requireNonNull(report, "report");
        getStyleClass().add(STYLE);
        setId("guide");
        buildMenu();
        visibleProperty().bind(current.isNotEqualTo(Optional.empty()));
        managedProperty().bind(visibleProperty());
        viewModel.settingsProperty().addListener((obs, old, now) -> updateChanged());
        sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, this::pageKeys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, this::pageKeys);
            }
        });
    }

    public List<GuidedScenario> scenarios() {
        return scenarios;
    }

    /** The "Scenarios" menu; hidden when there is no scenario to offer. */
    public Menu menu() {
        return menu;
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
        Optional<GuidedScenario> scenario = scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
        if (scenario.isEmpty()) {
            report.accept(m.format("guide.noSuchScenario", id));
            return false;
        }
        return choose(scenario.get());
    }

    /**
     * Sets the scenario's chips, model and sliders and shows its words. A scenario naming a chip
     * or model that the loaded presets do not have changes nothing and says which one is missing.
     */
    public boolean choose(GuidedScenario scenario) {
        Optional<String> missing = missing(scenario.settings());
        if (missing.isPresent()) {
            report.accept(m.format("guide.cannotShow", scenario.title(), missing.get()));
            selectMenuItem();
            return false;
        }
        ensureStrip();
        current.set(Optional.of(scenario));
        viewModel.update(Setting.HARDWARE, s -> scenario.settings());
        show(scenario);
        selectMenuItem();
        updateChanged();
        return true;
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
        selectMenuItem();
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
        boolean now = current.get().map(s -> !s.settings().equals(viewModel.settings())).orElse(false);
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
        title.setText(m.format("guide.title", s.claim(), s.title()));
        narrative.setText(s.narrative());
        List<Label> points = new ArrayList<>();
        for (String hint : s.lookAt()) {
            points.add(point("• " + hint));
        }
        if (s.notShownIds().isEmpty()) {
            notShown.setText("");
        } else {
            List<String> names = s.notShownIds().stream()
                    .map(id -> viewModel.hardware(id).map(Hardware::name).orElse(id)).toList();
            notShown.setText(m.format("guide.notShown", String.join(", ", names)));
        }
        Label head = new Label(m.get("guide.lookAt"));
        head.getStyleClass().add("mw-guide-head");
        lookAt.getChildren().setAll(head);
        lookAt.getChildren().addAll(points);
    }

    private static Label point(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
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
        restore.setOnAction(e -> current.get().ifPresent(this::choose));
        restore.setMinWidth(Region.USE_PREF_SIZE);
        for (javafx.scene.Node n : List.of(changedLabel, restore)) {
            n.visibleProperty().bind(changed.getReadOnlyProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        Button previous = smallButton("guide-previous", "◀", m.get("guide.previous.tip"), this::previous);
        Button next = smallButton("guide-next", "▶", m.get("guide.next.tip"), this::next);
        Button close = smallButton("guide-close", "✕", m.get("guide.close.tip"), this::leave);
        fold.setId("guide-fold");
        fold.setMinWidth(Region.USE_PREF_SIZE);
        fold.setTooltip(new Tooltip(m.get("guide.fold.tip")));
        fold.textProperty().bind(javafx.beans.binding.Bindings.when(fold.selectedProperty())
                .then(m.get("guide.showText")).otherwise(m.get("guide.hideText")));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(title, Priority.SOMETIMES);
        HBox header = new HBox(8, title, changedLabel, restore, gap, previous, next, fold, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("mw-guide-header");

        narrative.setId("guide-narrative");
        narrative.getStyleClass().add("mw-guide-narrative");
        narrative.setWrapText(true);
        narrative.setMinHeight(Region.USE_PREF_SIZE);
        narrative.setMaxWidth(Double.MAX_VALUE);
        // Small preferred width: the narrative takes what the look-at column leaves, not the reverse.
        narrative.setPrefWidth(200);
        notShown.setId("guide-not-shown");
        notShown.getStyleClass().add("mw-guide-note");
        notShown.setWrapText(true);
        notShown.setMinHeight(Region.USE_PREF_SIZE);
        notShown.setPrefWidth(200);
        notShown.setMaxWidth(Double.MAX_VALUE);
        notShown.visibleProperty().bind(notShown.textProperty().isNotEmpty());
        notShown.managedProperty().bind(notShown.visibleProperty());
        VBox story = new VBox(2, narrative, notShown);
        lookAt.setId("guide-look-at");
        lookAt.getStyleClass().add("mw-guide-look-at");
        // Fixed shares of the width, so the strip's height is known in one layout pass: a strip
        // that first comes out tall and then shrinks would shake the canvas and the tiles.
        GridPane body = new GridPane();
        body.setHgap(16);
        body.add(story, 0, 0);
        body.add(lookAt, 1, 0);
        body.getColumnConstraints().addAll(column(100 - LOOK_AT_PERCENT_WIDTH), column(LOOK_AT_PERCENT_WIDTH));
        GridPane.setValignment(story, javafx.geometry.VPos.TOP);
        GridPane.setValignment(lookAt, javafx.geometry.VPos.TOP);
        body.setId("guide-body");
        body.getStyleClass().add("mw-guide-body");
        body.visibleProperty().bind(fold.selectedProperty().not());
        body.managedProperty().bind(body.visibleProperty());
        getChildren().setAll(header, body);
    }

    private void buildMenu() {
        menu.setId("menu-scenarios");
        for (GuidedScenario s : scenarios) {
            RadioMenuItem item = new RadioMenuItem(m.format("guide.menu.item", s.claim(), s.title()));
            item.setId("scenario-" + s.id());
            item.setMnemonicParsing(false);
            item.setToggleGroup(menuGroup);
            item.setUserData(s);
            item.setOnAction(e -> choose(s));
            menuItems.add(item);
        }
        MenuItem next = new MenuItem(m.get("guide.menu.next"));
        next.setId("menu-next-scenario");
        next.setAccelerator(KeyCombination.keyCombination("Shortcut+Right"));
        next.setOnAction(e -> next());
        MenuItem previous = new MenuItem(m.get("guide.menu.previous"));
        previous.setId("menu-previous-scenario");
        previous.setAccelerator(KeyCombination.keyCombination("Shortcut+Left"));
        previous.setOnAction(e -> previous());
        MenuItem close = new MenuItem(m.get("guide.menu.close"));
        close.setId("menu-close-scenario");
        close.setOnAction(e -> leave());
        close.disableProperty().bind(visibleProperty().not());
        menu.getItems().addAll(menuItems);
        menu.getItems().addAll(new SeparatorMenuItem(), next, previous, close);
        menu.setVisible(!scenarios.isEmpty());
    }

    private void selectMenuItem() {
        Optional<GuidedScenario> now = current.get();
        for (RadioMenuItem item : menuItems) {
            item.setSelected(now.isPresent() && now.get() == item.getUserData());
        }
    }

    /** PageDown / PageUp, as a presentation remote sends them, wherever they do not already mean something. */
    private void pageKeys(KeyEvent e) {
        if (scenarios.isEmpty() || (e.getCode() != KeyCode.PAGE_DOWN && e.getCode() != KeyCode.PAGE_UP)
                || e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
            return;
        }
        Scene scene = getScene();
        Object focus = scene == null ? null : scene.getFocusOwner();
        if (focus instanceof TextInputControl || (focus instanceof ComboBoxBase<?> box && box.isShowing())) {
            return;
        }
        if (e.getCode() == KeyCode.PAGE_DOWN) {
            next();
        } else {
            previous();
        }
        e.consume();
    }

    private static ColumnConstraints column(double percentWidth) {
        ColumnConstraints column = new ColumnConstraints();
        column.setPercentWidth(percentWidth);
        return column;
    }

    private static Button smallButton(String id, String text, String tip, Runnable action) {
        Button b = PlaybackBar.button(id, text, tip, action);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.getStyleClass().add("mw-guide-button");
        return b;
    }
}
