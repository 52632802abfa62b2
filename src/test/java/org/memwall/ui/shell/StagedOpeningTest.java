package org.memwall.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.hansolo.tilesfx.Tile;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.sim.Result;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.model.ExplorerViewModel;
import org.memwall.ui.model.Setting;
import org.memwall.ui.playback.PlaybackClock;
import org.memwall.ui.theme.Theme;
import org.memwall.ui.tiles.DashboardTiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window opened with only its canvas, menus and toolbar (for a fast first frame) and completed in steps. */
@ExtendWith(ApplicationExtension.class)
class StagedOpeningTest {
    private ExplorerViewModel vm;
    private ExplorerWindow window;

    @Start
    void start(Stage stage) {
        vm = UiFixtures.viewModel();
        window = ExplorerWindow.staged(vm, new CanvasAnimation(new PlaybackClock()), Theme.LIGHT, List.of());
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    @Test
    void opensWithTheCanvasThenAddsSlidersThenTilesAndChartsShowingTheCurrentState(FxRobot robot) {
        assertFalse(window.controlsBuilt());
        assertFalse(window.dashboardBuilt());
        assertTrue(robot.lookup("#architecture").tryQuery().isPresent(), "the canvas is there from the start");
        assertTrue(robot.lookup("#play").tryQuery().isPresent(), "the toolbar is there from the start");
        assertTrue(robot.lookup("#batch-slider").tryQuery().isEmpty(), "no sliders in the first frame");
        assertTrue(window.tiles().isEmpty(), "no tiles before the dashboard is built");
        assertTrue(window.charts().ids().isEmpty(), "no charts before the dashboard is built");
        double canvasWidth = robot.lookup("#architecture").queryAs(Region.class).getWidth();

        // settings changed before a step is built must show once it is
        robot.interact(() -> {
            vm.update(Setting.BATCH, s -> s.withBatch(8));
            window.buildControls();
            window.buildControls();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.controlsBuilt());
        assertEquals(1, robot.lookup("#batch-slider").queryAll().size(), "the sliders, built once");
        assertEquals("8", robot.lookup("#batch-value").queryAs(Label.class).getText());
        assertEquals(canvasWidth, robot.lookup("#architecture").queryAs(Region.class).getWidth(), 0.5,
                "the left panel kept its width, so the canvas did not move");

        robot.interact(() -> {
            window.themeProperty().set(Theme.DARK);
            window.buildDashboard();
            window.buildDashboard();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(window.dashboardBuilt());
        Result expected = UiFixtures.expected(vm.settings());
        Tile speed = (Tile) window.tiles().orElseThrow().lookup("#" + DashboardTiles.SPEED);
        assertEquals(expected.tokensPerSecondPerUser(), speed.getValue(), expected.tokensPerSecondPerUser() * 1e-9);
        assertEquals(Theme.DARK.palette().surface(), speed.getBackgroundColor(), "the tiles take the theme chosen meanwhile");
        assertEquals(List.of(Dashboard.TIME, Dashboard.ROOFLINE, Dashboard.ENERGY, Dashboard.MEMORY_WALL, Dashboard.FIDELITY,
                        Dashboard.MAP, Dashboard.PARETO), window.charts().ids(),
                "seven charts, built once");
        assertEquals(1, robot.lookup("#tiles-compact").queryAll().size(), "at 1280 px the tiles are a column of text");
        assertEquals(expected.tokensPerSecondPerUser(), Double.parseDouble(
                robot.lookup("#" + DashboardTiles.SPEED + "-compact .mw-compact-value").queryAs(Label.class).getText()),
                1, "the column shows the tile's number");
    }
}
