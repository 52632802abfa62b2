package org.memwall.core.model;

import java.util.Objects;

/**
 * One level of a chip's memory hierarchy, per chip.
 *
 * @param achievableFraction the share of peak bandwidth real kernels reach (a calibration factor,
 *                           sourced in the preset)
 */
public record MemoryLevel(
        String name,
        MemoryKind kind,
        double capacityBytes,
        double bandwidthBytesPerSecond,
        double energyPerBitJoules,
        double latencySeconds,
        double achievableFraction) {

    public MemoryLevel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Checks.positive("capacityBytes", capacityBytes);
        Checks.positive("bandwidthBytesPerSecond", bandwidthBytesPerSecond);
        Checks.nonNegative("energyPerBitJoules", energyPerBitJoules);
        Checks.nonNegative("latencySeconds", latencySeconds);
        Checks.fraction("achievableFraction", achievableFraction);
    }

    public double effectiveBandwidthBytesPerSecond() {
        return bandwidthBytesPerSecond * achievableFraction;
    }

    public MemoryLevel withBandwidth(double newBandwidthBytesPerSecond) {
        return new MemoryLevel(name, kind, capacityBytes, newBandwidthBytesPerSecond, energyPerBitJoules, latencySeconds, achievableFraction);
    }

    public MemoryLevel withCapacity(double newCapacityBytes) {
        return new MemoryLevel(name, kind, newCapacityBytes, bandwidthBytesPerSecond, energyPerBitJoules, latencySeconds, achievableFraction);
    }

    public MemoryLevel withEnergyPerBit(double newEnergyPerBitJoules) {
        return new MemoryLevel(name, kind, capacityBytes, bandwidthBytesPerSecond, newEnergyPerBitJoules, latencySeconds, achievableFraction);
    }
}
