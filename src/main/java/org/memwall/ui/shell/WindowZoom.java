package org.memwall.ui.shell;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Dimension2D;
import javafx.scene.Node;
import javafx.scene.transform.Scale;

/**
 * The window's scale (1 is 100 %): everything in it, type, lines, packets and the canvas, scales
 * together through one transform, and the layout is made for the window's size divided by the
 * scale, never less than {@value #MIN_LOGICAL_WIDTH} x {@value #MIN_LOGICAL_HEIGHT} (a scale that
 * would not fit is lowered until it does).
 */
final class WindowZoom {
    /** The window never scales so far that it would lay itself out in less than this. */
    static final double MIN_LOGICAL_WIDTH = 800;
    static final double MIN_LOGICAL_HEIGHT = 500;

    private final DoubleProperty zoom;
    private final Scale transform = new Scale(1, 1, 0, 0);

    WindowZoom(Node scaled, Runnable rescale) {
        zoom = new SimpleDoubleProperty(scaled, "zoom", 1);
        scaled.getTransforms().add(transform);
        zoom.addListener((obs, old, now) -> rescale.run());
    }

    DoubleProperty zoomProperty() {
        return zoom;
    }

    /** The scale in effect at the window's present size. */
    double effective() {
        return transform.getX();
    }

    /** Sets the scale for a window of this size on screen and gives the size to lay it out in. */
    Dimension2D fit(double width, double height) {
        double z = Math.max(0.5, Math.min(zoom.get(),
                Math.max(1, Math.min(width / MIN_LOGICAL_WIDTH, height / MIN_LOGICAL_HEIGHT))));
        transform.setX(z);
        transform.setY(z);
        return new Dimension2D(width / z, height / z);
    }
}
