package org.memwall.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import org.memwall.io.SafeFiles;

/** Pictures of nodes at 1x, 2x or 4x their size on screen (crisp slides need more pixels), as PNG. */
public final class PngSnapshot {
    /** Larger pictures than this a side would not fit one Java image (and no slide needs them). */
    public static final int MAX_SIDE_PIXELS = 16_384;
    /** At most this many pixels: 4 bytes each, and the snapshot and the PNG's copy both in memory. */
    public static final long MAX_PIXELS = 16_384L * 16_384L;

    private PngSnapshot() {
    }

    /** The picture's size in pixels for a node at a scale. */
    public static long[] size(Node node, double scale) {
        Bounds box = node.localToParent(node.getLayoutBounds());
        return new long[] {Math.round(box.getWidth() * scale), Math.round(box.getHeight() * scale)};
    }

    /** Must run on the FX thread. The node as on screen, {@code scale} pixels per pixel. */
    public static BufferedImage image(Node node, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive, got " + scale);
        }
        long[] size = size(node, scale);
        if (size[0] > MAX_SIDE_PIXELS || size[1] > MAX_SIDE_PIXELS || size[0] * size[1] > MAX_PIXELS) {
            throw new IllegalArgumentException("a picture of " + size[0] + "x" + size[1] + " pixels is too large (at most "
                    + MAX_SIDE_PIXELS + " a side)");
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        // Only the node's own box: shadows drawn past its edge would otherwise widen the image. The
        // snapshot includes the node's own transforms (a scaled window), so the box is taken in its parent.
        Bounds box = node.localToParent(node.getLayoutBounds());
        params.setViewport(new Rectangle2D(box.getMinX() * scale, box.getMinY() * scale, size[0], size[1]));
        WritableImage image = node.snapshot(params, null);
        if (image == null) {
            throw new IllegalStateException("the picture could not be rendered");
        }
        return SwingFXUtils.fromFXImage(image, null);
    }

    /** Must run on the FX thread. The file is written whole or not at all; the text goes into PNG text chunks. */
    public static BufferedImage write(Node node, Path file, double scale, Map<String, String> text,
                                      SafeFiles.Overwrite policy) throws IOException {
        BufferedImage buffered = image(node, scale);
        PngWriter.write(buffered, text, file, policy);
        return buffered;
    }
}
