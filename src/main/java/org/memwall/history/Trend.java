package org.memwall.history;

/**
 * A straight line through log10(value) against year, fitted by least squares: growth by a constant
 * factor each year.
 *
 * @param log10Slope     log10 of the growth factor per year
 * @param log10Intercept log10 of the value at year 0 (use {@link #at})
 * @param points         points fitted
 * @param firstYear      earliest point
 * @param lastYear       latest point
 */
public record Trend(Series series, double log10Slope, double log10Intercept, int points, double firstYear, double lastYear) {

    public double growthPerYear() {
        return Math.pow(10, log10Slope);
    }

    public double growthPerTwoYears() {
        return Math.pow(10, 2 * log10Slope);
    }

    /** The fitted value in a year. */
    public double at(double year) {
        return Math.pow(10, log10Intercept + log10Slope * year);
    }
}
