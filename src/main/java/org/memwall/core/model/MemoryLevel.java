package org.memwall.core.model;

import java.util.Objects;

/**
 * One level of a chip's memory hierarchy, per chip.
 *
 * @param sustainedFraction the share of peak bandwidth the hardware sustains for a plain stream
 *                          (a copy benchmark); how close a stack's kernels come to it is the stack's
 */
public record MemoryLevel(
        String name,
        MemoryKind kind,
        double capacityBytes,
        double bandwidthBytesPerSecond,
        double energyPerBitJoules,
        double latencySeconds,
        double sustainedFraction) {

    public MemoryLevel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Checks.positive("capacityBytes", capacityBytes);
        Checks.positive("bandwidthBytesPerSecond", bandwidthBytesPerSecond);
        Checks.nonNegative("energyPerBitJoules", energyPerBitJoules);
        Checks.nonNegative("latencySeconds", latencySeconds);
        Checks.fraction("sustainedFraction", sustainedFraction);
    }

    public double sustainedBandwidthBytesPerSecond() {
        return bandwidthBytesPerSecond * sustainedFraction;
    }

    public MemoryLevel withBandwidth(double newBandwidthBytesPerSecond) {
        return new MemoryLevel(name, kind, capacityBytes, newBandwidthBytesPerSecond, energyPerBitJoules, latencySeconds, sustainedFraction);
    }

    public MemoryLevel withCapacity(double newCapacityBytes) {
        return new MemoryLevel(name, kind, newCapacityBytes, bandwidthBytesPerSecond, energyPerBitJoules, latencySeconds, sustainedFraction);
    }

    public MemoryLevel withEnergyPerBit(double newEnergyPerBitJoules) {
        return new MemoryLevel(name, kind, capacityBytes, bandwidthBytesPerSecond, newEnergyPerBitJoules, latencySeconds, sustainedFraction);
    }
}
