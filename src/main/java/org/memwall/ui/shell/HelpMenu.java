package org.memwall.ui.shell;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.memwall.ui.export.ShownState;
import org.memwall.ui.i18n.Messages;

/** Help: the keyboard shortcuts (F1) and what the program is, its version, its libraries' licences and where presets live. */
final class HelpMenu {
    /** Each shortcut's keys and what it does, as message keys "keys.X.keys" and "keys.X.does". */
    static final List<String> SHORTCUTS = List.of("space", "p", "arrows", "home", "tab", "down", "scenarios", "pages",
            "presenter", "fullScreen", "zoom", "controls", "undo", "redo", "theme", "screenshot", "gif", "numbers", "help");
    /** The libraries the program ships with and their licences. */
    static final List<String> LIBRARIES = List.of(
            "OpenJFX 21 — GPL 2 with the Classpath Exception",
            "ControlsFX 11 — BSD 3-Clause",
            "TilesFX 17 — Apache 2.0",
            "Jackson 2 (databind, dataformat-csv) — Apache 2.0",
            "picocli 4 — Apache 2.0",
            "JFreeSVG 3.4 — GPL 3",
            "Monocle (headless JavaFX, for screenshots) — GPL 2 with the Classpath Exception");

    private final Messages m = Messages.of(HelpMenu.class);
    private final ExplorerWindow window;

    HelpMenu(ExplorerWindow window) {
        this.window = window;
    }

    Menu build() {
        MenuItem keys = new MenuItem(m.get("menu.shortcuts"));
        keys.setId("menu-shortcuts");
        keys.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        keys.setOnAction(e -> shortcuts().show());
        MenuItem about = new MenuItem(m.get("menu.about"));
        about.setId("menu-about");
        about.setOnAction(e -> about().show());
        Menu help = new Menu(m.get("menu.help"), null, keys, about);
        help.setId("menu-help");
        return help;
    }

    /** The shortcuts, two columns: keys and what they do. */
    Dialog<ButtonType> shortcuts() {
        GridPane grid = new GridPane();
        grid.setId("shortcuts");
        grid.setHgap(16);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        for (int i = 0; i < SHORTCUTS.size(); i++) {
            Label keys = new Label(m.get("keys." + SHORTCUTS.get(i) + ".keys"));
            keys.setStyle("-fx-font-weight: bold; -fx-font-family: monospace;");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label does = new Label(m.get("keys." + SHORTCUTS.get(i) + ".does"));
            does.setWrapText(true);
            does.setMaxWidth(460);
            grid.add(keys, 0, i);
            grid.add(does, 1, i);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(m.get("shortcuts.title"));
        dialog.setHeaderText(m.get("shortcuts.header"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(close());
        own(dialog);
        return dialog;
    }

    Alert about() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.setTitle(m.get("about.title"));
        about.setHeaderText(m.format("about.header", ShownState.programVersion()));
        Label text = new Label(m.format("about.text", String.join("\n", LIBRARIES)));
        text.setId("about-text");
        text.setWrapText(true);
        text.setMaxWidth(520);
        about.getDialogPane().setContent(text);
        about.getButtonTypes().setAll(close());
        own(about);
        return about;
    }

    /** A close button in the window's language (JavaFX names its own in the language it started in). */
    private ButtonType close() {
        return new ButtonType(m.get("help.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    private void own(Dialog<?> dialog) {
        if (window.getScene() != null && window.getScene().getWindow() != null) {
            dialog.initOwner(window.getScene().getWindow());
        }
    }
}
