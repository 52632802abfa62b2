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

    public static final CanvasPalette LIGHT = new CanvasPalette(
            Color.web("#c2410c"), Color.web("#0f766e"), Color.web("#4338ca"), Color.web("#64748b"),
            Color.web("#d97706"), Color.web("#be185d"), Color.web("#0284c7"), Color.web("#7c3aed"),
            Color.web("#1e293b"), Color.web("#f8fafc"));

    public static final CanvasPalette DARK = new CanvasPalette(
            Color.web("#fb923c"), Color.web("#2dd4bf"), Color.web("#818cf8"), Color.web("#94a3b8"),
            Color.web("#fbbf24"), Color.web("#f472b6"), Color.web("#38bdf8"), Color.web("#c084fc"),
            Color.web("#e2e8f0"), Color.web("#0f172a"));

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
