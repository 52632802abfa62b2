package org.memwall.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
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

/** Which chart is in front below the canvas: the memory-wall scenario brings its history chart, the user a tab. */
@ExtendWith(ApplicationExtension.class)
class ChartChoiceTest {
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
        return robot.lookup(id).query().isVisible() && robot.lookup(id).query().getScene() != null
                && window.charts().showing(id.substring("#chart-".length()));
    }

    @Test
    void theMemoryWallScenarioBringsItsChartAndATabBringsAnother(FxRobot robot) {
        // chosen before the dashboard exists: the chart shows once it is built
        robot.interact(() -> {
            window.guide().choose("wall");
            window.buildControls();
            window.buildDashboard();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Dashboard.MEMORY_WALL, window.charts().selectedProperty().get());
        assertTrue(window.charts().showing(Dashboard.MEMORY_WALL), "claim 1 is told with the history chart");
        assertFalse(window.charts().showing(Dashboard.ENERGY));

        robot.interact(() -> window.guide().choose("capacity"));
        assertTrue(window.charts().showing(Dashboard.ENERGY), "another claim brings the energy split back");
        assertFalse(window.charts().showing(Dashboard.MEMORY_WALL));

        robot.clickOn("#tab-" + Dashboard.MEMORY_WALL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Dashboard.MEMORY_WALL, window.charts().selectedProperty().get());
        assertTrue(window.charts().showing(Dashboard.MEMORY_WALL));
        assertTrue(robot.lookup("#chart-memory-wall").query().isVisible());
    }
}
