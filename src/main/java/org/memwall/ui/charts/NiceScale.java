package org.memwall.ui.charts;

import javafx.scene.chart.NumberAxis;

/**
 * Fixed axis bounds from zero to a round number (1, 2, 3, 4, 5, 6 or 8 times a power of ten) above the
 * largest value. An auto-ranging axis recomputes its ticks and makes new tick labels whenever the
 * largest bar moves; with round bounds most slider ticks leave the axis as it was.
 */
final class NiceScale {
    private static final double[] STEPS = {1, 2, 3, 4, 5, 6, 8, 10};
    /** Three labels (0, half, top): readable on a narrow chart, and each one a round number. */
    private static final int TICKS = 2;

    private NiceScale() {
    }

    /** Round upper bound at or above {@code max} (1 for nothing to show). */
    static double upperBound(double max) {
        if (!(max > 0) || !Double.isFinite(max)) {
            return 1;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : STEPS) {
            if (step * decade >= max * (1 - 1e-9)) {
                return step * decade;
            }
        }
        return 10 * decade;
    }

    /** Sets the axis to 0..round bound with a tick at the half, touching it only when the bound changes. */
    static void fit(NumberAxis axis, double max) {
        axis.setAutoRanging(false);
        double upper = upperBound(max * 1.02);
        if (axis.getUpperBound() != upper || axis.getLowerBound() != 0) {
            axis.setLowerBound(0);
            axis.setUpperBound(upper);
            axis.setTickUnit(upper / TICKS);
        }
    }
}
