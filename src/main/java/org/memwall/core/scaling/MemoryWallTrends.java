package org.memwall.core.scaling;

import java.util.Objects;

/**
 * The memory wall as growth rates over a span of years: peak compute against the bandwidth of the
 * memory and of the links that feed it. The gap is how much faster compute grew than memory
 * bandwidth: the factor by which a chip of the last year waits longer on memory, per operation,
 * than one of the first.
 */
public record MemoryWallTrends(int fromYear, int toYear, GrowthTrend compute, GrowthTrend memoryBandwidth,
                               GrowthTrend interconnectBandwidth) {

    public MemoryWallTrends {
        Objects.requireNonNull(compute, "compute");
        Objects.requireNonNull(memoryBandwidth, "memoryBandwidth");
        Objects.requireNonNull(interconnectBandwidth, "interconnectBandwidth");
        if (toYear <= fromYear) {
            throw new IllegalArgumentException("toYear must come after fromYear, got " + fromYear + " to " + toYear);
        }
    }

    public int years() {
        return toYear - fromYear;
    }

    /** Compute's growth divided by memory bandwidth's, {@code years} after {@link #fromYear}. */
    public double gapAfter(double years) {
        return compute.growthOver(years) / memoryBandwidth.growthOver(years);
    }

    /** The gap's growth in one year, e.g. 1.37 for 37% a year. */
    public double gapPerYear() {
        return gapAfter(1);
    }
}
