package org.memwall.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.playback.PlaybackClock;
import org.memwall.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** F5 presents (full screen, scaled up, panels folded), F11 is full screen alone, Ctrl+plus/minus/0 scale the window. */
@ExtendWith(ApplicationExtension.class)
class PresenterModeTest {
    private ExplorerWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new ExplorerWindow(UiFixtures.viewModel(), new CanvasAnimation(new PlaybackClock()), Theme.LIGHT, List.of());
        stage.setScene(new Scene(window, 1600, 900));
        stage.show();
    }

    private void key(FxRobot robot, KeyCode... codes) {
        robot.press(codes).release(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Full screen reaches the scene a few pulses after it is asked for. */
    private static void settle(java.util.concurrent.Callable<Boolean> condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what, e);
        }
    }

    @Test
    void f5PresentsAndPutsEverythingBack(FxRobot robot) {
        assertTrue(window.getWidth() >= ExplorerWindow.COMPACT_TILES_BELOW, "wide enough for the tiles");
        assertNotNull(window.getLeft());
        assertTrue(window.lookup("#tiles").isVisible());

        robot.clickOn("#clock");
        key(robot, KeyCode.F5);
        assertTrue(window.presenter().presentingProperty().get());
        assertTrue(stage.isFullScreen(), "presenting is full screen");
        assertEquals(PresenterMode.DEFAULT_SCALE, window.effectiveZoom(), 1e-9);
        settle(() -> Math.abs(window.getScene().getWidth() / PresenterMode.DEFAULT_SCALE - window.getWidth()) < 0.5,
                "laid out for the scaled size, drawn at the full size");
        assertNull(window.getLeft(), "the controls fold away");
        assertTrue(window.tilesCompact());
        assertNotNull(window.lookup("#tiles-compact"));
        assertTrue(window.getStyleClass().contains(PresenterMode.PRESENTING));

        key(robot, KeyCode.CONTROL, KeyCode.PLUS);
        assertEquals(1.75, window.presenter().scaleProperty().get(), 1e-9, "Ctrl+plus raises the presenter scale");
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(PresenterMode.DEFAULT_SCALE, window.presenter().scaleProperty().get(), 1e-9);

        key(robot, KeyCode.F5);
        assertFalse(window.presenter().presentingProperty().get());
        assertFalse(stage.isFullScreen());
        settle(() -> window.effectiveZoom() == 1 && Math.abs(window.getWidth() - window.getScene().getWidth()) < 0.5,
                "back at 100 %");
        assertNotNull(window.getLeft(), "the controls come back");
        assertFalse(window.tilesCompact());
    }

    @Test
    void theWindowScalesAndItsScreenshotIsTheSizeOnScreen(@TempDir Path dir, FxRobot robot) throws Exception {
        robot.clickOn("#clock");
        key(robot, KeyCode.CONTROL, KeyCode.PLUS);
        assertEquals(1.1, window.zoomProperty().get(), 1e-9);
        key(robot, KeyCode.CONTROL, KeyCode.PLUS);
        key(robot, KeyCode.CONTROL, KeyCode.PLUS);
        assertEquals(1.5, window.zoomProperty().get(), 1e-9);
        assertEquals(window.getScene().getWidth() / 1.5, window.getWidth(), 0.5);
        key(robot, KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals(1.25, window.zoomProperty().get(), 1e-9);

        Path png = dir.resolve("scaled.png");
        boolean[] ok = new boolean[1];
        robot.interact(() -> ok[0] = window.exportTo(png, 1));
        assertTrue(ok[0], window.statusProperty().get());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth(), "the picture is what the screen shows, not the scaled-down layout");
        assertEquals(900, image.getHeight());

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(1, window.effectiveZoom(), 1e-9);

        key(robot, KeyCode.F11);
        assertTrue(stage.isFullScreen(), "F11 is full screen on its own");
        assertFalse(window.presenter().presentingProperty().get());
        key(robot, KeyCode.F11);
        assertFalse(stage.isFullScreen());
    }
}
