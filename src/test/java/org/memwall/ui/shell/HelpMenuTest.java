package org.memwall.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.model.Precision;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.export.ShownState;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.GuidedScenario;
import org.memwall.ui.playback.PlaybackClock;
import org.memwall.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help: the keyboard shortcuts, About, and the first-run hint that opens the first scenario. */
@ExtendWith(ApplicationExtension.class)
class HelpMenuTest {
    private static final ExplorerSettings SETTINGS = new ExplorerSettings("test-gpu", List.of(), "small",
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 2, 1024, 128, Precision.INT8, 0);
    private static final GuidedScenario WALL = new GuidedScenario("wall", "The memory wall", 1,
            "Compute outgrew memory.", List.of("the HBM stacks"), SETTINGS, List.of());

    private final Locale before = Locale.getDefault(Locale.Category.DISPLAY);
    private ExplorerWindow window;

    @Start
    void start(Stage stage) {
        window = new ExplorerWindow(UiFixtures.viewModel(), new CanvasAnimation(new PlaybackClock()), Theme.LIGHT, List.of(WALL));
        stage.setScene(new Scene(window, 1024, 768));
        stage.show();
    }

    @AfterEach
    void restoreLanguage() {
        Locale.setDefault(Locale.Category.DISPLAY, before);
    }

    private static List<String> rows(Dialog<ButtonType> dialog) {
        GridPane grid = (GridPane) dialog.getDialogPane().getContent();
        return grid.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void theShortcutsListNamesEveryKeyInBothLanguages(FxRobot robot) {
        for (Language language : Language.values()) {
            List<List<String>> texts = new java.util.ArrayList<>();
            robot.interact(() -> {
                language.use();
                texts.add(rows(new HelpMenu(window).shortcuts()));
            });
            List<String> shown = texts.get(0);
            assertEquals(2 * HelpMenu.SHORTCUTS.size(), shown.size(), language + ": keys and what they do");
            assertTrue(shown.stream().noneMatch(t -> t.isBlank() || t.startsWith("keys.")), language + ": " + shown);
            assertTrue(shown.contains("Ctrl+Z") && shown.contains("F5") && shown.contains("F1"), language + ": " + shown);
            List<String> buttons = new java.util.ArrayList<>();
            robot.interact(() -> {
                language.use();
                new HelpMenu(window).about().getButtonTypes().forEach(b -> buttons.add(b.getText()));
            });
            assertEquals(List.of(language == Language.CHINESE ? "关闭" : "Close"), buttons, language + ": About closes in its language");
        }
    }

    @Test
    void aboutGivesTheVersionTheLicencesAndWherePresetsLive(FxRobot robot) {
        String[] header = new String[1];
        String[] text = new String[1];
        robot.interact(() -> {
            Language.ENGLISH.use();
            var about = new HelpMenu(window).about();
            header[0] = about.getHeaderText();
            text[0] = ((Label) about.getDialogPane().getContent()).getText();
        });
        assertTrue(header[0].contains(ShownState.programVersion()), header[0]);
        for (String library : HelpMenu.LIBRARIES) {
            assertTrue(text[0].contains(library), library);
        }
        assertTrue(text[0].contains(".memwall-explorer/presets"), text[0]);
    }

    @Test
    void theFirstRunHintPointsAtTheScenariosAndOpensTheFirst(FxRobot robot) {
        assertEquals(null, window.lookup("#first-run-hint"), "no hint unless asked for");
        robot.interact(window::showFirstRunHint);
        WaitForAsyncUtils.waitForFxEvents();
        Node hint = window.lookup("#first-run-hint");
        assertNotNull(hint);
        assertTrue(((NotificationPane) hint).getText().contains("Scenarios"), ((NotificationPane) hint).getText());
        try {
            // the bar slides in over the top of the canvas
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> {
                Node bar = hint.lookup(".notification-bar");
                return bar != null && org.memwall.ui.NodeChecks.seen(bar) && bar.getLayoutBounds().getHeight() > 20;
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the hint's bar did not come into view", e);
        }
        List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> cut.addAll(org.memwall.ui.NodeChecks.truncated(hint)));
        assertEquals(List.of(), cut, "the hint's words are all there at 1024 px");
        assertFalse(window.guide().currentProperty().get().isPresent());
        robot.interact(() -> ((javafx.scene.control.Button) window.lookup("#hint-open")).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(WALL), window.guide().currentProperty().get());
        assertEquals(SETTINGS.batch(), window.viewModel().settings().batch(), "the scenario's settings are shown");
    }
}
