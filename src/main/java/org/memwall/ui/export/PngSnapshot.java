package org.memwall.ui.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** Writes a node as a PNG at 1x, 2x or 4x its size on screen (crisp slides need more pixels). */
public final class PngSnapshot {
    private PngSnapshot() {
    }

    /** Must run on the FX thread. The file is written whole or not at all. */
    public static BufferedImage write(Node node, Path file, double scale) throws IOException {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive, got " + scale);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(scale, scale));
        // Only the node's own box: shadows drawn past its edge would otherwise widen the image. The
        // snapshot includes the node's own transforms (a scaled window), so the box is taken in its parent.
        Bounds box = node.localToParent(node.getLayoutBounds());
        params.setViewport(new Rectangle2D(box.getMinX() * scale, box.getMinY() * scale,
                Math.round(box.getWidth() * scale), Math.round(box.getHeight() * scale)));
        WritableImage image = node.snapshot(params, null);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("folder " + dir + " does not exist");
        }
        Path temp = Files.createTempFile(dir, ".snapshot-", ".png");
        try {
            if (!ImageIO.write(buffered, "png", temp.toFile())) {
                throw new IOException("no PNG writer available");
            }
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return buffered;
    }
}
