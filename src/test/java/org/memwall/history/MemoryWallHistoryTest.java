package org.memwall.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class MemoryWallHistoryTest {
    private static HistoryChip chip(String id, double year, double flops, double dram) {
        return new HistoryChip(id, id, year, flops > 0 ? OptionalDouble.of(flops) : OptionalDouble.empty(),
                dram > 0 ? OptionalDouble.of(dram) : OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                true, Optional.empty());
    }

    @Test
    void aFitThroughExactExponentialsRecoversTheirGrowthAndTheGap() {
        List<HistoryChip> chips = new ArrayList<>();
        for (int y = 2000; y <= 2020; y += 4) {
            chips.add(chip("c" + y, y, 1e12 * Math.pow(1.8, y - 2000), 0));
            chips.add(chip("d" + y, y + 1, 0, 1e10 * Math.pow(1.2, y + 1 - 2000)));
        }
        MemoryWallHistory h = new MemoryWallHistory(chips, List.of("test"));
        assertEquals(1.8, h.trend(Series.PEAK_COMPUTE).orElseThrow().growthPerYear(), 1e-9);
        assertEquals(1.2, h.trend(Series.DRAM_BANDWIDTH).orElseThrow().growthPerYear(), 1e-9);
        assertEquals(1.8 / 1.2 - 1, h.gapGrowthPerYear().orElseThrow(), 1e-9);
        Trend t = h.trend(Series.PEAK_COMPUTE).orElseThrow();
        assertEquals(1e12 * Math.pow(1.8, 10), t.at(2010), 1e3);
        assertEquals(2000, t.firstYear());
        assertEquals(2020, t.lastYear());
    }

    @Test
    void aSeriesWithOnePointHasNoTrendAndNoGap() {
        MemoryWallHistory h = new MemoryWallHistory(List.of(chip("a", 2000, 1e12, 0), chip("b", 2001, 2e12, 1e9)), List.of());
        assertTrue(h.trend(Series.DRAM_BANDWIDTH).isEmpty());
        assertTrue(h.gapGrowthPerYear().isEmpty());
    }

    @Test
    void aNodeBetweenTwoListedOnesGetsAYearBetweenTheirsAndTheEndsAreHeld() {
        MemoryWallHistory h = new MemoryWallHistory(List.of(chip("a", 2000, 1e12, 0)),
                List.of(new NodeYear(7, "N7", 2018), new NodeYear(28, "N28", 2011), new NodeYear(14, "N14", 2014)), List.of());
        assertEquals(2018, h.yearOf(7).orElseThrow());
        assertEquals(2014, h.yearOf(14).orElseThrow());
        double ten = h.yearOf(10).orElseThrow();
        assertTrue(ten > 2014 && ten < 2018, "10 nm between 14 and 7 nm: " + ten);
        assertEquals(2018, h.yearOf(3).orElseThrow(), "held at the smallest node listed");
        assertEquals(2011, h.yearOf(40).orElseThrow());
        assertTrue(new MemoryWallHistory(List.of(chip("a", 2000, 1e12, 0)), List.of()).yearOf(7).isEmpty());
    }
}
