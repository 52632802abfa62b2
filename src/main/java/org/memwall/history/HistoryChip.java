package org.memwall.history;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One chip (or memory or link standard) of the memory-wall history, with the figures published for
 * it. A point read off the published figure carries one series; a datasheet row can carry all three.
 *
 * @param year                            date as a decimal year (2022.5 is mid-2022)
 * @param peakComputeFlopsPerSecond       peak compute of one chip
 * @param dramBandwidthBytesPerSecond     off-chip DRAM bandwidth of one chip
 * @param interconnectRelativeToPcie1     interconnect bandwidth relative to PCIe 1.0 (the figure's unit)
 * @param interconnectBandwidthBytesPerSecond a datasheet's chip-to-chip or system I/O bandwidth (shown, not fitted:
 *                                        the figure's series is relative)
 * @param fromFigure                      read off Gholami et al.'s Fig. 1 (else: a datasheet)
 * @param hardwareId                      the hardware preset this chip is, if there is one
 */
public record HistoryChip(
        String id,
        String name,
        double year,
        OptionalDouble peakComputeFlopsPerSecond,
        OptionalDouble dramBandwidthBytesPerSecond,
        OptionalDouble interconnectRelativeToPcie1,
        OptionalDouble interconnectBandwidthBytesPerSecond,
        boolean fromFigure,
        Optional<String> hardwareId) {

    public HistoryChip {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(peakComputeFlopsPerSecond, "peakComputeFlopsPerSecond");
        Objects.requireNonNull(dramBandwidthBytesPerSecond, "dramBandwidthBytesPerSecond");
        Objects.requireNonNull(interconnectRelativeToPcie1, "interconnectRelativeToPcie1");
        Objects.requireNonNull(interconnectBandwidthBytesPerSecond, "interconnectBandwidthBytesPerSecond");
        Objects.requireNonNull(hardwareId, "hardwareId");
        if (!(year > 1900 && year < 2200)) {
            throw new IllegalArgumentException("year must be a calendar year, got " + year);
        }
        if (peakComputeFlopsPerSecond.isEmpty() && dramBandwidthBytesPerSecond.isEmpty() && interconnectRelativeToPcie1.isEmpty()
                && interconnectBandwidthBytesPerSecond.isEmpty()) {
            throw new IllegalArgumentException("a history chip needs at least one of peak compute, DRAM bandwidth or interconnect bandwidth");
        }
    }

    public OptionalDouble value(Series series) {
        return switch (series) {
            case PEAK_COMPUTE -> peakComputeFlopsPerSecond;
            case DRAM_BANDWIDTH -> dramBandwidthBytesPerSecond;
            case INTERCONNECT -> interconnectRelativeToPcie1;
        };
    }
}
