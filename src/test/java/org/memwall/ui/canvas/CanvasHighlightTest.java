package org.memwall.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.sim.Result;
import org.memwall.ui.playback.PlaybackClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A scenario step's highlights outline the blocks it names, and only those. */
@ExtendWith(ApplicationExtension.class)
class CanvasHighlightTest {
    private ArchitectureCanvas canvas;
    private final Result h100 = CanvasFixtures.run(CanvasFixtures.h100(), CanvasFixtures.llama2x70b());

    @Start
    void start(Stage stage) {
        canvas = new ArchitectureCanvas(new PlaybackClock());
        Scene scene = new Scene(new StackPane(canvas), 900, 600);
        scene.getStylesheets().add(CanvasHighlightTest.class.getResource("light-theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private BufferedImage snapshot(FxRobot robot) {
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        robot.interact(() -> {
            canvas.applyCss();
            canvas.layout();
            image.set(CanvasSnapshots.snapshot(canvas));
        });
        return image.get();
    }

    @Test
    void theNamedBlocksAreOutlinedAndUnknownNamesAreLeftOut(FxRobot robot) {
        robot.interact(() -> canvas.show(List.of(h100)));
        BufferedImage plain = snapshot(robot);
        robot.interact(() -> canvas.highlight(Set.of("hbm", "the-moon")));
        assertEquals(Set.of(BlockRole.DRAM), canvas.highlighted());
        BufferedImage outlined = snapshot(robot);
        int changed = 0;
        for (int y = 0; y < plain.getHeight(); y += 2) {
            for (int x = 0; x < plain.getWidth(); x += 2) {
                if (plain.getRGB(x, y) != outlined.getRGB(x, y)) {
                    changed++;
                }
            }
        }
        assertTrue(changed > 50, "the outline changes pixels: " + changed);
        robot.interact(() -> canvas.highlight(Set.of()));
        assertTrue(canvas.highlighted().isEmpty());
    }
}
