package org.memwall.economics;

/**
 * What running the chips costs besides buying them: power, cooling and space as one all-in price per
 * kilowatt and month, over a number of years.
 *
 * @param usdPerKilowattMonth all-in data-centre price of a kilowatt for a month
 * @param years               how long the hardware serves
 * @param source              where the price comes from
 */
public record OperatingCost(double usdPerKilowattMonth, double years, String source) {
    public static final double MONTHS_PER_YEAR = 12;
    public static final double SECONDS_PER_YEAR = 365.0 * 24 * 3600;

    public OperatingCost {
        if (!(usdPerKilowattMonth >= 0) || Double.isInfinite(usdPerKilowattMonth)) {
            throw new IllegalArgumentException("usdPerKilowattMonth must be zero or more, got " + usdPerKilowattMonth);
        }
        if (!(years > 0) || Double.isInfinite(years)) {
            throw new IllegalArgumentException("years must be a positive number, got " + years);
        }
    }

    /** Energy cost of drawing {@code watts} for the whole period. */
    public double energyUsd(double watts) {
        return watts / 1000 * usdPerKilowattMonth * MONTHS_PER_YEAR * years;
    }

    public double seconds() {
        return years * SECONDS_PER_YEAR;
    }

    public OperatingCost withYears(double y) {
        return new OperatingCost(usdPerKilowattMonth, y, source);
    }

    public OperatingCost withUsdPerKilowattMonth(double usd) {
        return new OperatingCost(usd, years, source);
    }
}
