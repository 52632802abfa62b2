package org.memwall.ui.canvas;

import java.util.Objects;
import javafx.scene.paint.Color;
import org.memwall.core.trace.Payload;

/**
 * The colours the canvas draws with, one per theme token. The canvas normally reads them from CSS
 * ({@code -mw-hbm} and friends, see {@link ArchitectureCanvas}); a shell without a theme, a test or
 * an export can set one directly with {@link ArchitectureCanvas#setPalette(CanvasPalette)}.
 */
public record CanvasPalette(
        Color hbm,
        Color sram,
        Color compute,
        Color flowRead,
        Color weights,
        Color kvCache,
        Color activations,
        Color link,
        Color text,
        Color background) {

    /** The light theme's colours (see {@code Theme}): what the canvas draws with when no theme styles it. */
    public static final CanvasPalette LIGHT = new CanvasPalette(
            Color.web("#D55E00"), Color.web("#009E73"), Color.web("#0072B2"), Color.web("#7c3aed"),
            Color.web("#E69F00"), Color.web("#CC79A7"), Color.web("#56B4E9"), Color.web("#4D4D4D"),
            Color.web("#111827"), Color.web("#f3f4f6"));

    public static final CanvasPalette DARK = new CanvasPalette(
            Color.web("#F07F3C"), Color.web("#27B48C"), Color.web("#4C8FE8"), Color.web("#c4b5fd"),
            Color.web("#F2A93B"), Color.web("#D98CC0"), Color.web("#B5EEFA"), Color.web("#C0C0C0"),
            Color.web("#f3f4f6"), Color.web("#111827"));

    public CanvasPalette {
        Objects.requireNonNull(hbm, "hbm");
        Objects.requireNonNull(sram, "sram");
        Objects.requireNonNull(compute, "compute");
        Objects.requireNonNull(flowRead, "flowRead");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(kvCache, "kvCache");
        Objects.requireNonNull(activations, "activations");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(background, "background");
    }

    public Color payload(Payload payload) {
        return switch (payload) {
            case WEIGHTS -> weights;
            case KV_CACHE -> kvCache;
            case ACTIVATIONS -> activations;
        };
    }

    /** Whether text is lighter than the background (a dark theme): glows then mix towards white. */
    boolean dark() {
        return background.getBrightness() < text.getBrightness();
    }
}
