package org.memwall.economics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.memwall.economics.CapacityDispute.EqualThroughput;
import org.memwall.economics.CapacityDispute.GpuReplica;
import org.memwall.economics.CapacityDispute.SramSystem;

/** The arithmetic of both published calculations, on the inputs each stated. */
class CapacityDisputeTest {
    private static final PricePoint CARD_LIST = new PricePoint("card", "lpu", PriceBasis.LIST, "list", 20_000, 1, "2024", "s", "low");
    private static final PricePoint SERVER_LIST = new PricePoint("box", "gpu", PriceBasis.LIST, "server", 300_000, 8, "2024", "s", "low");
    private static final PricePoint CARD_BOM = new PricePoint("card-bom", "lpu", PriceBasis.BOM, "bom", 500, 1, "2024", "s", "low");
    private static final PricePoint GPU_BOM = new PricePoint("gpu-bom", "gpu", PriceBasis.BOM, "bom", 3320, 1, "2023", "s", "low");
    private static final OperatingCost JIA = new OperatingCost(200, 3, "s");

    @Test
    void theEqualThroughputCornerGivesTheQuotedRatios() {
        // 572 cards at one stream of 300 tok/s; an 8-GPU box whose replicas together exceed it
        EqualThroughput t = CapacityDispute.equalThroughput(new SramSystem(572, 300, 1), new GpuReplica(1, 2, 57.6),
                CARD_LIST, SERVER_LIST, 185, 8, 10_000, JIA);
        assertEquals(8, t.gpuChips(), "one server matches 300 tok/s");
        assertEquals(11.44e6, t.sramCost().hardwareUsd(), 1);
        assertEquals(0.30e6, t.gpuCost().hardwareUsd(), 1);
        assertEquals(761_904, t.sramCost().energyUsd(), 1);
        assertEquals(72_000, t.gpuCost().energyUsd(), 1e-6);
        assertEquals(38.13, t.hardwareRatio(), 0.01);
        assertEquals(10.58, t.energyRatio(), 0.01);
        assertEquals(32.8, t.totalRatio(), 0.05);
    }

    @Test
    void moreStreamsNeedMoreGpuServersAtEqualThroughput() {
        GpuReplica replica = new GpuReplica(1, 2, 57.6);
        EqualThroughput one = CapacityDispute.equalThroughput(new SramSystem(572, 300, 1), replica, CARD_LIST, SERVER_LIST, 185, 8, 10_000, JIA);
        EqualThroughput ten = CapacityDispute.equalThroughput(new SramSystem(572, 3000, 10), replica, CARD_LIST, SERVER_LIST, 185, 8, 10_000, JIA);
        // 3000 tok/s / 57.6 per replica = 53 replicas = 7 servers
        assertEquals(56, ten.gpuChips());
        assertEquals(one.hardwareRatio() / 7, ten.hardwareRatio(), 1e-9);
    }

    @Test
    void perTopsAtBillOfMaterialsFavoursTheLpuAndAtListPriceTheGpu() {
        double lpuBom = CapacityDispute.usdPerTops(CARD_BOM, 750e12);
        double gpuBom = CapacityDispute.usdPerTops(GPU_BOM, 1979e12);
        assertEquals(0.667, lpuBom, 0.001);
        assertEquals(1.678, gpuBom, 0.001);
        assertTrue(CapacityDispute.usdPerTops(CARD_LIST, 750e12) > CapacityDispute.usdPerTops(SERVER_LIST, 1979e12));
    }

    @Test
    void theBreakEvenIsTheFewestStreamsAtWhichTheLpuCostsNoMorePerTokenPerSecond() {
        GpuReplica replica = new GpuReplica(1, 1, 28.9);
        // tokens grow with the streams until the pipeline's busiest stage is always busy (here at 30)
        java.util.function.IntToDoubleFunction tokens = s -> 300.0 * Math.min(s, 30);
        int breakEven = CapacityDispute.breakEvenStreams(tokens, 80, 576, replica, CARD_BOM, GPU_BOM, 8).orElseThrow();
        // linear part: the cost ratio at one stream, (576 x 500 / 300) / (8 x 3320 / (8 x 28.9)) = 8.36
        assertEquals((int) Math.ceil((576 * 500 / 300.0) / (8 * 3320 / (8 * 28.9))), breakEven);
        assertTrue(CapacityDispute.perTokenPerSecond(new SramSystem(576, tokens.applyAsDouble(breakEven), breakEven), replica,
                CARD_BOM, GPU_BOM, 8).ratio() <= 1);
        assertTrue(CapacityDispute.perTokenPerSecond(new SramSystem(576, tokens.applyAsDouble(breakEven - 1), breakEven - 1),
                replica, CARD_BOM, GPU_BOM, 8).ratio() > 1);
        // at list prices, with a pipeline that saturates at 20 streams, no stream count is enough
        assertTrue(CapacityDispute.breakEvenStreams(s -> 300.0 * Math.min(s, 20), 80, 576, replica, CARD_LIST, SERVER_LIST, 8)
                .isEmpty());
    }

    @Test
    void costOfOwnershipCountsHardwareEnergyAndTokensOverThePeriod() {
        CostOfOwnership c = CostOfOwnership.of(16, SERVER_LIST, 20_000, 1000, JIA);
        assertEquals(600_000, c.hardwareUsd(), 1e-6, "two whole servers");
        assertEquals(144_000, c.energyUsd(), 1e-6);
        double tokens = 1000 * 3 * 365.0 * 24 * 3600;
        assertEquals(744_000 / tokens * 1e6, c.usdPerMillionTokens(), 1e-12);
        assertEquals(600, c.hardwareUsdPerTokenPerSecond(), 1e-9);
    }
}
