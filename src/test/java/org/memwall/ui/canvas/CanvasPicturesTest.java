package org.memwall.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
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

/**
 * The three families side by side in a light and a dark palette, written to
 * target/canvas-snapshots to look at; asserts that every chip drew packets at some point.
 */
@ExtendWith(ApplicationExtension.class)
class CanvasPicturesTest {
    private PlaybackClock clock;
    private ArchitectureCanvas canvas;

    @Start
    void start(Stage stage) {
        clock = new PlaybackClock();
        canvas = new ArchitectureCanvas(clock);
        stage.setScene(new Scene(new StackPane(canvas), 1260, 720));
        stage.show();
    }

    @Test
    void threeFamiliesInLightAndDark(FxRobot robot) {
        Result h100 = CanvasFixtures.run(CanvasFixtures.h100(), CanvasFixtures.llama2x70b());
        Result groq = CanvasFixtures.run(CanvasFixtures.groq(), CanvasFixtures.llama2x70b());
        Result cim = CanvasFixtures.run(CanvasFixtures.cim(), CanvasFixtures.llama2x70b());
        for (CanvasPalette palette : List.of(CanvasPalette.LIGHT, CanvasPalette.DARK)) {
            String name = palette == CanvasPalette.LIGHT ? "light" : "dark";
            for (double share : new double[] {0.02, 0.3, 0.62}) {
                AtomicReference<BufferedImage> image = new AtomicReference<>();
                robot.interact(() -> {
                    canvas.setPalette(palette);
                    canvas.show(List.of(h100, groq, cim));
                    clock.reset();
                    clock.playingProperty().set(true);
                    clock.speedProperty().set(1);
                    clock.advance(clock.loopSeconds() * share);
                    clock.playingProperty().set(false);
                    image.set(CanvasSnapshots.snapshot(canvas));
                });
                CanvasSnapshots.save(image.get(), "three-chips-" + name + "-" + Math.round(share * 100));
                if (share == 0.02) {
                    assertTrue(canvas.packetsInFlight() > 0, "packets at the start of the layer");
                }
            }
        }
    }
}
