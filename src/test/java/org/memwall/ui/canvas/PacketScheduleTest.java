package org.memwall.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memwall.core.sim.Operator;
import org.memwall.core.trace.Endpoint;
import org.memwall.core.trace.Payload;
import org.memwall.core.trace.TransferEvent;

class PacketScheduleTest {
    /** 1 GB/s moves 1 kB per µs: with 1 kB packets and a 10 µs flight, 10 packets are in flight. */
    private static final PacketSchedule SCHEDULE = new PacketSchedule(1_000, 10e-6, 1_000);

    private static TransferEvent transfer(double bytesPerSecond, double start, double duration) {
        return new TransferEvent(Operator.FFN, Endpoint.DRAM, Endpoint.SRAM, Payload.WEIGHTS, "HBM",
                bytesPerSecond * duration, start, duration);
    }

    @Test
    void packetsInFlightAreProportionalToTheRate() {
        TransferEvent slow = transfer(1e9, 0, 1e-3);
        TransferEvent fast = transfer(4e9, 0, 1e-3);
        assertEquals(10, SCHEDULE.countInFlight(slow, 500e-6));
        assertEquals(40, SCHEDULE.countInFlight(fast, 500e-6));
    }

    @Test
    void aPacketMovesLinearlyFromSourceToDestination() {
        TransferEvent e = transfer(1e9, 100e-6, 1e-3);
        List<double[]> seen = new ArrayList<>();
        SCHEDULE.forEachInFlight(e, 100e-6 + 2.5e-6, (k, p) -> seen.add(new double[] {k, p}));
        // packets leave every 1 µs: packet 0 left 2.5 µs ago (25% of its flight), packet 2 0.5 µs ago
        assertEquals(3, seen.size());
        assertEquals(0, seen.get(0)[0]);
        assertEquals(0.25, seen.get(0)[1], 1e-9);
        assertEquals(2, seen.get(2)[0]);
        assertEquals(0.05, seen.get(2)[1], 1e-9);
    }

    @Test
    void theSamePacketIsAtTheSamePlaceWhateverTheHistory() {
        TransferEvent e = transfer(3e9, 0, 50e-6);
        List<String> first = new ArrayList<>();
        SCHEDULE.forEachInFlight(e, 20e-6, (k, p) -> first.add(k + ":" + p));
        SCHEDULE.forEachInFlight(e, 45e-6, (k, p) -> { });
        List<String> again = new ArrayList<>();
        SCHEDULE.forEachInFlight(e, 20e-6, (k, p) -> again.add(k + ":" + p));
        assertEquals(first, again);
    }

    @Test
    void noPacketBeforeTheStartAndTheLastLandsOneFlightAfterTheEnd() {
        TransferEvent e = transfer(1e9, 100e-6, 20e-6);
        assertEquals(0, SCHEDULE.countInFlight(e, 99e-6));
        assertTrue(SCHEDULE.countInFlight(e, 125e-6) > 0, "packets sent before the end are still flying");
        assertEquals(0, SCHEDULE.countInFlight(e, 130.01e-6));
        assertEquals(20, SCHEDULE.packetCount(e));
    }

    @Test
    void aFastTransferIsCappedAndDrawnLarger() {
        PacketSchedule capped = new PacketSchedule(1_000, 10e-6, 50);
        TransferEvent e = transfer(100e9, 0, 1e-3);
        assertEquals(1_000, capped.uncappedInFlight(e), 1e-6);
        assertEquals(50, capped.countInFlight(e, 500.03e-6));
        assertEquals(PacketSchedule.MAX_SIZE_SCALE, capped.sizeScale(e), 1e-9);
        assertEquals(1, capped.sizeScale(transfer(1e9, 0, 1e-3)), 1e-9);
    }

    @Test
    void aSlowTransferStillShowsOnePacketWhileItRuns() {
        TransferEvent trickle = transfer(1e6, 0, 1e-3);
        assertEquals(1, SCHEDULE.countInFlight(trickle, 503e-6));
    }

    @Test
    void anInstantTransferSendsOnePacket() {
        TransferEvent instant = new TransferEvent(Operator.FFN, Endpoint.COMPUTE, Endpoint.NEXT_CHIP, Payload.ACTIVATIONS,
                "link", 1_000, 5e-6, 0);
        assertEquals(1, SCHEDULE.packetCount(instant));
        assertEquals(1, SCHEDULE.countInFlight(instant, 9e-6));
    }

    @Test
    void theFastestRateGetsTheRequestedDensity() {
        PacketSchedule s = PacketSchedule.forFastestRate(2e12, 20e-6, 300);
        assertEquals(300, s.countInFlight(transfer(2e12, 0, 1e-3), 500e-6));
        assertEquals(150, s.countInFlight(transfer(1e12, 0, 1e-3), 500e-6));
    }
}
