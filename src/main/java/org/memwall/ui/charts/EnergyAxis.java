package org.memwall.ui.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.ValueAxis;

/**
 * The energy chart's value axis: linear from zero to a round bound, or logarithmic over whole
 * decades when one bar would be too short to see beside another. The chart cannot swap its axis,
 * so this one axis does both. Bounds are set by {@link #linear} and {@link #logarithmic}, never
 * auto-ranged: a slider tick that leaves the bounds alone leaves the axis alone.
 */
final class EnergyAxis extends ValueAxis<Number> {
    private boolean log;
    private double tickUnit = 1;

    EnergyAxis() {
        setAutoRanging(false);
        setMinorTickVisible(false);
    }

    boolean isLogarithmic() {
        return log;
    }

    /** 0 to {@code upper}, a tick every {@code tick}. */
    void linear(double upper, double tick) {
        if (!log && getLowerBound() == 0 && getUpperBound() == upper && tickUnit == tick) {
            return;
        }
        log = false;
        tickUnit = tick;
        setLowerBound(0);
        setUpperBound(upper);
        invalidateRange();
        requestAxisLayout();
    }

    /** Whole decades from {@code lowerDecade} to {@code upperDecade} (powers of ten), a tick at each. */
    void logarithmic(int lowerDecade, int upperDecade) {
        double lower = Math.pow(10, lowerDecade);
        double upper = Math.pow(10, Math.max(upperDecade, lowerDecade + 1));
        if (log && getLowerBound() == lower && getUpperBound() == upper) {
            return;
        }
        log = true;
        setLowerBound(lower);
        setUpperBound(upper);
        invalidateRange();
        requestAxisLayout();
    }

    private double length() {
        return getSide() != null && getSide().isVertical() ? getHeight() : getWidth();
    }

    /** Where along the axis a value falls; on a log axis anything at or below the lower bound sits at its start. */
    @Override
    public double getDisplayPosition(Number value) {
        if (!log) {
            return super.getDisplayPosition(value);
        }
        double lo = Math.log10(getLowerBound());
        double hi = Math.log10(getUpperBound());
        double v = value.doubleValue();
        double f = ((v > getLowerBound() ? Math.log10(v) : lo) - lo) / (hi - lo);
        return getSide() != null && getSide().isVertical() ? (1 - f) * length() : f * length();
    }

    @Override
    public Number getValueForDisplay(double position) {
        if (!log) {
            return super.getValueForDisplay(position);
        }
        double f = getSide() != null && getSide().isVertical() ? 1 - position / length() : position / length();
        double lo = Math.log10(getLowerBound());
        double hi = Math.log10(getUpperBound());
        return Math.pow(10, lo + f * (hi - lo));
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] r = (double[]) range;
        setLowerBound(r[0]);
        setUpperBound(r[1]);
        currentLowerBound.set(r[0]);
        setScale(calculateNewScale(length(), r[0], r[1]));
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] r = (double[]) range;
        List<Number> ticks = new ArrayList<>();
        if (log) {
            for (int d = (int) Math.round(Math.log10(r[0])); d <= (int) Math.round(Math.log10(r[1])); d++) {
                ticks.add(Math.pow(10, d));
            }
        } else if (tickUnit > 0) {
            for (int i = 0; i * tickUnit <= r[1] * (1 + 1e-9); i++) {
                ticks.add(i * tickUnit);
            }
        }
        return ticks;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    /** Plain numbers without trailing zeros: 0.001, 0.5, 10, 200. */
    @Override
    protected String getTickMarkLabel(Number value) {
        double v = value.doubleValue();
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        return getRange();
    }
}
