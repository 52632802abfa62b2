package org.memwall.lessons;

import java.util.Objects;
import org.memwall.economics.OperatingCost;
import org.memwall.economics.PriceBasis;

/**
 * The settings of the cost side of the story: which prices count and what running the chips costs.
 * (How many streams a pipeline keeps in flight is a setting of the workload: the core runs it.)
 */
public record CostSettings(PriceBasis basis, OperatingCost operating) {
    /** Most streams in flight a scenario may set. */
    public static final int MAX_STREAMS = 1024;

    public CostSettings {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(operating, "operating");
    }

    public CostSettings withBasis(PriceBasis b) {
        return new CostSettings(b, operating);
    }

    public CostSettings withOperating(OperatingCost o) {
        return new CostSettings(basis, o);
    }
}
