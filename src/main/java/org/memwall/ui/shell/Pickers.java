package org.memwall.ui.shell;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A closed picker ignores Up and Down: JavaFX would step it to the next chip or model, changing
 * the scenario without the user seeing the list. Down opens it (as Alt+Down, F4 and Space do);
 * inside the open list the arrows move as usual and Enter chooses.
 */
final class Pickers {
    private Pickers() {
    }

    static void openOnlyOnPurpose(ComboBoxBase<?> box) {
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!box.isShowing() && isUpOrDown(e)) {
                e.consume();
                if (e.getCode() == KeyCode.DOWN && !box.isDisabled()) {
                    box.show();
                }
            }
        });
    }

    static void openOnlyOnPurpose(ChoiceBox<?> box) {
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!box.isShowing() && isUpOrDown(e)) {
                e.consume();
                if (e.getCode() == KeyCode.DOWN && !box.isDisabled()) {
                    box.show();
                }
            }
        });
    }

    private static boolean isUpOrDown(KeyEvent e) {
        return (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.KP_UP
                || e.getCode() == KeyCode.KP_DOWN) && !e.isAltDown();
    }
}
