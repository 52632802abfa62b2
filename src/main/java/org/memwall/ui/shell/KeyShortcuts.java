package org.memwall.ui.shell;

import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The playback keys, which work wherever the focus is, except where the key already means something. */
final class KeyShortcuts {
    private final ExplorerWindow window;

    KeyShortcuts(ExplorerWindow window) {
        this.window = window;
    }

    void attach(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
    }

    private void pressed(KeyEvent e) {
        Scene scene = window.getScene();
        Object focus = scene == null ? null : scene.getFocusOwner();
        if (focus instanceof TextInputControl || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        boolean onSlider = focus instanceof Slider;
        Animation animation = window.animation();
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE) {
            window.togglePlay();
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
}
