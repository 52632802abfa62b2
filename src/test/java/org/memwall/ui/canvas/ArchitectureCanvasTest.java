package org.memwall.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memwall.core.sim.Phase;
import org.memwall.core.sim.Result;
import org.memwall.core.trace.ComputeEvent;
import org.memwall.core.trace.Payload;
import org.memwall.core.trace.TraceEvent;
import org.memwall.core.trace.TransferEvent;
import org.memwall.ui.playback.PlaybackClock;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ArchitectureCanvasTest {
    private static Result h100;
    private static Result cim;

    private PlaybackClock clock;
    private ArchitectureCanvas canvas;
    private Scene scene;
    private static int debugCounter;

    @BeforeAll
    static void simulate() {
        h100 = CanvasFixtures.run(CanvasFixtures.h100(), CanvasFixtures.llama2x70b());
        cim = CanvasFixtures.run(CanvasFixtures.cim(), CanvasFixtures.llama2x70b());
    }

    @Start
    void start(Stage stage) {
        clock = new PlaybackClock();
        canvas = new ArchitectureCanvas(clock);
        // inside Monocle's 1280x800 headless screen
        scene = new Scene(new StackPane(canvas), 1200, 700);
        scene.getStylesheets().add(ArchitectureCanvasTest.class.getResource("light-theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private BufferedImage at(FxRobot robot, double t) {
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        robot.interact(() -> {
            clock.playingProperty().set(true);
            clock.speedProperty().set(1);
            clock.reset();
            clock.advance(t);
            clock.playingProperty().set(false);
            image.set(CanvasSnapshots.snapshot(canvas));
        });
        CanvasSnapshots.save(image.get(), "debug-" + (debugCounter++));
        return image.get();
    }

    /** Mean colour distance from the background over a box: how strongly it is lit. */
    private static double litness(BufferedImage img, Box box, Color background) {
        double sum = 0;
        int n = 0;
        for (int y = (int) box.y() + 1; y < box.maxY() - 1; y++) {
            for (int x = (int) box.x() + 1; x < box.maxX() - 1; x++) {
                int rgb = img.getRGB(x, y);
                sum += Math.abs(((rgb >> 16) & 0xFF) - background.getRed() * 255)
                        + Math.abs(((rgb >> 8) & 0xFF) - background.getGreen() * 255)
                        + Math.abs((rgb & 0xFF) - background.getBlue() * 255);
                n++;
            }
        }
        return sum / n;
    }

    private static int pixelsOf(BufferedImage img, Color c, Box region) {
        int argb = PacketRaster.argb(c);
        int n = 0;
        for (int y = (int) region.y(); y < region.maxY(); y++) {
            for (int x = (int) region.x(); x < region.maxX(); x++) {
                if (img.getRGB(x, y) == argb) {
                    n++;
                }
            }
        }
        return n;
    }

    private ChipScene sceneOf(int chip) {
        return canvas.scenes().get(chip);
    }

    private static Box firstTile(ChipScene s, BlockRole role) {
        return s.blocks().stream().filter(b -> b.role() == role).findFirst().orElseThrow().tiles().get(0);
    }

    @Test
    void computeUnitsLightWhileAComputeEventRuns(FxRobot robot) {
        robot.interact(() -> canvas.show(List.of(h100, cim)));
        List<TraceEvent> events = h100.decodeTrace().events();
        ComputeEvent compute = events.stream().filter(ComputeEvent.class::isInstance).map(ComputeEvent.class::cast)
                .filter(c -> c.durationSeconds() > 0).findFirst().orElseThrow();
        double busy = compute.startSeconds() + compute.durationSeconds() / 2;
        double idle = events.stream().filter(TransferEvent.class::isInstance)
                .map(e -> e.startSeconds() + e.durationSeconds() * 0.9)
                .filter(t -> h100.decodeTrace().activeAt(t).stream().noneMatch(ComputeEvent.class::isInstance))
                .findFirst().orElseThrow();
        Box cell = firstTile(sceneOf(0), BlockRole.COMPUTE);
        Color bg = canvas.palette().background();
        double lit = litness(at(robot, busy), cell, bg);
        double dark = litness(at(robot, idle), cell, bg);
        assertTrue(lit > dark * 1.5 + 10, "compute cell while computing " + lit + " vs idle " + dark);
    }

    @Test
    void packetsFlyMidTransferAndNotAfterTheChipIsDone(FxRobot robot) {
        robot.interact(() -> canvas.show(List.of(h100, cim)));
        TransferEvent weights = h100.decodeTrace().events().stream().filter(TransferEvent.class::isInstance)
                .map(TransferEvent.class::cast).filter(e -> e.payload() == Payload.WEIGHTS)
                .max((a, b) -> Double.compare(a.durationSeconds(), b.durationSeconds())).orElseThrow();
        BufferedImage mid = at(robot, weights.startSeconds() + weights.durationSeconds() / 2);
        Box h100Panel = sceneOf(0).die();
        Color weightColour = canvas.palette().weights();
        assertTrue(canvas.packetsInFlight() > 0);
        assertTrue(pixelsOf(mid, weightColour, h100Panel) > 20, "weight packets visible in the H100 panel");

        double cimDone = cim.decodeTrace().durationSeconds();
        double h100Done = h100.decodeTrace().durationSeconds();
        assertTrue(cimDone * 1.5 < h100Done, "the CIM chip finishes its layer first: " + cimDone + " vs " + h100Done);
        double flight = h100Done * ArchitectureCanvas.FLIGHT_SHARE_OF_LOOP;
        BufferedImage later = at(robot, Math.min(h100Done * 0.99, cimDone + flight * 1.01));
        Box cimPanel = sceneOf(1).die();
        int cimPackets = 0;
        for (Payload p : Payload.values()) {
            cimPackets += pixelsOf(later, canvas.palette().payload(p), cimPanel);
        }
        assertEquals(0, cimPackets, "a chip that is done has no packets in flight");
        assertTrue(ChipFrame.at(sceneOf(1), cimDone + flight).done());
    }

    @Test
    void theSlowestTraceSetsTheLoopAndEventStartsAreSteps(FxRobot robot) {
        robot.interact(() -> canvas.show(List.of(cim, h100)));
        assertEquals(h100.decodeTrace().durationSeconds(), clock.loopSeconds(), 1e-15);
        double firstStart = h100.decodeTrace().events().stream().mapToDouble(TraceEvent::startSeconds)
                .filter(t -> t > 0).min().orElseThrow();
        double cimFirst = cim.decodeTrace().events().stream().mapToDouble(TraceEvent::startSeconds)
                .filter(t -> t > 0).min().orElse(Double.MAX_VALUE);
        robot.interact(() -> {
            clock.reset();
            clock.step();
        });
        assertEquals(Math.min(firstStart, cimFirst), clock.simulatedSeconds(), 1e-15);
        robot.interact(() -> canvas.setPhase(Phase.PREFILL));
        assertEquals(Math.max(h100.prefillTrace().durationSeconds(), cim.prefillTrace().durationSeconds()),
                clock.loopSeconds(), 1e-15);
    }

    @Test
    void steppingBackShowsTheSamePictureAsBefore(FxRobot robot) {
        robot.interact(() -> canvas.show(List.of(h100)));
        double t = h100.decodeTrace().durationSeconds() * 0.37;
        BufferedImage first = at(robot, t);
        at(robot, t * 2);
        BufferedImage again = at(robot, t);
        Box panel = sceneOf(0).panel();
        int differing = 0;
        for (int y = 0; y < panel.maxY(); y++) {
            for (int x = 0; x < panel.maxX(); x++) {
                if (first.getRGB(x, y) != again.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertEquals(0, differing, "the picture is a function of time only");
    }

    @Test
    void tooltipsExplainTheBlocksWithTheChipsNumbers(FxRobot robot) {
        robot.interact(() -> canvas.show(List.of(h100, cim)));
        Box stack = firstTile(sceneOf(0), BlockRole.DRAM);
        String hbm = canvas.tooltipAt(stack.centerX(), stack.centerY());
        assertTrue(hbm.startsWith("HBM3: 80 GB of off-chip DRAM"), hbm);
        assertTrue(hbm.contains("3.35 TB/s"), hbm);
        Box macro = firstTile(sceneOf(1), BlockRole.CIM_ARRAY);
        String cimText = canvas.tooltipAt(macro.centerX(), macro.centerY());
        assertTrue(cimText.contains("1,024 compute-in-memory macros"), cimText);
        assertEquals("", canvas.tooltipAt(2, 2));
    }

    @Test
    void aThemeOnTheSceneColoursTheCanvas(FxRobot robot) {
        robot.interact(() -> {
            scene.getStylesheets().setAll(ArchitectureCanvasTest.class.getResource("dark-theme.css").toExternalForm());
            canvas.show(List.of(h100));
        });
        BufferedImage img = at(robot, 0);
        assertEquals(Color.web("#101820"), canvas.palette().background());
        assertEquals(Color.web("#ff8800"), canvas.palette().hbm());
        assertEquals(PacketRaster.argb(Color.web("#101820")), img.getRGB(3, (int) sceneOf(0).panel().maxY() / 2));
    }

    @Test
    void setPaletteOverridesTheDefaults(FxRobot robot) {
        robot.interact(() -> {
            canvas.show(List.of(h100));
            canvas.setPalette(CanvasPalette.DARK);
        });
        BufferedImage img = at(robot, 0);
        assertEquals(PacketRaster.argb(CanvasPalette.DARK.background()), img.getRGB(3, (int) sceneOf(0).panel().maxY() / 2));
    }

    @Test
    void disposedCanvasNoLongerFollowsTheClock(FxRobot robot) {
        robot.interact(() -> canvas.show(List.of(h100)));
        at(robot, 0);
        int before = canvas.packetsInFlight();
        robot.interact(canvas::dispose);
        at(robot, h100.decodeTrace().durationSeconds() / 2);
        assertEquals(before, canvas.packetsInFlight());
    }

    @Test
    void showsOneToThreeChips(FxRobot robot) {
        robot.interact(() -> {
            assertThrows(IllegalArgumentException.class, () -> canvas.show(List.of()));
            assertThrows(IllegalArgumentException.class, () -> canvas.show(List.of(h100, h100, h100, h100)));
            canvas.show(List.of(h100, cim, h100));
        });
        assertEquals(3, canvas.scenes().size());
        assertFalse(canvas.scenes().get(2).blocks().isEmpty());
    }
}
