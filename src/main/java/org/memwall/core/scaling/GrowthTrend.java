package org.memwall.core.scaling;

import java.util.List;
import java.util.Objects;
import org.memwall.core.model.Checks;

/**
 * A quantity that grew by a constant factor every two years, such as peak server FLOPS (about 3x)
 * or DRAM bandwidth (about 1.6x), with the sources of that rate.
 */
public record GrowthTrend(String name, double factorPerTwoYears, List<String> sources) {

    public GrowthTrend {
        Objects.requireNonNull(name, "name");
        Checks.positive("factorPerTwoYears", factorPerTwoYears);
        sources = List.copyOf(sources);
    }

    /** How many times larger the quantity is after {@code years}: factor^(years / 2). */
    public double growthOver(double years) {
        return Math.pow(factorPerTwoYears, years / 2);
    }
}
