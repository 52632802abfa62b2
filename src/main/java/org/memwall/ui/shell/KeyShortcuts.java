package org.memwall.ui.shell;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * The playback keys. Space and the arrows go to the focused control when it uses them (Space
 * presses a button or opens a picker, the arrows move a slider or a group of toggles); otherwise,
 * and always for P, they drive the playback. Ctrl+plus is also accepted as Ctrl+= and on the keypad.
 */
final class KeyShortcuts {
    private final ExplorerWindow window;

    KeyShortcuts(ExplorerWindow window) {
        this.window = window;
    }

    void attach(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        // a drag or a key held down is one step to undo; the release ends it
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> window.history().seal());
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> window.history().seal());
    }

    /** Whether the focused node does something with Space itself. */
    static boolean takesSpace(Object focus) {
        return focus instanceof ButtonBase || focus instanceof ComboBoxBase<?> || focus instanceof ChoiceBox<?>
                || focus instanceof TextInputControl || focus instanceof ListView<?>;
    }

    /** Whether the focused node does something with Left, Right and Home itself. */
    static boolean takesArrows(Object focus) {
        return focus instanceof Slider || focus instanceof ComboBoxBase<?> || focus instanceof ChoiceBox<?>
                || focus instanceof TabPane || focus instanceof ListView<?> || focus instanceof ScrollBar
                || focus instanceof TextInputControl
                || (focus instanceof ToggleButton t && t.getToggleGroup() != null);
    }

    private void pressed(KeyEvent e) {
        Scene scene = window.getScene();
        Node focus = scene == null ? null : scene.getFocusOwner();
        if (focus instanceof TextInputControl || e.isAltDown()) {
            return;
        }
        if (e.isShortcutDown()) {
            zoomKeys(e);
            return;
        }
        Animation animation = window.animation();
        KeyCode code = e.getCode();
        boolean arrowsFree = !takesArrows(focus);
        if ((code == KeyCode.SPACE && !takesSpace(focus)) || code == KeyCode.P) {
            window.togglePlay();
        } else if (code == KeyCode.RIGHT && arrowsFree) {
            animation.step();
        } else if (code == KeyCode.LEFT && arrowsFree) {
            animation.stepBack();
        } else if ((code == KeyCode.HOME && arrowsFree) || code == KeyCode.R) {
            animation.reset();
        } else {
            return;
        }
        e.consume();
    }

    /** The keys beside the View menu's accelerators: Ctrl+= and the keypad's plus, minus and 0. */
    private void zoomKeys(KeyEvent e) {
        switch (e.getCode()) {
            case EQUALS, ADD -> window.presenter().zoomIn();
            case SUBTRACT -> window.presenter().zoomOut();
            case NUMPAD0 -> window.presenter().zoomReset();
            case Y -> window.history().redo();
            default -> {
                return;
            }
        }
        e.consume();
    }
}
