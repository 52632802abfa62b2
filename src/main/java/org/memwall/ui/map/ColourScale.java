package org.memwall.ui.map;

import javafx.scene.paint.Color;
import org.memwall.core.sim.Bound;

/**
 * The map's colours. Values: viridis (perceptually even and readable with every common colour
 * vision deficiency, and in greyscale), on a log scale when the values span more than a factor of
 * {@link #LOG_SPAN}, its bright end on the better values. Bounds: the Okabe-Ito palette, made for
 * colour-blind readers.
 */
public record ColourScale(double min, double max, boolean log, boolean brightIsHigh) {
    /** A span of values wider than this is coloured on a log scale. */
    static final double LOG_SPAN = 20;

    /** Viridis at 11 even stops (matplotlib's table). */
    private static final Color[] VIRIDIS = {
        Color.web("#440154"), Color.web("#482475"), Color.web("#414487"), Color.web("#355f8d"), Color.web("#2a788e"),
        Color.web("#21918c"), Color.web("#22a884"), Color.web("#44bf70"), Color.web("#7ad151"), Color.web("#bddf26"),
        Color.web("#fde725")};

    /** Cells whose settings give no figure (the model does not fit, the chip has no price). */
    public static final Color EMPTY = Color.web("#8c8c8c");

    /** A scale over the finite values given; a single value or none gives a one-colour scale. */
    public static ColourScale over(double[] values, boolean higherIsBetter) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            return new ColourScale(0, 1, false, higherIsBetter);
        }
        boolean log = lo > 0 && hi / lo > LOG_SPAN;
        return new ColourScale(lo, hi, log, higherIsBetter);
    }

    /** Where a value falls between min (0) and max (1). */
    public double position(double v) {
        if (max <= min) {
            return 0.5;
        }
        double t = log ? (Math.log(v) - Math.log(min)) / (Math.log(max) - Math.log(min)) : (v - min) / (max - min);
        return Math.max(0, Math.min(1, t));
    }

    /** The value at a position of the scale (for the legend's labels). */
    public double valueAt(double t) {
        return log ? Math.exp(Math.log(min) + t * (Math.log(max) - Math.log(min))) : min + t * (max - min);
    }

    public Color colour(double v) {
        if (!Double.isFinite(v)) {
            return EMPTY;
        }
        double t = position(v);
        return viridis(brightIsHigh ? t : 1 - t);
    }

    /** Viridis at t in 0-1, linearly between its stops. */
    public static Color viridis(double t) {
        double x = Math.max(0, Math.min(1, t)) * (VIRIDIS.length - 1);
        int i = (int) Math.floor(x);
        if (i >= VIRIDIS.length - 1) {
            return VIRIDIS[VIRIDIS.length - 1];
        }
        return VIRIDIS[i].interpolate(VIRIDIS[i + 1], x - i);
    }

    /** Okabe-Ito colours for what limits decode. */
    public static Color of(Bound b) {
        return switch (b) {
            case MEMORY -> Color.web("#E69F00");
            case COMPUTE -> Color.web("#0072B2");
            case LINK -> Color.web("#009E73");
            case LATENCY -> Color.web("#CC79A7");
        };
    }
}
