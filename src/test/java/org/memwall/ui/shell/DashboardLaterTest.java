package org.memwall.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.hansolo.tilesfx.Tile;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
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

/** The window opened without its tiles and charts (for a fast first frame) and completed later. */
@ExtendWith(ApplicationExtension.class)
class DashboardLaterTest {
    private ExplorerViewModel vm;
    private ExplorerWindow window;

    @Start
    void start(Stage stage) {
        vm = UiFixtures.viewModel();
        window = ExplorerWindow.withDashboardLater(vm, new CanvasAnimation(new PlaybackClock()), Theme.LIGHT, List.of());
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    @Test
    void opensWithCanvasAndSlidersThenAddsTilesAndChartsShowingTheCurrentResults(FxRobot robot) {
        assertFalse(window.dashboardBuilt());
        assertNull(window.lookup("#" + DashboardTiles.SPEED), "no tiles before the dashboard is built");
        assertTrue(robot.lookup("#charts").queryAs(HBox.class).getChildren().isEmpty());
        assertTrue(robot.lookup("#architecture").tryQuery().isPresent(), "the canvas is there from the start");
        assertTrue(robot.lookup("#batch-slider").tryQuery().isPresent(), "the sliders are there from the start");

        // settings changed before the dashboard exists must show once it does
        robot.interact(() -> {
            vm.update(Setting.BATCH, s -> s.withBatch(8));
            window.themeProperty().set(Theme.DARK);
            window.buildDashboard();
            window.buildDashboard();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(window.dashboardBuilt());
        Result expected = UiFixtures.expected(vm.settings());
        Tile speed = (Tile) window.lookup("#" + DashboardTiles.SPEED);
        assertEquals(expected.tokensPerSecondPerUser(), speed.getValue(), expected.tokensPerSecondPerUser() * 1e-9);
        assertEquals(Theme.DARK.palette().surface(), speed.getBackgroundColor(), "the tiles take the theme chosen meanwhile");
        assertEquals(3, robot.lookup("#charts").queryAs(HBox.class).getChildren().size(), "three charts, built once");
        assertEquals(1, robot.lookup("#tiles").queryAll().size());
    }
}
