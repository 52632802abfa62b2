package org.memwall.economics;

import java.util.Objects;

/**
 * The power figures one side of the capacity dispute assumed instead of measuring: an average draw
 * per SRAM-dataflow card (peripherals excluded) and a nominal draw per GPU server.
 *
 * @param sramCardAverageWatts average power of one LPU card as assumed
 * @param gpuServerWatts       nominal power of one 8-GPU server as assumed
 * @param gpuServerChips       GPUs in that server
 */
public record PowerAssumptions(double sramCardAverageWatts, double gpuServerWatts, int gpuServerChips, String source) {
    public PowerAssumptions {
        Objects.requireNonNull(source, "source");
        if (!(sramCardAverageWatts > 0) || !(gpuServerWatts > 0) || gpuServerChips < 1) {
            throw new IllegalArgumentException("power assumptions must be positive");
        }
    }
}
