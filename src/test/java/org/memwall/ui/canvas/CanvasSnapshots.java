package org.memwall.ui.canvas;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Snapshots of a node as AWT images, and PNGs of them under target/ to look at. */
final class CanvasSnapshots {
    private CanvasSnapshots() {
    }

    static BufferedImage snapshot(Node node) {
        WritableImage image = node.snapshot(null, null);
        return SwingFXUtils.fromFXImage(image, null);
    }

    static void save(BufferedImage image, String name) {
        try {
            Path dir = Path.of("target", "canvas-snapshots");
            Files.createDirectories(dir);
            ImageIO.write(image, "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("could not write snapshot " + name, e);
        }
    }
}
