package org.memwall.lessons;

import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.MemoryLevel;
import org.memwall.core.sim.Result;
import org.memwall.core.sim.Capacity;

/**
 * The numbers the scenario narratives refer to, for one chip's result: bytes per generated token
 * from HBM, time to first token, and the chips the weights alone need against the chips weights
 * plus KV cache need.
 *
 * @param hbmBytesPerToken     bytes read from off-chip DRAM per generated token; NaN without HBM
 * @param chipsForWeightsAlone chips whose whole weight memory holds the weights (nothing else)
 * @param chipsNeeded          chips that hold weights and KV cache in the memory the core counts usable
 */
public record Readouts(String hardwareId, double hbmBytesPerToken, double weightBytes, double weightAndKvBytes,
                       double timeToFirstTokenSeconds, int chipsForWeightsAlone, int chipsNeeded) {

    public static Readouts of(Result r) {
        double hbm = r.hardware().level(MemoryKind.OFF_CHIP_DRAM)
                .map(l -> r.bytesPerToken().getOrDefault(l.name(), 0.0)).orElse(Double.NaN);
        Capacity capacity = Capacity.of(r.hardware(), r.scenario().stack(), r.scenario().workload());
        double rawPerChip = r.hardware().memory().stream().filter(l -> l.name().equals(capacity.weightLevel()))
                .mapToDouble(MemoryLevel::capacityBytes).findFirst().orElse(Double.NaN);
        double weights = weightBytes(r);
        int alone = (int) Math.ceil(weights / rawPerChip - 1e-9);
        return new Readouts(r.hardware().id(), hbm, weights, capacity.weightAndKvBytes(), r.timeToFirstTokenSeconds(),
                Math.max(1, alone), r.chipsNeeded());
    }

    /** Bytes of the model's weights in the format they are stored in. */
    static double weightBytes(Result r) {
        var w = r.scenario().workload();
        return w.model().totalParameters() * w.weightPrecision().bytes();
    }

    /** Off-chip DRAM (HBM) peak bandwidth of the chip as simulated (sliders applied); NaN without HBM. */
    static double dramBandwidth(Result r) {
        return r.hardware().level(MemoryKind.OFF_CHIP_DRAM).map(MemoryLevel::bandwidthBytesPerSecond).orElse(Double.NaN);
    }

    /** On-chip SRAM peak bandwidth of the chip as simulated; NaN without an SRAM level. */
    static double sramBandwidth(Result r) {
        return r.hardware().level(MemoryKind.ON_CHIP_SRAM).map(MemoryLevel::bandwidthBytesPerSecond).orElse(Double.NaN);
    }
}
