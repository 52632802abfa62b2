package org.memwall.ui.canvas;

import org.memwall.core.trace.TransferEvent;

/**
 * Packets of a transfer as a pure function of (event, simulated time): nothing is stored, so
 * scrubbing and stepping back show exactly what playing forward showed.
 *
 * <p>Packet k leaves at {@code start + k * interval} and lands {@code flightSeconds} later. The
 * interval is {@code bytesPerPacket / rate}, so packets in flight = flight x rate / bytesPerPacket:
 * proportional to the transfer's bandwidth. Two limits keep it drawable and visible: at most
 * {@code maxInFlightPerTransfer} packets in flight (the packet then stands for more bytes and is
 * drawn larger, see {@link #sizeScale}), and at least one in flight while a slow transfer runs.
 *
 * @param bytesPerPacket         bytes one packet stands for, the same for every chip on screen
 * @param flightSeconds          simulated time a packet takes from source to destination
 * @param maxInFlightPerTransfer cap on packets in flight per transfer
 */
record PacketSchedule(double bytesPerPacket, double flightSeconds, int maxInFlightPerTransfer) {

    static final double MAX_SIZE_SCALE = 1.6;

    /** Receives one packet in flight: its number within the transfer and how far it has come (0..1). */
    @FunctionalInterface
    interface PacketVisitor {
        void packet(int index, double progress);
    }

    PacketSchedule {
        if (!(bytesPerPacket > 0) || !(flightSeconds > 0) || maxInFlightPerTransfer < 1) {
            throw new IllegalArgumentException("bytes per packet and flight time must be positive and the cap at least 1");
        }
    }

    /**
     * A schedule where the fastest transfer on screen has {@code packetsForFastest} packets in
     * flight, packets fly for {@code flightSeconds}, and nothing exceeds that count.
     */
    static PacketSchedule forFastestRate(double fastestBytesPerSecond, double flightSeconds, int packetsForFastest) {
        double rate = Double.isFinite(fastestBytesPerSecond) && fastestBytesPerSecond > 0 ? fastestBytesPerSecond : 1;
        return new PacketSchedule(rate * flightSeconds / packetsForFastest, flightSeconds, packetsForFastest);
    }

    /** Packets in flight per transfer if nothing capped it: flight x rate / bytesPerPacket. */
    double uncappedInFlight(TransferEvent e) {
        return flightSeconds * e.rateBytesPerSecond() / bytesPerPacket;
    }

    /** Simulated seconds between two packets of the transfer, after the cap and the floor. */
    double intervalSeconds(TransferEvent e) {
        double rate = e.rateBytesPerSecond();
        double interval = Double.isInfinite(rate) ? 0 : bytesPerPacket / rate;
        interval = Math.max(interval, flightSeconds / maxInFlightPerTransfer);
        return Math.min(interval, flightSeconds);
    }

    /** Packets the transfer sends in all (at least one, even for an instantaneous transfer). */
    int packetCount(TransferEvent e) {
        return Math.max(1, (int) Math.ceil(e.durationSeconds() / intervalSeconds(e)));
    }

    /** Packets of a capped transfer stand for more bytes; drawn up to 1.6 times as large. */
    double sizeScale(TransferEvent e) {
        double over = uncappedInFlight(e) / maxInFlightPerTransfer;
        return over <= 1 ? 1 : Math.min(MAX_SIZE_SCALE, Math.sqrt(over));
    }

    /** Whether any packet of the transfer can be in flight at t. */
    boolean visibleAt(TransferEvent e, double t) {
        return t >= e.startSeconds() && t < e.endSeconds() + flightSeconds;
    }

    /** Calls the visitor for every packet in flight at t; returns how many there were. */
    int forEachInFlight(TransferEvent e, double t, PacketVisitor visitor) {
        if (!visibleAt(e, t)) {
            return 0;
        }
        double interval = intervalSeconds(e);
        double sinceStart = t - e.startSeconds();
        int last = Math.min(packetCount(e) - 1, (int) Math.floor(sinceStart / interval));
        // packet k is in flight while start + k*interval <= t < start + k*interval + flight
        int first = Math.max(0, (int) Math.floor((sinceStart - flightSeconds) / interval) + 1);
        int n = 0;
        for (int k = first; k <= last; k++) {
            double progress = (sinceStart - k * interval) / flightSeconds;
            if (progress >= 0 && progress < 1) {
                visitor.packet(k, progress);
                n++;
            }
        }
        return n;
    }

    int countInFlight(TransferEvent e, double t) {
        return forEachInFlight(e, t, (k, p) -> { });
    }
}
