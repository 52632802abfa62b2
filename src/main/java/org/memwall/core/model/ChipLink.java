package org.memwall.core.model;

/**
 * Chip-to-chip link, per chip and direction.
 *
 * @param latencyPerHopSeconds time a message spends per hop (wire, switch and synchronisation)
 */
public record ChipLink(double bandwidthBytesPerSecond, double latencyPerHopSeconds, double energyPerBitJoules) {
    public ChipLink {
        Checks.positive("bandwidthBytesPerSecond", bandwidthBytesPerSecond);
        Checks.nonNegative("latencyPerHopSeconds", latencyPerHopSeconds);
        Checks.nonNegative("energyPerBitJoules", energyPerBitJoules);
    }
}
