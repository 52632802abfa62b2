package org.memwall.core.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.memwall.core.TestChips;
import org.memwall.core.model.Hardware;
import org.memwall.core.model.MemoryKind;
import org.memwall.core.model.Precision;

class ProcessNodeTableTest {
    private final ProcessNodeTable table = TestChips.nodes();

    @Test
    void theChipsOwnNodeChangesNothing() {
        Hardware gpu = TestChips.vonNeumann();
        assertSame(gpu, table.scale(gpu, 5));
    }

    @Test
    void movingToAnOlderNodeShrinksComputeAndSramButNotHbm() {
        Hardware gpu = TestChips.vonNeumann();
        Hardware old = table.scale(gpu, 10);
        // density 100/200 = 0.5, clock 1.0/1.2, energy 1.0/0.5 = 2: units x clock = 0.41667,
        // and the power budget allows 1/2 = 0.5, so 0.41667 wins: 1e15 x 0.5/1.2 = 4.1667e14
        assertEquals(1e15 * 0.5 / 1.2, old.compute().peakOpsPerSecond().get(Precision.FP16), 1e3);
        assertEquals(2e-13 * 2, old.compute().energyPerOpJoules().get(Precision.FP16), 1e-25);
        // SRAM bit cell 0.02 -> 0.04 um2: half the capacity, 50 MB -> 25 MB
        assertEquals(25e6, old.level(MemoryKind.ON_CHIP_SRAM).orElseThrow().capacityBytes(), 1e-3);
        // HBM does not follow the logic node
        assertEquals(gpu.level(MemoryKind.OFF_CHIP_DRAM), old.level(MemoryKind.OFF_CHIP_DRAM));
        assertEquals(10, old.processNodeNm());
    }

    @Test
    void powerBudgetCapsAShrinkThatWouldAddMoreUnitsThanItCanFeed() {
        Hardware lpu = TestChips.sramDataflow(); // at 14 nm, between N10 and N22
        Hardware shrunk = table.scale(lpu, 5);
        double from = table.at(14).logicDensityMTrPerMm2();
        double density = 200 / from;
        double clock = 1.2 / table.at(14).relativeClock();
        double energy = 0.5 / table.at(14).relativeEnergyPerOp();
        double expected = Math.min(density * clock, 1 / energy);
        assertEquals(1e15 * expected, shrunk.compute().peakOpsPerSecond().get(Precision.FP16), 1e3);
        assertTrue(expected < density * clock, "power, not area, limits this shrink");
    }

    @Test
    void interpolatesInLogSpaceBetweenNodes() {
        // 7.071 nm is the geometric mean of 5 and 10: density sqrt(200 x 100) = 141.42
        NodeEntry mid = table.at(Math.sqrt(50));
        assertEquals(Math.sqrt(200 * 100), mid.logicDensityMTrPerMm2(), 1e-9);
        assertEquals(Math.sqrt(0.02 * 0.04), mid.sramBitcellUm2(), 1e-12);
    }

    @Test
    void refusesNodesOutsideTheTable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.at(3));
        assertTrue(e.getMessage().contains("outside the table (5 to 22 nm)"), e.getMessage());
    }
}
