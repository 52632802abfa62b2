package org.memwall.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.model.Precision;
import org.memwall.ui.NodeChecks;
import org.memwall.ui.UiFixtures;
import org.memwall.ui.model.ExplorerSettings;
import org.memwall.ui.model.GuidedScenario;
import org.memwall.ui.playback.PlaybackClock;
import org.memwall.ui.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every control is a Tab stop that shows it has the focus; Space and the arrows go where the focus is. */
@ExtendWith(ApplicationExtension.class)
class KeyboardTest {
    private static final ExplorerSettings SETTINGS = new ExplorerSettings("test-gpu", List.of("test-lpu"), "small",
            OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 1, 1024, 128, Precision.FP16, 0);
    private static final GuidedScenario SCENARIO = new GuidedScenario("two", "Two chips", 4,
            "A GPU and an LPU.", List.of("the speed"), SETTINGS, List.of());
    /** Pixels that must change between focused and not, around a stop: a ring, not a speck. */
    private static final int MIN_CHANGED_PIXELS = 20;

    private ExplorerWindow window;
    private PlaybackClock clock;

    @Start
    void start(Stage stage) {
        clock = new PlaybackClock();
        window = new ExplorerWindow(UiFixtures.viewModel(), new CanvasAnimation(clock), Theme.LIGHT, List.of(SCENARIO));
        window.guide().choose("two");
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    private WritableImage around(Node n) {
        Bounds b = n.localToScene(n.getLayoutBounds());
        SnapshotParameters p = new SnapshotParameters();
        p.setViewport(new Rectangle2D(Math.floor(b.getMinX() - 4), Math.floor(b.getMinY() - 4),
                Math.ceil(b.getWidth() + 8), Math.ceil(b.getHeight() + 8)));
        return window.getScene().getRoot().snapshot(p, null);
    }

    private static int changed(WritableImage a, WritableImage b) {
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int w = (int) Math.min(a.getWidth(), b.getWidth());
        int h = (int) Math.min(a.getHeight(), b.getHeight());
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int c = pa.getArgb(x, y);
                int d = pb.getArgb(x, y);
                int diff = Math.max(Math.abs(((c >> 16) & 255) - ((d >> 16) & 255)),
                        Math.max(Math.abs(((c >> 8) & 255) - ((d >> 8) & 255)), Math.abs((c & 255) - (d & 255))));
                if (diff > 24) {
                    n++;
                }
            }
        }
        return n;
    }

    private Node focus() {
        return window.getScene().getFocusOwner();
    }

    @Test
    void tabReachesEveryControlAndEachStopShowsTheFocus(FxRobot robot) {
        robot.moveTo("#clock");
        List<Node> expected = new ArrayList<>();
        robot.interact(() -> {
            for (Node n : NodeChecks.all(window)) {
                if (n.isFocusTraversable() && !n.isDisabled() && NodeChecks.seen(n)) {
                    expected.add(n);
                }
            }
            robot.lookup("#play").query().requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Map<Node, WritableImage> focusedLook = new LinkedHashMap<>();
        List<String> noRing = new ArrayList<>();
        Node first = focus();
        for (int i = 0; i < 120; i++) {
            Node now = focus();
            WritableImage[] shot = new WritableImage[1];
            robot.interact(() -> shot[0] = around(now));
            if (focusedLook.containsKey(now)) {
                break;
            }
            focusedLook.put(now, shot[0]);
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage[] after = new WritableImage[1];
            robot.interact(() -> after[0] = around(now));
            int changed = changed(shot[0], after[0]);
            if (changed < MIN_CHANGED_PIXELS) {
                noRing.add(NodeChecks.describe(now) + " (" + changed + " px)");
            }
            if (focus() == first) {
                break;
            }
        }
        // a group of toggles is one stop, as radio buttons are: Tab reaches the chosen one, the arrows the others
        List<String> unreached = expected.stream().filter(n -> !focusedLook.containsKey(n))
                .filter(n -> !(n instanceof ToggleButton t && t.getToggleGroup() != null
                        && focusedLook.keySet().stream().anyMatch(r -> r instanceof ToggleButton o && o.getToggleGroup() == t.getToggleGroup())))
                .map(NodeChecks::describe).toList();
        assertEquals(List.of(), unreached, "controls Tab never reaches");
        assertEquals(List.of(), noRing, "stops that do not show they have the focus");
        for (String id : List.of("#play", "#reset", "#phase", "#speed", "#hardware", "#precision-fp16", "#batch-slider",
                "#guide-fold", "#guide-next", "#architecture")) {
            assertTrue(focusedLook.containsKey(robot.lookup(id).query()), id + " is a stop");
        }
    }

    @Test
    void spacePressesTheFocusedButtonAndPlaysOnlyWhereNoControlTakesIt(FxRobot robot) {
        robot.interact(() -> {
            clock.step();
            robot.lookup("#reset").query().requestFocus();
        });
        assertTrue(clock.simulatedSeconds() > 0);
        robot.type(KeyCode.SPACE);
        assertEquals(0, clock.simulatedSeconds(), "Space pressed Reset");
        assertFalse(clock.playingProperty().get(), "and did not start the playback");

        robot.interact(() -> robot.lookup("#architecture").query().requestFocus());
        robot.type(KeyCode.SPACE);
        assertTrue(clock.playingProperty().get(), "on the canvas Space plays");
        robot.type(KeyCode.P);
        assertFalse(clock.playingProperty().get(), "P plays and pauses wherever the focus is");
        robot.type(KeyCode.RIGHT);
        assertTrue(clock.simulatedSeconds() > 0, "Right steps on the canvas");
    }

    @Test
    void theArrowsMoveBetweenTheFormatsAndSpaceChoosesOne(FxRobot robot) {
        robot.interact(() -> robot.lookup("#precision-fp16").query().requestFocus());
        robot.type(KeyCode.RIGHT);
        assertEquals("precision-fp8", focus().getId(), "Right moves to the next format, not the animation");
        assertEquals(0, clock.simulatedSeconds());
        robot.type(KeyCode.SPACE);
        assertEquals(Precision.FP8, window.viewModel().settings().weightPrecision());
        assertFalse(clock.playingProperty().get());
    }

    @Test
    void aClosedPickerDoesNotChangeOnUpOrDown(FxRobot robot) {
        ComboBox<?> hardware = robot.lookup("#hardware").queryAs(ComboBox.class);
        Object before = hardware.getValue();
        String settings = window.viewModel().settings().toString();
        robot.interact(hardware::requestFocus);
        robot.type(KeyCode.UP);
        assertEquals(before, hardware.getValue());
        assertFalse(hardware.isShowing());
        robot.type(KeyCode.DOWN);
        assertEquals(before, hardware.getValue(), "Down opens the list, it does not pick the next chip");
        assertTrue(hardware.isShowing());
        assertEquals(settings, window.viewModel().settings().toString());
        robot.type(KeyCode.ESCAPE);
        assertFalse(hardware.isShowing());
    }
}
