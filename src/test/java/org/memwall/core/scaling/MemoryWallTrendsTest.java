package org.memwall.core.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryWallTrendsTest {
    private static final MemoryWallTrends TRENDS = new MemoryWallTrends(2003, 2023,
            new GrowthTrend("compute", 3.0, List.of("s")),
            new GrowthTrend("DRAM bandwidth", 1.6, List.of("s")),
            new GrowthTrend("interconnect", 1.4, List.of("s")));

    @Test
    void growthCompoundsEveryTwoYears() {
        // 3.0^(20 / 2) = 3^10 = 59,049; 1.6^10 = 109.95; 1.4^10 = 28.93
        assertEquals(59_049, TRENDS.compute().growthOver(20), 1e-6);
        assertEquals(109.95, TRENDS.memoryBandwidth().growthOver(20), 0.01);
        assertEquals(28.93, TRENDS.interconnectBandwidth().growthOver(20), 0.01);
        // one year is half a period: 3^0.5 = 1.7321
        assertEquals(1.7321, TRENDS.compute().growthOver(1), 1e-4);
        assertEquals(1, TRENDS.compute().growthOver(0));
    }

    @Test
    void theGapIsComputeGrowthOverMemoryGrowth() {
        // after 20 years: 59,049 / 109.95 = 537.0; a year: (3.0 / 1.6)^(1/2) = 1.875^0.5 = 1.3693
        assertEquals(537.0, TRENDS.gapAfter(20), 0.1);
        assertEquals(1.3693, TRENDS.gapPerYear(), 1e-4);
        assertEquals(20, TRENDS.years());
    }

    @Test
    void aSpanThatEndsBeforeItStartsIsRefused() {
        GrowthTrend t = new GrowthTrend("x", 2, List.of("s"));
        assertThrows(IllegalArgumentException.class, () -> new MemoryWallTrends(2023, 2003, t, t, t));
        assertThrows(IllegalArgumentException.class, () -> new GrowthTrend("x", 0, List.of("s")));
    }
}
