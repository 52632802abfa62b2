package org.memwall.ui.shell;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.i18n.Messages;
import org.memwall.ui.theme.Theme;

/** The window's menu bar: File, View, Playback and the guide's Scenarios. Every item acts on the window. */
final class WindowMenus {
    private final Messages m = Messages.of(WindowMenus.class);
    private final ExplorerWindow window;

    WindowMenus(ExplorerWindow window) {
        this.window = window;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(file(), edit(), view(), playback(), window.guide().menu(), new HelpMenu(window).build());
        bar.setId("menu");
        return bar;
    }

    private Menu file() {
        WindowExports exports = window.exports();
        MenuItem shot1 = new MenuItem(m.get("menu.screenshot1"));
        shot1.setOnAction(e -> exports.chooseWindowPng(1));
        MenuItem shot2 = new MenuItem(m.get("menu.screenshot2"));
        shot2.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        shot2.setOnAction(e -> exports.chooseWindowPng(2));
        MenuItem shot4 = new MenuItem(m.get("menu.screenshot4"));
        shot4.setOnAction(e -> exports.chooseWindowPng(4));
        Menu export = new Menu(m.get("menu.exportScreenshot"), null, shot1, shot2, shot4);
        export.setId("menu-export-screenshot");
        MenuItem numbers = new MenuItem(m.get("menu.exportNumbers"));
        numbers.setId("menu-export-numbers");
        numbers.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        numbers.setOnAction(e -> exports.chooseNumbers());
        numbers.setDisable(!window.canExportNumbers());
        MenuItem canvas = new MenuItem(m.get("menu.exportCanvas"));
        canvas.setId("menu-export-canvas");
        canvas.setOnAction(e -> exports.chooseCanvasPng());
        Menu chartPng = chartMenu("menu-export-chart-png", m.get("menu.exportChartPng"), exports::chooseChartPng);
        Menu chartSvg = chartMenu("menu-export-chart-svg", m.get("menu.exportChartSvg"), exports::chooseChartSvg);
        MenuItem gif = new MenuItem(m.get("menu.exportGif"));
        gif.setId("menu-export-gif");
        gif.setAccelerator(KeyCombination.keyCombination("Shortcut+G"));
        gif.setOnAction(e -> exports.chooseAnimationGif());
        MenuItem quit = new MenuItem(m.get("menu.quit"));
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> window.close());
        return new Menu(m.get("menu.file"), null, export, canvas, chartPng, chartSvg, gif, new SeparatorMenuItem(), numbers,
                new SeparatorMenuItem(), quit);
    }

    /** One item per chart below the canvas, by its tab's title, filled in each time the menu opens. */
    private Menu chartMenu(String id, String text, java.util.function.Consumer<String> export) {
        Menu menu = new Menu(text);
        menu.setId(id);
        // an empty menu never opens: one placeholder until the charts are there
        menu.getItems().add(new MenuItem("…"));
        menu.setOnShowing(e -> {
            menu.getItems().clear();
            for (String chart : window.charts().ids()) {
                MenuItem item = new MenuItem(window.charts().title(chart));
                item.setId(id + "-" + chart);
                item.setOnAction(a -> export.accept(chart));
                menu.getItems().add(item);
            }
        });
        return menu;
    }

    private Menu edit() {
        MenuItem undo = new MenuItem(m.get("menu.undo"));
        undo.setId("menu-undo");
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> window.history().undo());
        undo.disableProperty().bind(window.history().canUndoProperty().not());
        MenuItem redo = new MenuItem(m.get("menu.redo"));
        redo.setId("menu-redo");
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+Z"));
        redo.setOnAction(e -> window.history().redo());
        redo.disableProperty().bind(window.history().canRedoProperty().not());
        Menu edit = new Menu(m.get("menu.edit"), null, undo, redo);
        edit.setId("menu-edit");
        return edit;
    }

    private Menu view() {
        CheckMenuItem dark = new CheckMenuItem(m.get("menu.dark"));
        dark.setId("menu-dark");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+T"));
        dark.setSelected(window.themeProperty().get() == Theme.DARK);
        dark.setOnAction(e -> window.themeProperty().set(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        window.themeProperty().addListener((obs, old, now) -> dark.setSelected(now == Theme.DARK));
        ToggleGroup languages = new ToggleGroup();
        Menu language = new Menu("Language / 语言");
        language.setId("menu-language");
        for (Language l : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(l.nativeName());
            item.setId("menu-language-" + l.id());
            item.setToggleGroup(languages);
            item.setSelected(l == window.languageRequestProperty().get());
            item.setOnAction(e -> window.languageRequestProperty().set(l));
            language.getItems().add(item);
        }
        PresenterMode presenter = window.presenter();
        CheckMenuItem presenting = new CheckMenuItem(m.get("menu.presenter"));
        presenting.setId("menu-presenter");
        presenting.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presenting.selectedProperty().bindBidirectional(presenter.presentingProperty());
        Menu scale = new Menu(m.get("menu.presenterScale"));
        scale.setId("menu-presenter-scale");
        ToggleGroup scales = new ToggleGroup();
        for (double s : PresenterMode.SCALES) {
            RadioMenuItem item = new RadioMenuItem(Math.round(s * 100) + " %");
            item.setId("menu-presenter-scale-" + Math.round(s * 100));
            item.setToggleGroup(scales);
            item.setSelected(Math.abs(s - presenter.scaleProperty().get()) < 1e-9);
            item.setOnAction(e -> presenter.scaleProperty().set(s));
            presenter.scaleProperty().addListener((obs, old, now) -> item.setSelected(Math.abs(s - now.doubleValue()) < 1e-9));
            scale.getItems().add(item);
        }
        MenuItem fullScreen = new MenuItem(m.get("menu.fullScreen"));
        fullScreen.setId("menu-full-screen");
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        fullScreen.setOnAction(e -> presenter.toggleFullScreen());
        MenuItem zoomIn = new MenuItem(m.get("menu.zoomIn"));
        zoomIn.setId("menu-zoom-in");
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> presenter.zoomIn());
        MenuItem zoomOut = new MenuItem(m.get("menu.zoomOut"));
        zoomOut.setId("menu-zoom-out");
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> presenter.zoomOut());
        MenuItem zoomReset = new MenuItem(m.get("menu.zoomReset"));
        zoomReset.setId("menu-zoom-reset");
        zoomReset.setAccelerator(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN));
        zoomReset.setOnAction(e -> presenter.zoomReset());
        CheckMenuItem controls = new CheckMenuItem(m.get("menu.controls"));
        controls.setId("menu-controls");
        controls.setAccelerator(new KeyCodeCombination(KeyCode.F9));
        controls.selectedProperty().bindBidirectional(window.controlsShownProperty());
        return new Menu(m.get("menu.view"), null, presenting, scale, fullScreen, new SeparatorMenuItem(),
                zoomIn, zoomOut, zoomReset, new SeparatorMenuItem(), controls, dark, language);
    }

    private Menu playback() {
        Animation animation = window.animation();
        MenuItem play = new MenuItem(m.get("menu.playPause"));
        play.setOnAction(e -> window.togglePlay());
        MenuItem step = new MenuItem(m.get("menu.step"));
        step.setOnAction(e -> animation.step());
        MenuItem back = new MenuItem(m.get("menu.stepBack"));
        back.setOnAction(e -> animation.stepBack());
        MenuItem reset = new MenuItem(m.get("menu.reset"));
        reset.setOnAction(e -> animation.reset());
        return new Menu(m.get("menu.playback"), null, play, step, back, reset);
    }
}
