package org.memwall.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.model.Precision;
import org.memwall.ui.i18n.Language;
import org.memwall.ui.model.GuidedScenario;
import org.memwall.ui.model.Setting;
import org.memwall.ui.shell.Dashboard;
import org.memwall.ui.shell.ExplorerWindow;
import org.memwall.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "View, Language" builds the window again in the language picked, keeping what the user had set up. */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {
    private final Locale before = Locale.getDefault(Locale.Category.DISPLAY);
    private final List<Language> remembered = new ArrayList<>();
    private final List<ExplorerWindow> rebuilt = new ArrayList<>();
    private ExplorerWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Language.ENGLISH.use();
        ExplorerFactory factory = ExplorerFactory.load(Optional.empty());
        window = factory.window(factory.defaultSettings(), Theme.DARK);
        scene = new Scene(window, 1280, 720);
        stage.setScene(scene);
        stage.show();
        new LanguageSwitch(factory, scene, remembered::add, rebuilt::add).attach(window);
    }

    @AfterEach
    void restoreLanguage() {
        Locale.setDefault(Locale.Category.DISPLAY, before);
    }

    private static List<String> menuTitles(ExplorerWindow w) {
        return ((MenuBar) w.lookup("#menu")).getMenus().stream().map(m -> m.getText()).toList();
    }

    @Test
    void theWindowComesBackInChineseWithTheSameScenarioSettingsThemeAndChart(FxRobot robot) {
        assertEquals("File", menuTitles(window).get(0));
        robot.interact(() -> {
            window.guide().choose("memory-wall");
            window.animation().playingProperty().set(true);
        });
        var settings = window.viewModel().settings();
        assertEquals(Dashboard.MEMORY_WALL, window.charts().selectedProperty().get(), "the memory-wall scenario shows its chart");

        robot.interact(() -> window.languageRequestProperty().set(Language.CHINESE));
        WaitForAsyncUtils.waitForFxEvents();

        ExplorerWindow next = (ExplorerWindow) scene.getRoot();
        assertNotSame(window, next);
        assertEquals(List.of(next), rebuilt);
        assertEquals(List.of(Language.CHINESE), remembered);
        assertEquals("文件", menuTitles(next).get(0));
        assertEquals(settings, next.viewModel().settings());
        assertEquals(Theme.DARK, next.themeProperty().get());
        assertEquals("memory-wall", next.guide().currentProperty().get().map(GuidedScenario::id).orElse(""));
        assertEquals(Dashboard.MEMORY_WALL, next.charts().selectedProperty().get());
        assertTrue(next.charts().showing(Dashboard.MEMORY_WALL));
        assertTrue(next.animation().playingProperty().get(), "it keeps playing");
        assertTrue(next.dashboardBuilt() && next.controlsBuilt());

        // a scenario changed by the user is not put back over the changes
        robot.interact(() -> next.viewModel().update(Setting.PRECISION, s -> s.withPrecision(Precision.INT4)));
        var changed = next.viewModel().settings();
        robot.interact(() -> next.languageRequestProperty().set(Language.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        ExplorerWindow english = (ExplorerWindow) scene.getRoot();
        assertEquals("File", menuTitles(english).get(0));
        assertEquals(changed, english.viewModel().settings());
        assertTrue(english.guide().currentProperty().get().isEmpty());
        assertEquals(List.of(Language.CHINESE, Language.ENGLISH), remembered);
    }
}
