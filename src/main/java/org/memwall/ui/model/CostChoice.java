package org.memwall.ui.model;

import java.util.Objects;
import org.memwall.economics.PriceBasis;

/**
 * The cost setting a user changes in the window beside the sliders: the price basis switch (what a
 * buyer pays, or what the parts cost). Streams in flight are a setting of the workload
 * ({@link ExplorerSettings#concurrentStreams()}): the core runs them.
 */
public record CostChoice(PriceBasis basis) {
    public static final CostChoice DEFAULT = new CostChoice(PriceBasis.LIST);

    public CostChoice {
        Objects.requireNonNull(basis, "basis");
    }

    public CostChoice withBasis(PriceBasis b) {
        return new CostChoice(b);
    }
}
