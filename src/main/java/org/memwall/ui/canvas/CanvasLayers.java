package org.memwall.ui.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.memwall.core.trace.TransferEvent;

/**
 * The canvas's layers and how a frame is drawn on them. Bottom to top: a Canvas of blocks and
 * glows (repainted when a glow changes), a strip of Canvas for the clock lines, a pixel buffer of
 * packets with the labels baked in above them, and a "done" veil shown only while a chip waits.
 * In the software pipeline every visible full-size layer is blended into the window on every
 * frame, so only the packet buffer changes per frame and there are two full-size layers, not five.
 */
final class CanvasLayers {
    /** Clock lines sit this far below the top of the footer; the strip is just tall enough for them. */
    static final double CLOCK_BASELINE = 16;
    static final double CLOCK_STRIP_HEIGHT = 21;

    private final Canvas blocksLayer = new Canvas();
    private final Canvas clockLayer = new Canvas();
    private final PacketRaster packets = new PacketRaster();
    /** Never shown: labels are drawn here and copied into the packet buffer as its overlay. */
    private final Canvas labelsLayer = new Canvas();
    /** "done" veils over chips that finished their layer; redrawn only when one starts or stops waiting. */
    private final Canvas doneLayer = new Canvas();
    private List<Boolean> doneShown = List.of();
    /** Glow state per chip last painted on the blocks layer, null when it must be repainted. */
    private java.util.EnumSet<BlockRole> highlighted = java.util.EnumSet.noneOf(BlockRole.class);
    private double[][] glowsShown;
    private String[] clockShown = new String[0];

    CanvasLayers() {
        for (Canvas c : List.of(blocksLayer, clockLayer, doneLayer)) {
            c.setMouseTransparent(true);
        }
    }

    /** The shown layers, bottom first. */
    List<Node> nodes() {
        return List.of(blocksLayer, clockLayer, packets.view(), doneLayer);
    }

    void resize(double w, double h) {
        for (Canvas c : List.of(blocksLayer, labelsLayer, doneLayer)) {
            c.setWidth(w);
            c.setHeight(h);
        }
        clockLayer.setWidth(w);
        clockLayer.setHeight(CLOCK_STRIP_HEIGHT);
        clockLayer.setLayoutY(Math.max(0, h - ChipScene.FOOTER_HEIGHT));
        packets.resize((int) w, (int) h);
    }

    /** Labels into the packet buffer's overlay; everything else is repainted with the next frame. */
    void paintStatic(List<ChipScene> scenes, CanvasPalette p, String phaseText) {
        doneShown = List.of();
        glowsShown = null;
        clockShown = new String[0];
        GraphicsContext labels = labelsLayer.getGraphicsContext2D();
        labels.clearRect(0, 0, labelsLayer.getWidth(), labelsLayer.getHeight());
        for (ChipScene s : scenes) {
            ChipPainter.paintLabels(labels, s, p, phaseText);
        }
        int w = packets.width();
        int h = packets.height();
        if (scenes.isEmpty() || w < 1 || h < 1 || labelsLayer.getWidth() < w || labelsLayer.getHeight() < h) {
            packets.setOverlay(new int[0]);
            return;
        }
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        WritableImage image = labelsLayer.snapshot(transparent, null);
        int[] argbPre = new int[w * h];
        image.getPixelReader().getPixels(0, 0, Math.min(w, (int) image.getWidth()), Math.min(h, (int) image.getHeight()),
                PixelFormat.getIntArgbPreInstance(), argbPre, 0, w);
        packets.setOverlay(argbPre);
    }

    /**
     * Draws the frame at simulated time {@code t}; returns the packets drawn. Only the packets
     * change every frame; glows are repainted when an event starts or ends, the clock strip when
     * its text changes, the veil when a chip starts or stops waiting.
     */
    int renderFrame(List<ChipScene> scenes, List<TransferEvent[]> transfers, PacketSchedule schedule, double t,
                    CanvasPalette p) {
        int n = scenes.size();
        double[][] glows = new double[n][];
        String[] clocks = new String[n];
        List<Boolean> done = new ArrayList<>(n);
        packets.begin();
        int drawn = 0;
        for (int i = 0; i < n; i++) {
            ChipScene s = scenes.get(i);
            ChipFrame frame = ChipFrame.at(s, t);
            done.add(frame.done());
            glows[i] = ChipPainter.glowState(s, frame);
            clocks[i] = ChipPainter.clockLine(s, frame);
            drawn += PacketPainter.draw(packets, s, transfers.get(i), t, schedule, p);
        }
        packets.commit();
        if (glowsShown == null || !Arrays.deepEquals(glows, glowsShown)) {
            glowsShown = glows;
            paintBlocks(scenes, glows, p);
        }
        if (!Arrays.equals(clocks, clockShown)) {
            clockShown = clocks;
            GraphicsContext g = clockLayer.getGraphicsContext2D();
            g.clearRect(0, 0, clockLayer.getWidth(), clockLayer.getHeight());
            for (int i = 0; i < n; i++) {
                ChipPainter.paintClock(g, scenes.get(i), clocks[i], CLOCK_BASELINE, p);
            }
        }
        if (!done.equals(doneShown)) {
            doneShown = done;
            // an empty full-size layer still costs a software blend per frame: hide it when no chip waits
            doneLayer.setVisible(done.contains(true));
            GraphicsContext veil = doneLayer.getGraphicsContext2D();
            veil.clearRect(0, 0, doneLayer.getWidth(), doneLayer.getHeight());
            for (int i = 0; i < n; i++) {
                if (done.get(i)) {
                    ChipPainter.paintDone(veil, scenes.get(i), p);
                }
            }
        }
        return drawn;
    }

    /** Background, blocks and the glows of the current frame on the bottom layer. */
    private void paintBlocks(List<ChipScene> scenes, double[][] glows, CanvasPalette p) {
        GraphicsContext g = blocksLayer.getGraphicsContext2D();
        g.setFill(p.background());
        g.fillRect(0, 0, blocksLayer.getWidth(), blocksLayer.getHeight());
        for (int i = 0; i < scenes.size(); i++) {
            ChipScene s = scenes.get(i);
            if (i > 0) {
                g.setStroke(p.text().deriveColor(0, 1, 1, 0.2));
                g.setLineWidth(1);
                g.strokeLine(s.panel().x() + 0.5, 8, s.panel().x() + 0.5, s.panel().maxY() - 8);
            }
            ChipPainter.paintBlocks(g, s, p);
            ChipPainter.paintGlows(g, s, glows[i], p);
            ChipPainter.paintHighlights(g, s, highlighted, p);
        }
    }

    /** Outlines these blocks from the next frame on (a scenario step points at them). */
    void highlight(java.util.Set<BlockRole> roles) {
        highlighted = java.util.EnumSet.noneOf(BlockRole.class);
        highlighted.addAll(roles);
        glowsShown = null;
    }
}
