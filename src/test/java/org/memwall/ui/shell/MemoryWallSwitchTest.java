package org.memwall.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.model.Precision;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.GuidedScenario;
import org.memwall.ui.playback.PlaybackClock;
import org.memwall.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The energy chart and the memory-wall chart share a place below the canvas. */
@ExtendWith(ApplicationExtension.class)
class MemoryWallSwitchTest {
    private static final ExplorerSettings SETTINGS = new ExplorerSettings("test-gpu", List.of(), "small",
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 1, 1024, 128, Precision.FP16, 0);
    private static final GuidedScenario WALL = new GuidedScenario("wall", "The memory wall", 1,
            "Compute outgrew memory.", List.of("the memory-wall history chart"), SETTINGS, List.of());
    private static final GuidedScenario CAPACITY = new GuidedScenario("capacity", "Hundreds of chips", 5,
            "Capacity.", List.of("energy per token"), SETTINGS, List.of());

    private ExplorerWindow window;

    @Start
    void start(Stage stage) {
        window = ExplorerWindow.staged(UiFixtures.viewModel(), new CanvasAnimation(new PlaybackClock()), Theme.LIGHT,
                List.of(WALL, CAPACITY));
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    private boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return n.isVisible();
    }

    @Test
    void theButtonsSwitchAndTheMemoryWallScenarioShowsItsChart(FxRobot robot) {
        // chosen before the dashboard exists: the chart shows once it is built
        robot.interact(() -> {
            window.guide().choose("wall");
            window.buildControls();
            window.buildDashboard();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#chart-memory-wall"), "claim 1 is told with the history chart");
        assertFalse(shown(robot, "#chart-energy"));

        robot.interact(() -> window.guide().choose("capacity"));
        assertTrue(shown(robot, "#chart-energy"), "another claim brings the energy split back");
        assertFalse(shown(robot, "#chart-memory-wall"));

        robot.clickOn("#show-memory-wall");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#chart-memory-wall"));
        assertTrue(window.memoryWallShownProperty().get());

        // clicking the chosen button again keeps one chart on screen
        robot.clickOn("#show-memory-wall");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#chart-memory-wall"));
        robot.clickOn("#show-energy");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(shown(robot, "#chart-energy"));
        assertFalse(shown(robot, "#chart-memory-wall"));
    }
}
