package org.memwall.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.model.GuidedScenario;

/**
 * How a user moves between scenarios and steps: the "Scenarios" menu (one item per scenario, next,
 * previous, close; Ctrl+Right / Ctrl+Left between scenarios) and PageDown / PageUp, as presentation
 * remotes send them, to the next and previous step.
 */
final class ScenarioMenu {
    private final Messages m = Messages.of(ScenarioMenu.class);
    private final ScenarioGuide guide;
    private final ToggleGroup group = new ToggleGroup();
    private final List<RadioMenuItem> items = new ArrayList<>();
    private final Menu menu = new Menu(m.get("guide.menu"));

    private final MenuItem save = new MenuItem(m.get("guide.menu.save"));
    private final MenuItem open = new MenuItem(m.get("guide.menu.open"));
    private final List<MenuItem> fixed = new ArrayList<>();

    ScenarioMenu(ScenarioGuide guide) {
        this.guide = guide;
        menu.setId("menu-scenarios");
        MenuItem next = new MenuItem(m.get("guide.menu.next"));
        next.setId("menu-next-scenario");
        next.setAccelerator(KeyCombination.keyCombination("Shortcut+Right"));
        next.setOnAction(e -> guide.next());
        MenuItem previous = new MenuItem(m.get("guide.menu.previous"));
        previous.setId("menu-previous-scenario");
        previous.setAccelerator(KeyCombination.keyCombination("Shortcut+Left"));
        previous.setOnAction(e -> guide.previous());
        MenuItem close = new MenuItem(m.get("guide.menu.close"));
        close.setId("menu-close-scenario");
        close.setOnAction(e -> guide.leave());
        close.disableProperty().bind(guide.visibleProperty().not());
        save.setId("menu-save-scenario");
        save.setOnAction(e -> ScenarioFiles.saveAs(guide));
        open.setId("menu-open-scenario");
        open.setOnAction(e -> ScenarioFiles.open(guide));
        libraryAvailable(false);
        fixed.addAll(List.of(new SeparatorMenuItem(), next, previous, close, new SeparatorMenuItem(), save, open));
        rebuild();
        guide.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, this::pageKeys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, this::pageKeys);
            }
        });
    }

    /** The items again, one per scenario the guide offers now, then next, previous, close, save and open. */
    void rebuild() {
        items.clear();
        for (GuidedScenario s : guide.scenarios()) {
            RadioMenuItem item = new RadioMenuItem(s.claim().isPresent()
                    ? m.format("guide.menu.item", s.claim().getAsInt(), s.title()) : s.title());
            item.setId("scenario-" + s.id());
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setUserData(s);
            item.setOnAction(e -> guide.choose(s));
            items.add(item);
        }
        menu.getItems().setAll(items);
        menu.getItems().addAll(fixed);
        menu.setVisible(!guide.scenarios().isEmpty() || !save.isDisable());
        select(guide.currentProperty().get());
    }

    void libraryAvailable(boolean available) {
        save.setDisable(!available);
        open.setDisable(!available);
        menu.setVisible(!guide.scenarios().isEmpty() || available);
    }

    Menu menu() {
        return menu;
    }

    /** Ticks the item of the scenario on screen (none when none is). */
    void select(Optional<GuidedScenario> now) {
        for (RadioMenuItem item : items) {
            item.setSelected(now.isPresent() && now.get() == item.getUserData());
        }
    }

    /** PageDown / PageUp wherever they do not already mean something. */
    private void pageKeys(KeyEvent e) {
        if (guide.scenarios().isEmpty() || (e.getCode() != KeyCode.PAGE_DOWN && e.getCode() != KeyCode.PAGE_UP)
                || e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
            return;
        }
        Scene scene = guide.getScene();
        Object focus = scene == null ? null : scene.getFocusOwner();
        if (focus instanceof TextInputControl || (focus instanceof ComboBoxBase<?> box && box.isShowing())) {
            return;
        }
        if (e.getCode() == KeyCode.PAGE_DOWN) {
            guide.nextStep();
        } else {
            guide.previousStep();
        }
        e.consume();
    }
}
